"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { addOfficialDomainAction } from "@/lib/district/actions";
import { addOfficialDomainSchema } from "@/lib/district/schemas";

export function AddDomainForm() {
  const t = useTranslations("district.settings.domains");
  const router = useRouter();
  const [added, setAdded] = useState<string | null>(null);
  const { form, onSubmit, status, pending } = useActionForm({
    schema: addOfficialDomainSchema,
    action: async (input) => {
      // The schema has normalised the input ("@BA-TK.Berlin.de " → "ba-tk.berlin.de"): report that form.
      setAdded(input.domain);
      return addOfficialDomainAction(input);
    },
    defaultValues: { domain: "" },
    onSuccess: () => {
      form.reset({ domain: "" });
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2 rounded-md border border-slate-300 bg-slate-50 p-3">
      <TextField
        label={t("domain")}
        description={t("domainHint")}
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        error={form.formState.errors.domain?.message}
        {...form.register("domain")}
      />
      <div>
        <Button type="submit" pending={pending}>
          {t("addSubmit")}
        </Button>
      </div>
      <FormStatus status={status} success={added && t("added", { domain: added })} />
    </form>
  );
}
