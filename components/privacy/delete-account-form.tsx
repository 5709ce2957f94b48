"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { loadPage } from "@/components/forms/load-page";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { CheckboxField, TextField } from "@/components/ui/field";
import { deleteAccountAction, sendDeletionLinkAction } from "@/lib/privacy/actions";
import { ACCOUNT_DELETED_PATH } from "@/lib/privacy/paths";
import { noInputSchema } from "@/lib/auth/schemas";
import { deleteAccountSchema } from "@/lib/privacy/schemas";

/** "password": asks for it; "fresh": just signed in by link; "link": sends the confirming sign-in link first. */
export function DeleteAccountForm({ mode }: { mode: "password" | "fresh" | "link" }) {
  return mode === "link" ? <SendLink /> : <ConfirmDeletion askPassword={mode === "password"} />;
}

function SendLink() {
  const t = useTranslations("privacy.settings");
  const { onSubmit, status, pending } = useActionForm({ schema: noInputSchema, action: sendDeletionLinkAction, defaultValues: {} });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <p>{t("deleteLinkIntro")}</p>
      <div>
        <Button type="submit" variant="secondary" pending={pending}>
          {t("deleteLinkButton")}
        </Button>
      </div>
      <FormStatus status={status} success={t("deleteLinkSent")} />
    </form>
  );
}

function ConfirmDeletion({ askPassword }: { askPassword: boolean }) {
  const t = useTranslations("privacy.settings");
  const [confirming, setConfirming] = useState(false);
  const { form, onSubmit, status, pending } = useActionForm({
    schema: deleteAccountSchema,
    action: deleteAccountAction,
    defaultValues: { password: "", deleteComments: false },
    onSuccess: () => loadPage(ACCOUNT_DELETED_PATH),
  });
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {askPassword ? (
        <TextField
          label={t("deletePassword")}
          description={t("deletePasswordHint")}
          type="password"
          autoComplete="current-password"
          error={errors.password?.message}
          {...form.register("password")}
        />
      ) : (
        <p>{t("deleteFresh")}</p>
      )}
      <CheckboxField label={t("deleteComments")} error={errors.deleteComments?.message} {...form.register("deleteComments")} />
      {confirming ? (
        <div role="group" aria-labelledby="delete-account-question" className="flex flex-col gap-3 rounded-lg bg-red-50 p-4">
          <p id="delete-account-question" className="font-medium">
            {t("deleteConfirm")}
          </p>
          <div className="flex flex-wrap gap-3">
            <Button type="submit" variant="danger" pending={pending}>
              {t("deleteButton")}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              {t("deleteCancel")}
            </Button>
          </div>
        </div>
      ) : (
        <div>
          <Button type="button" variant="danger" onClick={() => setConfirming(true)}>
            {t("deleteButton")}
          </Button>
        </div>
      )}
      <FormStatus status={status} />
    </form>
  );
}
