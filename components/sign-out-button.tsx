"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { signOutAction } from "@/lib/auth/actions";
import { Button } from "./ui/button";

export function SignOutButton({ label, everywhere = false, action = signOutAction }: { label: string; everywhere?: boolean; action?: typeof signOutAction }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      type="button"
      variant={everywhere ? "danger" : "secondary"}
      pending={pending}
      onClick={() =>
        startTransition(async () => {
          await action({});
          router.push("/");
          router.refresh();
        })
      }
    >
      {label}
    </Button>
  );
}
