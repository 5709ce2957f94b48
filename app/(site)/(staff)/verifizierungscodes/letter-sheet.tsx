"use client";

import { NextIntlClientProvider, useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";
import type { IssuedCodes } from "@/lib/verification/mutations";
import { DISTRICT_TIME_ZONE } from "@/lib/time/zone";

type LetterMessages = Messages["verification"]["codes"]["letter"];

/** What every letter says besides its code; prepared by the page. */
export interface LetterContext {
  platform: string;
  district: string;
  /** The office's postal and e-mail contact, several lines. */
  contact: string;
  /** Where residents open Kiezwerk, e.g. kiezwerk.treptow-koepenick.de. */
  address: string;
  messages: Record<Locale, LetterMessages>;
}

/**
 * The letters of a run, ready to print: one per page (print-sheet.css hides everything else).
 * The codes exist only in this component's props; leaving the page discards them for good.
 */
export function LetterSheet({ issued, language, letter }: { issued: IssuedCodes; language: Locale; letter: LetterContext }) {
  const t = useTranslations("verification.codes.sheet");
  const format = useFormatter();
  const heading = useRef<HTMLHeadingElement>(null);
  const count = issued.codes.length;

  useEffect(() => heading.current?.focus(), []);

  return (
    <section aria-labelledby="letter-sheet" data-print-sheet className="flex flex-col gap-6">
      <div data-print-hide className="flex flex-col gap-3">
        <h2 id="letter-sheet" ref={heading} tabIndex={-1}>
          {t("title")}
        </h2>
        <p>
          {t("intro", {
            count,
            reference: issued.batchReference ?? "",
            date: format.dateTime(issued.expiresAt, { dateStyle: "long" }),
          })}
        </p>
        <div>
          <Button type="button" onClick={() => window.print()}>
            {t("print")}
          </Button>
        </div>
      </div>
      {/* The letters speak the language chosen for them, whatever the office's own is. */}
      <NextIntlClientProvider locale={language} messages={{ verification: { codes: { letter: letter.messages[language] } } }} timeZone={DISTRICT_TIME_ZONE}>
        {issued.codes.map((code, index) => (
          <Letter
            key={code.id}
            code={code.code}
            reference={code.reference}
            expiresAt={issued.expiresAt}
            label={t("letterLabel", { number: index + 1, count })}
            language={language}
            letter={letter}
          />
        ))}
      </NextIntlClientProvider>
    </section>
  );
}

function Letter({
  code,
  reference,
  expiresAt,
  label,
  language,
  letter,
}: {
  code: string;
  reference: string;
  expiresAt: Date;
  label: string;
  language: Locale;
  letter: LetterContext;
}) {
  const t = useTranslations("verification.codes.letter");
  const format = useFormatter();
  const names = { platform: letter.platform, district: letter.district };
  return (
    <article data-letter lang={language} aria-label={label} className="flex flex-col gap-4 rounded-lg border border-slate-400 bg-white p-8 text-slate-950">
      <p className="text-sm whitespace-pre-line text-slate-800">{letter.contact}</p>
      <h3 className="text-2xl font-bold">{t("title", names)}</h3>
      <p>{t("greeting")}</p>
      <p>{t("about", names)}</p>
      <p>{t("why")}</p>
      <div className="rounded-md border-2 border-slate-900 px-4 py-3">
        <p className="text-sm font-medium">{t("codeLabel")}</p>
        <p className="font-mono text-3xl font-bold tracking-widest">{code}</p>
      </div>
      <h4 className="font-semibold">{t("stepsTitle")}</h4>
      <ol className="flex list-decimal flex-col gap-1 pl-6">
        <li>{t("step1", { address: letter.address })}</li>
        <li>{t("step2")}</li>
        <li>{t("step3")}</li>
      </ol>
      <p className="font-medium">{t("validity", { date: format.dateTime(expiresAt, { dateStyle: "long" }) })}</p>
      <p>{t("keepSafe")}</p>
      <p>{t("questions")}</p>
      <p>{t("signature", names)}</p>
      <p className="text-sm text-slate-700">{t("reference", { reference })}</p>
    </article>
  );
}
