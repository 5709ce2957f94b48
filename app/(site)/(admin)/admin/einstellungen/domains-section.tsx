import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listOfficialDomains, listStaffOutsideOfficialDomains } from "@/lib/district/queries";
import { AddDomainForm } from "./add-domain-form";
import { DomainList } from "./domain-list";
import { adminUserPath } from "@/lib/users/paths";

/** The official e-mail domains, and the staff accounts a removed domain left outside them. */
export async function DomainsSection() {
  const [t, domains, strandedStaff] = await Promise.all([
    getTranslations("district.settings.domains"),
    listOfficialDomains(),
    listStaffOutsideOfficialDomains(),
  ]);
  return (
    <section aria-labelledby="domains-title" className="flex flex-col gap-4">
      <h2 id="domains-title" tabIndex={-1}>
        {t("title")}
      </h2>
      <p>{t("intro")}</p>
      <DomainList domains={domains} headingId="domains-title" />
      <AddDomainForm />
      <section aria-labelledby="stranded-staff" className="flex flex-col gap-2">
        <h3 id="stranded-staff" className="text-lg font-semibold">
          {t("staffTitle")}
        </h3>
        {strandedStaff.length === 0 ? (
          <p>{t("staffNone")}</p>
        ) : (
          <>
            <p>{t("staffIntro")}</p>
            <ul className="list-disc space-y-1 pl-6">
              {strandedStaff.map((account) => (
                <li key={account.id}>
                  <Link href={adminUserPath(account.id)}>{account.displayName ?? account.username ?? account.email}</Link>{" "}
                  <span className="break-all text-slate-800">({account.email})</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </section>
  );
}
