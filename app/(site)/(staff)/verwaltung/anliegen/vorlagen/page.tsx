import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FORBIDDEN_PATH } from "@/lib/auth/gate";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { CONCERN_INBOX_PATH } from "@/lib/concerns/paths";
import { listReplyTemplates, loadStaffFacts } from "@/lib/concerns/queries";
import { can } from "@/lib/policy";
import { AddTemplateForm, RemoveTemplateButton } from "./template-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("concerns.templates"))("title") };
}

/** The reply templates of the staff member's department. */
export default async function ReplyTemplatesPage() {
  const user = await requirePageAccess("concern.inbox");
  const staff = await loadStaffFacts(user.id);
  if (!can(user, "concern.manageTemplates", { staff })) redirect(FORBIDDEN_PATH);
  const [t, templates] = await Promise.all([getTranslations("concerns.templates"), listReplyTemplates(staff!.departmentId)]);
  return (
    <div className="flex max-w-3xl flex-col gap-8">
      <div className="flex flex-col gap-3">
        <p>
          <Link href={CONCERN_INBOX_PATH}>{t("back")}</Link>
        </p>
        <h1>{t("title")}</h1>
        <p>{t("intro")}</p>
      </div>
      <section aria-labelledby="templates-list" className="flex flex-col gap-3">
        <h2 id="templates-list">{t("listTitle")}</h2>
        {templates.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {templates.map((tpl) => (
              <li key={tpl.id} className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-4">
                <h3 className="font-semibold [overflow-wrap:anywhere]">{tpl.title}</h3>
                <p className="whitespace-pre-line [overflow-wrap:anywhere]">{tpl.body}</p>
                <RemoveTemplateButton id={tpl.id} title={tpl.title} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="templates-add" className="flex flex-col gap-3">
        <h2 id="templates-add">{t("addTitle")}</h2>
        <AddTemplateForm />
      </section>
    </div>
  );
}
