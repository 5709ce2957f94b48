import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Switches between the admin pages; marks the one being shown. */
export async function AdminNav({ current }: { current: "users" | "auditLog" | "settings" | "terms" | null }) {
  const t = await getTranslations("admin.nav");
  const links = [
    { key: "users", href: "/admin", label: t("users") },
    { key: "auditLog", href: "/admin/protokoll", label: t("auditLog") },
    { key: "settings", href: "/admin/einstellungen", label: t("settings") },
    { key: "terms", href: "/admin/nutzungsbedingungen", label: t("terms") },
  ] as const;
  return (
    <nav aria-label={t("label")}>
      <ul className="flex flex-wrap gap-2">
        {links.map((link) => (
          <li key={link.key}>
            <Link
              href={link.href}
              aria-current={link.key === current ? "page" : undefined}
              className="inline-block rounded-md border border-slate-400 bg-white px-3 py-1 font-medium no-underline aria-[current=page]:border-blue-800 aria-[current=page]:bg-blue-800 aria-[current=page]:text-white"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
