"use client";

import { useTransition } from "react";
import { signOutAction } from "@/lib/auth/actions";
import { loadPage } from "./forms/load-page";
import { Button } from "./ui/button";

/** Ends this browser's session and loads the home page. ("Sign out everywhere" has its own confirmation form in the settings.) */
export function SignOutButton({ label }: { label: string }) {
  const [pending, startTransition] = useTransition();
  return (
    <Button
      type="button"
      variant="secondary"
      pending={pending}
      onClick={() =>
        startTransition(async () => {
          await signOutAction({});
          loadPage("/");
        })
      }
    >
      {label}
    </Button>
  );
}
