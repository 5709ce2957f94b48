"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { setVerificationAction } from "@/lib/users/admin-actions";
import { setVerificationSchema } from "@/lib/users/schemas";

/** Marks an account as verified, or removes the verification: whichever is the opposite of now. */
export function VerificationForm({ userId, verified, isStaff }: { userId: string; verified: boolean; isStaff: boolean }) {
  const t = useTranslations("admin.verificationForm");
  const router = useRouter();
  const headingId = useId();
  const [done, setDone] = useState<"verified" | "unverified" | null>(null);
  // What the admin sees decides what is done: after a refresh the form turns into its opposite.
  const verify = !verified;
  const { form, onSubmit, status, pending } = useActionForm({
    schema: setVerificationSchema,
    action: (input) => setVerificationAction({ ...input, verified: verify }),
    defaultValues: { userId, verified: verify, reason: "" },
    onSuccess: () => {
      setDone(verify ? "verified" : "unverified");
      form.reset();
      router.refresh();
    },
  });
  const errors = form.formState.errors;

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4 rounded-lg border border-slate-300 bg-white p-4">
      <h3 id={headingId} className="text-lg font-semibold">
        {t("title")}
      </h3>
      <p>{verified ? t("isVerified") : t("isNotVerified")}</p>
      {verify ? <p>{t("verifyHint")}</p> : isStaff && <p className="font-medium text-red-900">{t("staffWarning")}</p>}
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <TextAreaField label={t("reason")} description={t("reasonHint")} error={errors.reason?.message} {...form.register("reason")} />
        <div>
          <Button type="submit" variant={verify ? "primary" : "danger"} pending={pending}>
            {verify ? t("verify") : t("unverify")}
          </Button>
        </div>
        <FormStatus status={status} success={done && t(done)} />
      </form>
    </section>
  );
}
