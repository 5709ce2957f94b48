import { expect, expectAccessible, signInWithPassword, test } from "./support/fixtures";

test.describe("Areas at the gate", () => {
  test("a visitor is sent to sign in for the member area and back afterwards", async ({ page }) => {
    await page.goto("/einstellungen");
    await expect(page).toHaveURL(/\/anmelden\?callbackUrl=%2Feinstellungen$/);
    await page.getByLabel("Benutzername oder E-Mail-Adresse").fill("mira");
    await page.getByLabel("Passwort", { exact: true }).fill("kiezwerk-demo-2026");
    await page.getByRole("button", { name: "Anmelden", exact: true }).click();
    await expect(page).toHaveURL(/\/einstellungen$/);
    await expect(page.getByRole("heading", { level: 1, name: "Einstellungen" })).toBeVisible();
  });

  test("a member is refused the staff, moderation and admin areas", async ({ page }) => {
    await signInWithPassword(page, "mira");
    await expect(page.getByRole("link", { name: "Verwaltung" })).toHaveCount(0);
    for (const path of ["/verwaltung", "/moderation", "/admin", "/admin/protokoll"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: "Kein Zugriff" })).toBeVisible();
    }
    await expectAccessible(page);
  });

  test("staff are admitted to the staff area, and only there", async ({ page }) => {
    await signInWithPassword(page, "svenja");
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Verwaltung" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Verwaltung" })).toBeVisible();
    await expect(page.getByText("ba-tk.berlin.de – offizielle Domain des Bezirks")).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: /^Schmöckwitz$/ })).toBeVisible();
    await expectAccessible(page);
    expect((await page.goto("/admin"))?.status()).toBe(403);
  });

  test("a moderator sees the moderation area", async ({ page }) => {
    await signInWithPassword(page, "moritz");
    await page.goto("/moderation");
    await expect(page.getByRole("heading", { level: 1, name: "Moderation" })).toBeVisible();
    await expectAccessible(page);
  });

  test("public pages are reachable and accessible, in German and in English", async ({ page }) => {
    for (const [path, heading] of [
      ["/impressum", "Impressum"],
      ["/datenschutz", "Datenschutzerklärung"],
      ["/barrierefreiheit", "Erklärung zur Barrierefreiheit"],
      ["/nutzungsbedingungen", "Nutzungsbedingungen"],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expectAccessible(page);
    }
    await page.getByRole("button", { name: "EN – English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Terms of use" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expectAccessible(page);
    await page.getByRole("button", { name: "DE – Deutsch" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Nutzungsbedingungen" })).toBeVisible();
  });

  test("the development outbox is not served by a production server", async ({ page }) => {
    expect((await page.goto("/dev/outbox"))?.status()).toBe(404);
  });
});
