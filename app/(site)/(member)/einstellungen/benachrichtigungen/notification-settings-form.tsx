"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { locales } from "@/lib/i18n/config";
import { saveNotificationSettingsAction } from "@/lib/notifications/actions";
import { NOTIFICATION_CHANNELS, SWITCHABLE_KIND_NAMES } from "@/lib/notifications/channels";
import { notificationSettingsSchema, type NotificationSettingsInput } from "@/lib/notifications/schemas";

/** One choice per kind; the essential ones are shown, fixed, with the reason they cannot be switched. */
export function NotificationSettingsForm({ defaults }: { defaults: NotificationSettingsInput }) {
  const t = useTranslations("notifications.preferences");
  const message = useFieldErrorMessage();
  const { form, onSubmit, status, pending } = useActionForm({ schema: notificationSettingsSchema, action: saveNotificationSettingsAction, defaultValues: defaults });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {SWITCHABLE_KIND_NAMES.map((kind) => (
        <SelectField key={kind} label={t(`kinds.${kind}.label`)} error={message(form.formState.errors[kind]?.message)} {...form.register(kind)}>
          {NOTIFICATION_CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {t(`channels.${channel}`)}
            </option>
          ))}
        </SelectField>
      ))}
      <SelectField label={t("essential.label")} description={t("essential.hint")} disabled value="immediate" onChange={() => {}}>
        <option value="immediate">{t("channels.immediate")}</option>
      </SelectField>
      <SelectField label={t("language")} error={message(form.formState.errors.locale?.message)} {...form.register("locale")}>
        {locales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {t(`languages.${locale}`)}
          </option>
        ))}
      </SelectField>
      <div>
        <Button type="submit" pending={pending}>
          {t("save")}
        </Button>
      </div>
      <FormStatus status={status} success={t("saved")} />
    </form>
  );
}
