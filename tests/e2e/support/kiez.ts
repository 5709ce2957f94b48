import type { Browser, Locator, Page } from "@playwright/test";
import { expect, expectAccessible, signInWithPassword } from "./fixtures";

/** Using a server-rendered form before React has taken it over would submit it natively or be reset by hydration. */
export async function waitUntilInteractive(control: Locator) {
  await expect.poll(() => control.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactProps")))).toBe(true);
}

/** A second browser, signed in as the demo staff member svenja (who publishes announcements). */
export async function staffPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithPassword(page, "svenja");
  return page;
}

/** A browser without an account. */
export async function visitorPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** The "Mein Kiez" part of a member's home page. */
export const meinKiez = (page: Page) => page.getByRole("region", { name: "Mein Kiez" });

export async function openMeinKiez(page: Page) {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 2, name: "Mein Kiez" })).toBeVisible();
  await expect(page).toHaveTitle("Mein Kiez – Kiezwerk");
}

/** Ticks and unticks localities and topics in the settings' "Mein Kiez" section and saves. */
export async function changeInterests(page: Page, change: { follow?: { localities?: string[]; topics?: string[] }; unfollow?: { localities?: string[]; topics?: string[] } }) {
  await page.goto("/einstellungen");
  await waitUntilInteractive(page.getByRole("button", { name: "Mein Kiez speichern" }));
  const localities = page.getByRole("group", { name: "Ortsteile, denen du folgst" });
  const topics = page.getByRole("group", { name: "Themen, denen du folgst" });
  for (const name of change.follow?.localities ?? []) await localities.getByLabel(name, { exact: true }).check();
  for (const name of change.follow?.topics ?? []) await topics.getByLabel(name, { exact: true }).check();
  for (const name of change.unfollow?.localities ?? []) await localities.getByLabel(name, { exact: true }).uncheck();
  for (const name of change.unfollow?.topics ?? []) await topics.getByLabel(name, { exact: true }).uncheck();
  await page.getByRole("button", { name: "Mein Kiez speichern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gespeichert. „Mein Kiez“ zeigt jetzt Bekanntmachungen zu deiner Auswahl." })).toBeVisible();
  await expectAccessible(page);
}

/** Opens an announcement's public page from the list, by its title. */
export async function openAnnouncement(page: Page, title: string) {
  await page.goto("/bekanntmachungen");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Kommentare" })).toBeVisible();
}

/** The thread under an announcement, and one comment in it by (part of) its text. */
export const thread = (page: Page) => page.getByRole("list", { name: "Kommentare, älteste zuerst" });
export const commentWith = (page: Page, text: string) => thread(page).getByRole("listitem").filter({ hasText: text });

/** Writes and publishes a comment on the announcement page that is open. */
export async function writeComment(page: Page, text: string) {
  await waitUntilInteractive(page.getByLabel("Dein Kommentar"));
  await page.getByLabel("Dein Kommentar").fill(text);
  await page.getByRole("button", { name: "Kommentar veröffentlichen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Dein Kommentar ist veröffentlicht." })).toBeVisible();
  await expect(commentWith(page, text.slice(0, 20))).toBeVisible();
}

/** Searches through the search page's own form. */
export async function search(page: Page, q: string) {
  await page.goto("/suche");
  await waitUntilInteractive(page.getByLabel("Suchbegriffe"));
  await page.getByLabel("Suchbegriffe").fill(q);
  await page.getByRole("button", { name: "Suchen", exact: true }).click();
  await expect(page).toHaveTitle(`Suche nach „${q}“ – Kiezwerk`);
}
