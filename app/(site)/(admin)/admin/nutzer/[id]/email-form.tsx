"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { changeEmailAction } from "@/lib/users/admin-actions";
import { changeEmailSchema } from "@/lib/users/schemas";

const domainOf = (email: string) => email.slice(email.lastIndexOf("@") + 1).trim().toLowerCase();

/**
 * Changing an account's address. For a staff account the form warns, while typing, when the new
 * address would cost the staff role (the server decides; this only says so in advance).
 */
export function EmailForm({
  userId,
  currentEmail,
  isStaff,
  officialDomains,
}: {
  userId: string;
  currentEmail: string;
  isStaff: boolean;
  officialDomains: string[];
}) {
  const t = useTranslations("admin.emailForm");
  const router = useRouter();
  const headingId = useId();
  const [staffRemoved, setStaffRemoved] = useState(false);
  const { form, onSubmit, status, pending } = useActionForm({
    schema: changeEmailSchema,
    action: changeEmailAction,
    defaultValues: { userId, email: "", reason: "" },
    onSuccess: (data) => {
      setStaffRemoved(data.staffRoleRemoved);
      form.reset();
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  const typed = form.watch("email") ?? "";
  const losesStaffRole = isStaff && typed.includes("@") && domainOf(typed) !== "" && !officialDomains.includes(domainOf(typed));

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4 rounded-lg border border-slate-300 bg-white p-4">
      <h3 id={headingId} className="text-lg font-semibold">
        {t("title")}
      </h3>
      <p className="break-all">{t("current", { email: currentEmail })}</p>
      {isStaff && <p>{t("staffRule", { domains: officialDomains.join(", ") })}</p>}
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <TextField
          label={t("email")}
          description={t("emailHint")}
          type="email"
          autoComplete="off"
          maxLength={254}
          error={errors.email?.message}
          {...form.register("email")}
        />
        <div aria-live="polite">
          {losesStaffRole && <p className="rounded-md border border-red-800 bg-red-50 px-3 py-2 font-medium text-red-900">{t("staffWillLoseRole")}</p>}
        </div>
        <TextAreaField label={t("reason")} description={t("reasonHint")} error={errors.reason?.message} {...form.register("reason")} />
        <div>
          <Button type="submit" pending={pending}>
            {t("submit")}
          </Button>
        </div>
        <FormStatus status={status} success={staffRemoved ? t("successStaffRemoved") : t("success")} />
      </form>
    </section>
  );
}
