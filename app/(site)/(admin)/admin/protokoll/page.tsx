import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditLogView } from "@/components/audit/audit-log-view";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { AdminNav } from "../admin-nav";
import type { SearchParams } from "@/lib/http/search-params";
import { adminUserPath } from "@/lib/users/paths";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.audit"))("title") };
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageAccess("auditLog.read");
  return (
    <AuditLogView
      basePath="/admin/protokoll"
      searchParams={await searchParams}
      nav={<AdminNav current="auditLog" />}
      accountHref={adminUserPath}
    />
  );
}
