"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import { FormStatus } from "@/components/forms/form-status";
import type { FormStatus as Status } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action/result";

/** One button that runs one server action with fixed input (join, leave, pin, hide …) and says what went wrong. */
export function ActionButton<I, T>({
  action,
  input,
  children,
  variant = "secondary",
  success,
}: {
  action: (input: I) => Promise<ActionResult<T>>;
  input: I;
  children: ReactNode;
  variant?: "primary" | "secondary" | "danger";
  success?: ReactNode;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  return (
    <div className="flex flex-col gap-1">
      <Button
        type="button"
        variant={variant}
        pending={pending}
        className="min-h-11"
        onClick={() =>
          startTransition(async () => {
            const result = await action(input);
            setStatus(result.ok ? { kind: "success" } : { kind: "error", error: result.error });
            if (result.ok) router.refresh();
          })
        }
      >
        {children}
      </Button>
      <FormStatus status={status} success={success} />
    </div>
  );
}
