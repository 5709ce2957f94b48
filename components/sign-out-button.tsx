"use client";

import { useTransition } from "react";
import { signOutAction } from "@/lib/auth/actions";
import { loadPage } from "./forms/load-page";
import { Button } from "./ui/button";

export function SignOutButton({ label, everywhere = false, action = signOutAction }: { label: string; everywhere?: boolean; action?: typeof signOutAction }) {
  const [pending, startTransition] = useTransition();
  return (
    <Button
      type="button"
      variant={everywhere ? "danger" : "secondary"}
      pending={pending}
      onClick={() =>
        startTransition(async () => {
          await action({});
          loadPage("/");
        })
      }
    >
      {label}
    </Button>
  );
}
