import type { Locator, Page } from "@playwright/test";
import { expect, expectAccessible, signInWithPassword, test } from "./support/fixtures";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

const header = (page: Page) => page.getByRole("banner");
const mainNav = (page: Page) => page.getByRole("navigation", { name: "Hauptnavigation" });
const menuButton = (page: Page) => header(page).getByRole("button", { name: "Menü" });

async function heightOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error("not rendered");
  return box.height;
}

test.describe("The header on a phone", () => {
  test.use({ viewport: PHONE });

  test("is one short row with a menu button; the menu opens, closes on Escape and on navigation, with touch-sized links", async ({ page }) => {
    await page.goto("/");
    await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");
    await expect(mainNav(page)).toBeHidden();
    // Was 215–255 px of the 844 px screen.
    expect(await heightOf(header(page))).toBeLessThanOrEqual(80);
    await expectAccessible(page);

    await menuButton(page).click();
    await expect(menuButton(page)).toHaveAttribute("aria-expanded", "true");
    const panelId = await menuButton(page).getAttribute("aria-controls");
    await expect(page.locator(`[id="${panelId}"]`)).toBeVisible();
    await expect(mainNav(page)).toBeVisible();
    for (const link of await mainNav(page).getByRole("link").all()) expect(await heightOf(link)).toBeGreaterThanOrEqual(44);
    expect(await heightOf(menuButton(page))).toBeGreaterThanOrEqual(44);
    for (const button of await header(page).getByRole("group", { name: "Sprache" }).getByRole("button").all()) expect(await heightOf(button)).toBeGreaterThanOrEqual(44);
    await expectAccessible(page);

    await page.keyboard.press("Escape");
    await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");
    await expect(mainNav(page)).toBeHidden();
    await expect(menuButton(page)).toBeFocused();

    await menuButton(page).click();
    await mainNav(page).getByRole("link", { name: "Bekanntmachungen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Bekanntmachungen" })).toBeVisible();
    await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");
    await expect(mainNav(page)).toBeHidden();
  });

  test("a signed-in moderator finds the account, sign-out and the open-reports count in the menu", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await signInWithPassword(page, "moritz");
    await page.setViewportSize(PHONE);
    await page.goto("/bekanntmachungen");
    await expect(page.getByText(/^Angemeldet als /)).toBeHidden();
    await menuButton(page).click();
    await expect(page.getByText(/^Angemeldet als /)).toBeVisible();
    await expect(header(page).getByRole("button", { name: "Abmelden", exact: true })).toBeVisible();
    // The demo data holds one reported comment, so the queue is never empty here.
    await expect(mainNav(page).getByRole("link", { name: /^Moderation \(\d+ offenen? Meldung(en)?\)$/ })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("The header on a desktop screen", () => {
  test.use({ viewport: DESKTOP });

  test("shows the navigation inline without a menu button, on one line even for an admin", async ({ page }) => {
    await signInWithPassword(page, "ada");
    await expect(menuButton(page)).toBeHidden();
    await expect(mainNav(page)).toBeVisible();
    const tops = new Set<number>();
    for (const link of await mainNav(page).getByRole("link").all()) tops.add(Math.round((await link.boundingBox())!.y));
    expect(tops.size, "the navigation wraps").toBe(1);
    await expect(mainNav(page).getByRole("link", { name: "Administration" })).toBeVisible();
    await expectAccessible(page);
  });
});
