import { getTranslations } from "next-intl/server";
import { SectionNav } from "@/components/ui/section-nav";
import { DISTRICT_SETTINGS_PATH } from "@/lib/district/paths";
import { DELIVERY_ADMIN_PATH } from "@/lib/notifications/paths";
import { ADMIN_ACCESSIBILITY_FEEDBACK_PATH } from "@/lib/privacy/paths";

/** Switches between the admin pages; marks the one being shown. */
export async function AdminNav({ current }: { current: "users" | "auditLog" | "settings" | "terms" | "accessibilityFeedback" | "delivery" | null }) {
  const t = await getTranslations("admin.nav");
  const links = [
    { key: "users", href: "/admin", label: t("users") },
    { key: "auditLog", href: "/admin/protokoll", label: t("auditLog") },
    { key: "settings", href: DISTRICT_SETTINGS_PATH, label: t("settings") },
    { key: "terms", href: "/admin/nutzungsbedingungen", label: t("terms") },
    { key: "accessibilityFeedback", href: ADMIN_ACCESSIBILITY_FEEDBACK_PATH, label: t("accessibilityFeedback") },
    { key: "delivery", href: DELIVERY_ADMIN_PATH, label: t("delivery") },
  ] as const;
  return <SectionNav label={t("label")} links={links} current={current} />;
}
