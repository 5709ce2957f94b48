import { getTranslations } from "next-intl/server";
import { blocksRemoval, listCatalogEntries, type CatalogKind, type CatalogUsage } from "@/lib/district/queries";
import { AddEntryForm } from "./add-entry-form";
import { CatalogList } from "./catalog-list";

const SECTION = { locality: "localities", topic: "topics", department: "departments" } as const satisfies Record<CatalogKind, string>;

/** Which counts each list shows: only what can refer to that kind of entry. */
const USAGE_PARTS: Record<CatalogKind, Array<keyof CatalogUsage>> = {
  locality: ["accounts", "followers", "announcements"],
  topic: ["followers", "announcements"],
  department: ["accounts", "announcements"],
};

/** One configuration list (localities, topics or departments) with its explanation and add form. */
export async function CatalogSection({ kind }: { kind: CatalogKind }) {
  const section = SECTION[kind];
  const [tSettings, tCatalog, entries] = await Promise.all([
    getTranslations("district.settings"),
    getTranslations("district.settings.catalog"),
    listCatalogEntries(kind),
  ]);
  // The three sections share their keys; next-intl's key types cannot follow a computed section name.
  const t = (key: string, values?: Record<string, number>) => (tSettings as unknown as (k: string, v?: Record<string, number>) => string)(`${section}.${key}`, values);
  const usageText = (usage: CatalogUsage) =>
    USAGE_PARTS[kind]
      .filter((part) => usage[part] > 0)
      .map((part) => t(`usage.${part}`, { count: usage[part] }))
      .join(" · ") || tCatalog("notUsed");
  const headingId = `${section}-title`;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      {/* Focusable, so focus has somewhere to go when an entry it was on is removed. */}
      <h2 id={headingId} tabIndex={-1}>
        {t("title")}
      </h2>
      <p>{t("intro")}</p>
      <CatalogList
        kind={kind}
        headingId={headingId}
        inUseNote={kind === "topic" ? undefined : t("inUse")}
        rows={entries.map((entry) => ({ id: entry.id, name: entry.name, usage: usageText(entry.usage), removable: !blocksRemoval(kind, entry.usage) }))}
      />
      <AddEntryForm kind={kind} title={t("add")} label={t("addLabel")} submitLabel={t("addSubmit")} />
    </section>
  );
}
