import { DEMO_PASSWORD, expect, expectAccessible, signInWithPassword, signOut, test } from "./support/fixtures";

test.describe("Password sign-in", () => {
  test("a member sets a password (a guessable one is refused), is told by mail, signs out and signs in with it by username and by e-mail", async ({ page, outbox, joinAsNewMember }) => {
    const member = await joinAsNewMember();
    const password = "Spreewald-Kanu-2026";

    await page.getByRole("link", { name: "Einstellungen" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Einstellungen" })).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("Neues Passwort").fill("zu-kurz");
    await page.getByLabel("Passwort wiederholen").fill("anders");
    await page.getByRole("button", { name: "Passwort speichern" }).click();
    await expect(page.getByText("Das Passwort muss mindestens 10 Zeichen lang sein.")).toBeVisible();
    await expect(page.getByText("Die beiden Passwörter stimmen nicht überein.")).toBeVisible();

    await page.getByLabel("Neues Passwort").fill("passwort1234");
    await page.getByLabel("Passwort wiederholen").fill("passwort1234");
    await page.getByRole("button", { name: "Passwort speichern" }).click();
    await expect(page.getByText("Dieses Passwort ist zu leicht zu erraten", { exact: false })).toBeVisible();
    await expect(page.getByLabel("Neues Passwort")).toHaveValue("passwort1234");

    await page.getByLabel("Neues Passwort").fill(password);
    await page.getByLabel("Passwort wiederholen").fill(password);
    await page.getByRole("button", { name: "Passwort speichern" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Dein Passwort ist gespeichert." })).toBeVisible();
    await expect.poll(async () => (await outbox.mailsTo(member.email)).map((m) => m.subject)).toContain("Dein Kiezwerk-Passwort wurde geändert");

    await signOut(page);
    await signInWithPassword(page, member.username, password);
    await expect(page.getByText(`Angemeldet als ${member.displayName}`)).toBeVisible();

    await signOut(page);
    await signInWithPassword(page, member.email.toUpperCase(), password);
    await expect(page.getByText(`Angemeldet als ${member.displayName}`)).toBeVisible();
  });

  test("a wrong password gets one message that does not say which part was wrong, and the input stays", async ({ page }) => {
    await page.goto("/anmelden");
    await expectAccessible(page);
    const message = "Benutzername/E-Mail oder Passwort ist falsch.";

    await page.getByLabel("Benutzername oder E-Mail-Adresse").fill("anton");
    await page.getByLabel("Passwort", { exact: true }).fill("falsches-passwort");
    await page.getByRole("button", { name: "Anmelden", exact: true }).click();
    await expect(page.getByRole("region", { name: "Mit Passwort" }).getByRole("status")).toHaveText(message);
    await expect(page.getByLabel("Benutzername oder E-Mail-Adresse")).toHaveValue("anton");
    await expectAccessible(page);

    await page.getByLabel("Benutzername oder E-Mail-Adresse").fill("niemand-mit-diesem-namen");
    await page.getByRole("button", { name: "Anmelden", exact: true }).click();
    await expect(page.getByRole("region", { name: "Mit Passwort" }).getByRole("status")).toHaveText(message);
  });

  test("sign out everywhere ends the sessions on other devices", async ({ browser, page }) => {
    await signInWithPassword(page, "anton", DEMO_PASSWORD);
    const otherDevice = await browser.newContext();
    const otherPage = await otherDevice.newPage();
    await signInWithPassword(otherPage, "anton", DEMO_PASSWORD);

    await page.goto("/einstellungen");
    await page.getByRole("button", { name: "Überall abmelden" }).click();
    await page.getByRole("button", { name: "Ja, überall abmelden" }).click();
    await expect(page.getByRole("link", { name: "Anmelden" })).toBeVisible();

    await otherPage.goto("/einstellungen");
    await expect(otherPage).toHaveURL(/\/anmelden\?callbackUrl=%2Feinstellungen$/);
    await otherDevice.close();
  });
});
