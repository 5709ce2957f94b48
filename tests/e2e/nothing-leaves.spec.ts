import type { BrowserContext, Page } from "@playwright/test";
import { expect, signInWithPassword, signOut, test } from "./support/fixtures";

/**
 * DESIGN §6: no request to any host but our own, and no cookie but those the privacy page lists
 * (the session and the language choice). Walks the main pages of every area, signed out and signed in.
 */

const PUBLIC_PAGES = ["/", "/bekanntmachungen", "/suche?q=Schulweg", "/transparenz", "/mithelfen", "/termine", "/impressum", "/datenschutz", "/barrierefreiheit", "/leichte-sprache", "/nutzungsbedingungen", "/anmelden", "/mitmachen"];
const AREAS: Array<[account: string, paths: string[]]> = [
  ["mira", ["/", "/einstellungen", "/benachrichtigungen", "/entscheidungen", "/schlichtung"]],
  ["svenja", ["/verwaltung", "/verwaltung/bekanntmachungen", "/verifizierungscodes"]],
  ["moritz", ["/moderation", "/moderation/widersprueche", "/moderation/schlichtung", "/moderation/protokoll"]],
  ["ada", ["/admin", "/admin/einstellungen", "/admin/einstellungen/rechtliches", "/admin/protokoll", "/admin/barrierefreiheit"]],
];

/** Every request the context makes to another host, and every cookie a response sets (not removes). */
function watch(context: BrowserContext, origin: string) {
  const foreign: string[] = [];
  const setCookies = new Set<string>();
  context.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    if (url.origin !== origin) foreign.push(request.url());
  });
  context.on("response", async (response) => {
    for (const header of await response.headersArray()) {
      if (header.name.toLowerCase() !== "set-cookie") continue;
      for (const cookie of header.value.split("\n")) {
        const removes = /max-age=0/i.test(cookie) || /expires=thu, 01 jan 1970/i.test(cookie);
        if (!removes) setCookies.add(cookie.split("=")[0]!.trim());
      }
    }
  });
  return { foreign, setCookies };
}

async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await page.waitForLoadState("networkidle");
}

async function cookiesListedOnPrivacyPage(page: Page) {
  await page.goto("/datenschutz");
  return page.getByTestId("cookie-list").locator("tbody code").allTextContents();
}

test.describe("Nothing leaves", () => {
  test("signed out and signed in, no page requests another host and no cookie is set but those the privacy page lists", async ({ page, context, baseURL, joinAsNewMember }) => {
    test.slow();
    const origin = new URL(baseURL!).origin;
    const seen = watch(context, origin);

    for (const path of PUBLIC_PAGES) await visit(page, path);
    // An announcement page with its comments.
    await visit(page, "/bekanntmachungen");
    await page.getByRole("main").getByRole("link").filter({ hasText: "Bouché" }).first().click();
    await page.waitForLoadState("networkidle");
    expect(await context.cookies()).toEqual([]);

    // The language choice is the first cookie, and only when chosen.
    await page.getByRole("button", { name: "EN – English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("button", { name: "DE – Deutsch" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "de");

    // Joining by e-mail link (Auth.js's callback) and signing in by password.
    await joinAsNewMember({ throughTheLink: true });
    await visit(page, "/einstellungen");
    await signOut(page);
    for (const [account, paths] of AREAS) {
      await signInWithPassword(page, account);
      for (const path of paths) await visit(page, path);
      await signOut(page);
    }
    await signInWithPassword(page, "mira");

    expect(seen.foreign, "requests to other hosts").toEqual([]);
    const listed = await cookiesListedOnPrivacyPage(page);
    expect(listed.sort()).toEqual(["NEXT_LOCALE", "authjs.session-token"]);
    const stored = (await context.cookies()).map((cookie) => cookie.name);
    expect(stored.sort(), "cookies in the browser").toEqual(listed.sort());
    expect([...seen.setCookies].filter((name) => !listed.includes(name)), "cookies set by any response").toEqual([]);
  });
});
