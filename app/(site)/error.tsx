"use client";

import { useTranslations } from "next-intl";
import { ErrorPanel, errorDigest } from "@/components/error-panel";

/** A page that failed to render, inside the site's header and footer (the root layout still works). */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("errors.page");
  const digest = errorDigest(error);
  return (
    <ErrorPanel
      retry={retry}
      text={{ title: t("title"), text: t("text"), retry: t("retry"), home: t("home"), reference: digest ? t("reference", { digest }) : null }}
    />
  );
}
