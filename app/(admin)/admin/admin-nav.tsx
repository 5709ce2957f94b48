import { getTranslations } from "next-intl/server";
import { SectionNav } from "@/components/ui/section-nav";
import { DELIVERY_ADMIN_PATH } from "@/lib/notifications/paths";

/** Switches between the admin pages; marks the one being shown. */
export async function AdminNav({ current }: { current: "users" | "auditLog" | "settings" | "terms" | "delivery" | null }) {
  const t = await getTranslations("admin.nav");
  const links = [
    { key: "users", href: "/admin", label: t("users") },
    { key: "auditLog", href: "/admin/protokoll", label: t("auditLog") },
    { key: "settings", href: "/admin/einstellungen", label: t("settings") },
    { key: "terms", href: "/admin/nutzungsbedingungen", label: t("terms") },
    { key: "delivery", href: DELIVERY_ADMIN_PATH, label: t("delivery") },
  ] as const;
  return <SectionNav label={t("label")} links={links} current={current} />;
}
