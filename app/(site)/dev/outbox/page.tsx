import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { readOutbox } from "@/lib/mail/outbox";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("areas.outbox"))("title"), robots: { index: false } };
}

/**
 * Development only: the outbox holds everyone's sign-in links, so a production server answers 404
 * (browser tests read the outbox files directly).
 */
export default async function OutboxPage() {
  if (process.env.NODE_ENV !== "development") notFound();
  const [t, format, mails] = await Promise.all([getTranslations("areas.outbox"), getFormatter(), readOutbox()]);
  return (
    <div className="flex flex-col gap-6">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {mails.length === 0 && <p>{t("empty")}</p>}
      <ol className="flex flex-col gap-4">
        {mails.map((mail) => (
          <li key={mail.id} className="rounded-lg border border-slate-300 bg-white p-4">
            <h2 className="text-lg">{mail.subject}</h2>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 text-sm">
              <dt className="font-medium">{t("to")}</dt>
              <dd>{mail.to}</dd>
              <dt className="font-medium">{t("from")}</dt>
              <dd>{mail.from}</dd>
              <dt className="font-medium">{t("sentAt")}</dt>
              <dd>{format.dateTime(new Date(mail.sentAt), { dateStyle: "medium", timeStyle: "medium" })}</dd>
            </dl>
            {/* Plain text, linkified only for our own links: the safest way to show a mail. */}
            <pre className="mt-3 whitespace-pre-wrap break-all font-sans text-sm">
              {mail.text.split(/(https?:\/\/\S+)/).map((part, i) => (i % 2 === 1 ? <a key={i} href={part}>{part}</a> : part))}
            </pre>
          </li>
        ))}
      </ol>
    </div>
  );
}
