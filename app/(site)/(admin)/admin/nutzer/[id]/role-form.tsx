"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/field";
import type { Role } from "@/lib/policy";
import { changeRoleAction } from "@/lib/users/admin-actions";
import { changeRoleSchema } from "@/lib/users/schemas";

export type StaffEligibility = "eligible" | "notVerified" | "notOfficialDomain" | "neither";

const eligibilityMessage = {
  eligible: "staffEligible",
  notVerified: "staffNotVerified",
  notOfficialDomain: "staffNotOfficialDomain",
  neither: "staffNeither",
} as const;

export function RoleForm({
  userId,
  currentRole,
  options,
  staffEligibility,
}: {
  userId: string;
  currentRole: Role;
  /** Every role but the current one; `allowed` is the policy's answer for this account. */
  options: Array<{ role: Role; allowed: boolean }>;
  staffEligibility: StaffEligibility;
}) {
  const t = useTranslations("admin.roleForm");
  const tRoles = useTranslations("common.roles");
  const router = useRouter();
  const headingId = useId();
  const [submittedRole, setSubmittedRole] = useState<Role | null>(null);
  const { form, onSubmit, status, pending } = useActionForm({
    schema: changeRoleSchema,
    action: async (input) => {
      setSubmittedRole(input.role);
      const result = await changeRoleAction(input);
      // The server is the judge; when it refuses "staff", say why next to the field as well.
      if (!result.ok && result.error === "forbidden" && input.role === "staff") {
        form.setError("role", { type: "server", message: t("staffRefused") });
      }
      return result;
    },
    defaultValues: { userId, reason: "" },
    onSuccess: () => {
      form.reset();
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  const description = [
    t("current", { role: tRoles(currentRole) }),
    t("staffRule"),
    t(eligibilityMessage[staffEligibility]),
    t("elevatedRule"),
  ].join(" ");
  const notVerified = staffEligibility === "notVerified" || staffEligibility === "neither";

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4 rounded-lg border border-slate-300 bg-white p-4">
      <h3 id={headingId} className="text-lg font-semibold">
        {t("title")}
      </h3>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <SelectField label={t("role")} description={description} error={errors.role?.message} {...form.register("role")}>
          <option value="">{t("placeholder")}</option>
          {options.map(({ role, allowed }) => (
            <option key={role} value={role} disabled={!allowed}>
              {allowed ? tRoles(role) : `${tRoles(role)} (${t("notPossible")})`}
            </option>
          ))}
        </SelectField>
        {notVerified ? (
          <p className="rounded border border-amber-400 bg-amber-50 p-3 text-amber-950">{t("elevatedNotVerified")}</p>
        ) : null}
        <TextAreaField label={t("reason")} description={t("reasonHint")} error={errors.reason?.message} {...form.register("reason")} />
        <div>
          <Button type="submit" pending={pending}>
            {t("submit")}
          </Button>
        </div>
        <FormStatus status={status} success={submittedRole && t("success", { role: tRoles(submittedRole) })} />
      </form>
    </section>
  );
}
