"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { requestDataExportAction } from "@/lib/privacy/actions";
import { requestExportSchema } from "@/lib/privacy/schemas";

export function DataExportButton() {
  const t = useTranslations("privacy.settings");
  const router = useRouter();
  const { onSubmit, status, pending } = useActionForm({
    schema: requestExportSchema,
    action: requestDataExportAction,
    defaultValues: {},
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <div>
        <Button type="submit" pending={pending}>
          {t("exportButton")}
        </Button>
      </div>
      <FormStatus status={status} success={t("exportCreated")} />
    </form>
  );
}
