import { getTranslations } from "next-intl/server";
import { SectionNav } from "@/components/ui/section-nav";
import type { ReactNode } from "react";
import { MEDIATION_LIST_PATH } from "@/lib/mediation/paths";
import { MODERATION_APPEALS_PATH, MODERATION_AUDIT_PATH, MODERATION_PATH, MODERATION_SUSPENDED_PATH } from "@/lib/moderation/paths";
import { countOpenAppeals } from "@/lib/moderation/appeals/list-appeals";

export type ModerationSection = "reports" | "appeals" | "mediation" | "auditLog" | "suspended";

/** Switches between the moderation pages; marks the one being shown and says how many appeals wait. */
export async function ModerationNav({ current }: { current: ModerationSection | null }) {
  const [t, openAppeals] = await Promise.all([getTranslations("moderation.nav"), countOpenAppeals()]);
  const links: Array<{ key: ModerationSection; href: string; label: ReactNode }> = [
    { key: "reports", href: MODERATION_PATH, label: t("reports") },
    {
      key: "appeals",
      href: MODERATION_APPEALS_PATH,
      label: (
        <>
          {t("appeals")} <span className="font-normal">{t("appealsOpen", { count: openAppeals })}</span>
        </>
      ),
    },
    { key: "mediation", href: MEDIATION_LIST_PATH, label: t("mediation") },
    { key: "auditLog", href: MODERATION_AUDIT_PATH, label: t("auditLog") },
    { key: "suspended", href: MODERATION_SUSPENDED_PATH, label: t("suspended") },
  ];
  return <SectionNav label={t("label")} links={links} current={current} />;
}

/** The top of every moderation page: its heading, the area navigation and a short introduction. */
export function ModerationPageHeader({ title, current, intro }: { title: ReactNode; current: ModerationSection | null; intro?: ReactNode }) {
  return (
    <div className="flex flex-col gap-4">
      <h1>{title}</h1>
      <ModerationNav current={current} />
      {intro && <p>{intro}</p>}
    </div>
  );
}
