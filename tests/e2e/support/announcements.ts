import { expect, type Page } from "@playwright/test";
import { toDistrictLocalTime } from "../../../lib/time/district-time";
import { expectAccessible, uniqueName } from "./fixtures";

export const ATOM_NS = "http://www.w3.org/2005/Atom";

/** A title no other test (or run) uses, so lists can be searched for it. */
export const uniqueTitle = (prefix: string) => `${prefix} ${uniqueName("")}`;

/** The form's value for a moment, in the district's time (as a person in Berlin would type it). */
export const districtInput = (date: Date) => toDistrictLocalTime(date);

export interface AnnouncementDraft {
  title: string;
  summary?: string;
  body: string;
  localities?: string[];
  wholeDistrict?: boolean;
  topics?: string[];
  publishAt?: string;
}

/**
 * Composes and publishes an announcement through the staff form (the page must be signed in as
 * staff), checking the form and the resulting staff page for accessibility. Returns the staff page's URL.
 */
export async function publishAnnouncement(page: Page, draft: AnnouncementDraft): Promise<string> {
  await page.goto("/verwaltung/bekanntmachungen");
  await page.getByRole("link", { name: "Neue Bekanntmachung" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Neue Bekanntmachung" })).toBeVisible();
  await page.getByLabel("Titel").fill(draft.title);
  await page.getByLabel("Kurzfassung").fill(draft.summary ?? `Kurzfassung zu ${draft.title}`);
  await page.getByLabel("Text", { exact: true }).fill(draft.body);
  const where = page.getByRole("group", { name: "Ortsteile" });
  if (draft.wholeDistrict) await where.getByLabel("Ganzer Bezirk (alle Ortsteile)").check();
  for (const locality of draft.localities ?? []) await where.getByLabel(locality, { exact: true }).check();
  for (const topic of draft.topics ?? ["Verkehr und Mobilität"]) await page.getByRole("group", { name: "Themen" }).getByLabel(topic, { exact: true }).check();
  if (draft.publishAt) await page.getByLabel("Veröffentlichen am (optional)").fill(draft.publishAt);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Veröffentlichen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: draft.title })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Die Bekanntmachung ist gespeichert." })).toBeVisible();
  await expectAccessible(page);
  return page.url();
}

/** The announcements section of the staff view: status, and the buttons to change it. */
export const managePanel = (page: Page) => page.getByRole("region", { name: "Bekanntmachung bearbeiten" });

export interface ParsedFeed {
  parserErrors: number;
  namespace: string | null;
  rootName: string;
  entryTitles: string[];
  selfHref: string | null;
}

/** Fetches a feed and parses it with the browser's own XML parser, as a feed reader would. */
export async function fetchFeed(page: Page, path: string): Promise<ParsedFeed> {
  const response = await page.request.get(path);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await response.text();
  return page.evaluate(
    ({ xml, ns }) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      const root = doc.documentElement;
      return {
        parserErrors: doc.getElementsByTagName("parsererror").length,
        namespace: root.namespaceURI,
        rootName: root.localName,
        entryTitles: [...doc.getElementsByTagNameNS(ns, "entry")].map((entry) => entry.getElementsByTagNameNS(ns, "title")[0]?.textContent ?? ""),
        selfHref: [...root.children].find((el) => el.localName === "link" && el.getAttribute("rel") === "self")?.getAttribute("href") ?? null,
      };
    },
    { xml, ns: ATOM_NS },
  );
}
