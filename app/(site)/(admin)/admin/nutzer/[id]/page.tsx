import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { UserBadge } from "@/components/user-badge";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { listOfficialDomains } from "@/lib/district/queries";
import { can, effectiveStatus, mayHoldStaffRole, type TargetAccount } from "@/lib/policy";
import { getUserDetail, loadTargetAccountFacts } from "@/lib/users/queries";
import { changeRoleSchema } from "@/lib/users/schemas";
import { getAccountLabels } from "../../account-labels";
import { getAuditLabels } from "@/components/audit/audit-labels";
import { hrefWith } from "@/lib/http/search-params";
import { EmailForm } from "./email-form";
import { RoleForm, type StaffEligibility } from "./role-form";
import { SuspensionPanel } from "./suspension-panel";
import { VerificationForm } from "./verification-form";
import { DataTable } from "@/components/ui/data-table";

type Props = { params: Promise<{ id: string }> };

const isPlausibleId = (id: string) => id.length > 0 && id.length <= 64;

/** Shared by the metadata and the page, so one request reads the account once. */
const loadDetail = cache(async (id: string) => (isPlausibleId(id) ? getUserDetail(id) : null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requirePageAccess("area.admin");
  const [{ id }, t, labels] = await Promise.all([params, getTranslations("admin.user"), getAccountLabels()]);
  const detail = await loadDetail(id);
  return detail ? { title: t("title", { name: labels.name(detail) }) } : {};
}

function staffEligibility(target: TargetAccount): StaffEligibility {
  if (mayHoldStaffRole(target)) return "eligible";
  if (target.verification !== "verified" && !target.officialDomain) return "neither";
  return target.verification !== "verified" ? "notVerified" : "notOfficialDomain";
}

export default async function AdminUserPage({ params }: Props) {
  const actor = await requirePageAccess("admin.users.read");

  const { id } = await params;
  const [detail, target] = await Promise.all([loadDetail(id), isPlausibleId(id) ? loadTargetAccountFacts(id) : null]);
  if (!detail || !target) notFound();

  const [t, tRoles, tVerification, labels, audit] = await Promise.all([
    getTranslations("admin.user"),
    getTranslations("common.roles"),
    getTranslations("common.verification"),
    getAccountLabels(),
    getAuditLabels(),
  ]);

  // The same rules the server actions apply: the UI offers exactly what the policy would allow.
  const roleOptions = changeRoleSchema.shape.role.options
    .filter((role) => role !== target.role)
    .map((role) => ({ role, allowed: can(actor, "admin.user.changeRole", { target, newRole: role }) }));
  const may = {
    // Shown also when every other role is refused for now (not verified): the form says why.
    changeRole: roleOptions.some((option) => option.allowed) || can(actor, "admin.user.setVerification", { target }),
    setVerification: can(actor, "admin.user.setVerification", { target }),
    suspend: can(actor, "admin.user.suspend", { target }),
    unsuspend: can(actor, "admin.user.unsuspend", { target }),
    changeEmail: can(actor, "admin.user.changeEmail", { target }),
  };
  const mayChangeSomething = Object.values(may).some(Boolean);
  const isSelf = actor.id === detail.id;
  const name = labels.name(detail);
  const isSuspendedNow = effectiveStatus(detail) === "suspended";

  return (
    <div className="flex flex-col gap-10">
      <div className="flex flex-col gap-3">
        <p>
          <Link href="/admin">
            <span aria-hidden="true">←&nbsp;</span>
            {t("back")}
          </Link>
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <h1>{name}</h1>
          <UserBadge verification={detail.verification} role={detail.role} />
        </div>
      </div>

      <section aria-labelledby="facts" className="flex flex-col gap-3">
        <h2 id="facts">{t("factsTitle")}</h2>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-[auto_1fr]">
          <dt className="font-medium">{t("username")}</dt>
          <dd className="mb-2 sm:mb-0">{detail.username ?? t("none")}</dd>
          <dt className="font-medium">{t("email")}</dt>
          <dd className="mb-2 break-all sm:mb-0">
            {detail.email}
            {detail.officialDomain && <span className="ml-1 text-slate-700">({t("officialDomain")})</span>}
          </dd>
          <dt className="font-medium">{t("locality")}</dt>
          <dd className="mb-2 sm:mb-0">{detail.localityName ?? t("none")}</dd>
          <dt className="font-medium">{t("role")}</dt>
          <dd className="mb-2 sm:mb-0">{tRoles(detail.role)}</dd>
          <dt className="font-medium">{t("verification")}</dt>
          <dd className="mb-2 sm:mb-0">
            {detail.verification === "verified" && detail.verifiedAt
              ? t("verifiedSince", { label: tVerification("verified"), date: labels.dateTime(detail.verifiedAt) })
              : tVerification(detail.verification)}
          </dd>
          <dt className="font-medium">{t("status")}</dt>
          <dd className={`mb-2 sm:mb-0 ${isSuspendedNow ? "font-medium text-red-900" : ""}`}>{labels.status(detail)}</dd>
          {detail.status === "suspended" && detail.suspensionReason && (
            <>
              <dt className="font-medium">{t("suspensionReason")}</dt>
              <dd className="mb-2 sm:mb-0">{detail.suspensionReason}</dd>
            </>
          )}
          <dt className="font-medium">{t("password")}</dt>
          <dd className="mb-2 sm:mb-0">{detail.hasPassword ? t("passwordSet") : t("passwordNotSet")}</dd>
          <dt className="font-medium">{t("createdAt")}</dt>
          <dd>{labels.dateTime(detail.createdAt)}</dd>
        </dl>
      </section>

      <section aria-labelledby="manage" className="flex flex-col gap-4">
        <h2 id="manage">{t("manageTitle")}</h2>
        {isSelf || !mayChangeSomething ? (
          <p className="rounded-md border border-slate-400 bg-slate-100 px-4 py-3">
            {isSelf ? t("ownAccount") : detail.status === "deleted" ? t("deletedAccount") : t("noChanges")}
          </p>
        ) : (
          <>
            <p>{t("manageIntro")}</p>
            <div className="flex flex-col gap-6">
              {may.changeRole && (
                <RoleForm userId={detail.id} currentRole={detail.role} options={roleOptions} staffEligibility={staffEligibility(target)} />
              )}
              {may.setVerification && (
                <VerificationForm userId={detail.id} verified={detail.verification === "verified"} isStaff={detail.role === "staff"} />
              )}
              {may.changeEmail && (
                <EmailForm userId={detail.id} currentEmail={detail.email} isStaff={detail.role === "staff"} officialDomains={await listOfficialDomains()} />
              )}
              <SuspensionPanel
                userId={detail.id}
                suspended={detail.status === "suspended"}
                maySuspend={may.suspend}
                mayLift={may.unsuspend}
                isAdminAccount={detail.role === "admin"}
              />
            </div>
          </>
        )}
      </section>

      <HistorySection detail={detail} labels={labels} audit={audit} />
    </div>
  );
}

async function HistorySection({
  detail,
  labels,
  audit,
}: {
  detail: NonNullable<Awaited<ReturnType<typeof getUserDetail>>>;
  labels: Awaited<ReturnType<typeof getAccountLabels>>;
  audit: Awaited<ReturnType<typeof getAuditLabels>>;
}) {
  const [t, tAudit] = await Promise.all([getTranslations("admin.history"), getTranslations("admin.audit.columns")]);
  return (
    <section aria-labelledby="history" className="flex flex-col gap-3">
      <h2 id="history">{t("title")}</h2>
      {detail.history.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          <p>{t("intro")}</p>
          <DataTable labelledBy="history" columns={[tAudit("time"), tAudit("action"), tAudit("reason"), tAudit("details")]}>
                {detail.history.map((entry) => (
                  <tr key={entry.id} className="border-t border-slate-200 align-top">
                    <td className="px-3 py-2 whitespace-nowrap">
                      <time dateTime={entry.createdAt.toISOString()}>{labels.dateTime(entry.createdAt)}</time>
                    </td>
                    <td className="px-3 py-2">{audit.action(entry.action)}</td>
                    <td className="px-3 py-2">{entry.reason ?? "–"}</td>
                    <td className="px-3 py-2">{audit.details(entry.action, entry.details) ?? "–"}</td>
                  </tr>
                ))}
          </DataTable>
        </>
      )}
      {detail.username && (
        <p>
          <Link href={hrefWith("/admin/protokoll", { q: detail.username })}>{t("fullLog")}</Link>
        </p>
      )}
    </section>
  );
}
