import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { publicOrigin } from "@/lib/config/public-origin";
import { getDistrictSettings } from "@/lib/district/queries";
import { messages } from "@/lib/i18n/messages";
import { getCodeValidityDays } from "@/lib/verification/queries";
import type { SearchParams } from "@/lib/http/search-params";
import { CodeList } from "./code-list";
import { IssueBatchForm } from "./issue-batch-form";
import { IssueCodeForm } from "./issue-code-form";
import "./print-sheet.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verification.codes"))("title") };
}

export default async function VerificationCodesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // Staff and admins: the gate admits by the same rule; no area rule covers both.
  await requirePageAccess("verification.manageCodes");

  const [t, days, settings] = await Promise.all([getTranslations("verification.codes"), getCodeValidityDays(), getDistrictSettings()]);
  // Where residents find Kiezwerk, as printed on a letter: the public address's host.
  const address = new URL(publicOrigin()).host;
  const letter = {
    platform: settings.platformName,
    district: settings.districtName,
    contact: settings.operatorContact,
    address,
    // Both languages: the office chooses the letters' language independently of its own.
    messages: { de: messages.de.verification.codes.letter, en: messages.en.verification.codes.letter },
  };

  return (
    <div className="flex flex-col gap-10">
      <div data-print-hide className="flex flex-col gap-3">
        <h1>{t("title")}</h1>
        <p>{t("intro", { days })}</p>
        <p>{t("notStored")}</p>
      </div>
      <IssueCodeForm />
      <IssueBatchForm letter={letter} />
      <CodeList searchParams={await searchParams} />
    </div>
  );
}
