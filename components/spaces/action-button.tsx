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
  then,
  confirm,
}: {
  action: (input: I) => Promise<ActionResult<T>>;
  input: I;
  children: ReactNode;
  variant?: "primary" | "secondary" | "danger";
  success?: ReactNode;
  /** Where to go after it worked (the thing acted on is gone); without it the page is refreshed. */
  then?: string;
  /** For what cannot be undone: the first click asks this question, with buttons to go ahead or not. */
  confirm?: { question: ReactNode; yes: ReactNode; no: ReactNode };
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [asking, setAsking] = useState(false);
  const run = () =>
    startTransition(async () => {
      const result = await action(input);
      setStatus(result.ok ? { kind: "success" } : { kind: "error", error: result.error });
      setAsking(false);
      if (result.ok && then) router.push(then);
      else if (result.ok) router.refresh();
    });
  return (
    <div className="flex flex-col gap-1">
      {confirm && asking ? (
        <div role="group" aria-label={typeof confirm.question === "string" ? confirm.question : undefined} className="flex flex-col gap-2">
          <p className="font-medium">{confirm.question}</p>
          <div className="flex flex-wrap gap-2">
            <Button type="button" variant={variant} pending={pending} className="min-h-11" onClick={run}>
              {confirm.yes}
            </Button>
            <Button type="button" variant="secondary" className="min-h-11" onClick={() => setAsking(false)}>
              {confirm.no}
            </Button>
          </div>
        </div>
      ) : (
        <Button type="button" variant={variant} pending={pending} className="min-h-11" onClick={confirm ? () => setAsking(true) : run}>
          {children}
        </Button>
      )}
      <FormStatus status={status} success={success} />
    </div>
  );
}
