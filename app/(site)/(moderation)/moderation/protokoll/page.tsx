import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { SearchParams } from "@/lib/http/search-params";
import { AuditLogView } from "@/components/audit/audit-log-view";
import { ModerationNav } from "@/components/moderation/moderation-nav";
import { moderationTargetTypes } from "@/db/schema/moderation";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { mediationPath } from "@/lib/mediation/paths";
import { MODERATION_AUDIT_PATH, moderationTargetPath } from "@/lib/moderation/paths";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.audit"))("title") };
}

const isModerationTarget = (type: string) => moderationTargetTypes.includes(type as (typeof moderationTargetTypes)[number]);

/** The same read-only log the admins see, for moderators: every moderation step links to its case. */
export default async function ModerationAuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageAccess("auditLog.read");
  return (
    <AuditLogView
      basePath={MODERATION_AUDIT_PATH}
      searchParams={await searchParams}
      nav={<ModerationNav current="auditLog" />}
      targetHref={({ action, targetType, targetId }) => {
        if (targetType === "mediation") return mediationPath(targetId);
        return action.startsWith("moderation.") && isModerationTarget(targetType) ? moderationTargetPath(targetType, targetId) : null;
      }}
    />
  );
}
