import "server-only";
import { strToU8, zipSync, type Zippable } from "fflate";
import type { Locale } from "@/lib/i18n/config";
import dePrivacy from "@/lib/i18n/messages/de/privacy.json";
import enPrivacy from "@/lib/i18n/messages/en/privacy.json";
import { readUploadsForExport } from "@/lib/uploads/export";
import { collectPersonalData, type ExportFile } from "./collect";

const README = { de: dePrivacy.export.readme, en: enPrivacy.export.readme } as const;

/** A file's paragraph in the README's messages: its name without ".json" (next-intl keys may not contain a dot). */
const readmeKey = (file: ExportFile) => file.slice(0, -".json".length) as keyof (typeof README)["de"]["files"];

/** README.txt in the person's language: what the export is, then one paragraph per file. */
export function exportReadme(locale: Locale, files: readonly ExportFile[], createdAt: Date): string {
  const text = README[locale];
  const date = new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Berlin" }).format(createdAt);
  const lines = [text.title, "", text.intro.replace("{date}", date), "", text.format, ""];
  for (const file of files) lines.push(file, `  ${text.files[readmeKey(file)]}`, "");
  lines.push(text.rights);
  return lines.join("\n");
}

/**
 * The ZIP of everything the platform holds about a person (DSGVO Arts. 15, 20): one JSON file per
 * kind of data, the files they uploaded (uploads/) and a README. Null when there is no such account.
 */
export async function buildPersonalDataExport(userId: string, { locale = "de", now = new Date() }: { locale?: Locale; now?: Date } = {}): Promise<Uint8Array | null> {
  const data = await collectPersonalData(userId);
  if (!data) return null;
  const files = Object.keys(data) as ExportFile[];
  const entries: Zippable = { "README.txt": strToU8(exportReadme(locale, files, now)) };
  for (const file of files) entries[file] = strToU8(`${JSON.stringify(data[file], null, 2)}\n`);
  // Images and PDFs are compressed already.
  for (const [path, bytes] of Object.entries(await readUploadsForExport(userId))) entries[path] = [bytes, { level: 0 }];
  return zipSync(entries, { level: 6, mtime: now });
}
