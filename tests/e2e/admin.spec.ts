import { expect, expectAccessible, requestSignInLink, signInWithPassword, test } from "./support/fixtures";

test.describe("Administration", () => {
  test("an admin suspends a member through the moderation path: sessions end, a statement of reasons to appeal, then lifts it", async ({ browser, page, outbox, joinAsNewMember }) => {
    test.setTimeout(120_000);
    // The member, signed in in their own browser.
    const member = await joinAsNewMember({ locality: "Adlershof" });

    // The admin, in a second browser, finds the account and suspends it.
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signInWithPassword(admin, "ada");
    await admin.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Administration" }).click();
    await expect(admin.getByRole("heading", { level: 1, name: "Konten verwalten" })).toBeVisible();
    await expectAccessible(admin);
    await admin.getByLabel("Suchbegriff").fill(member.username);
    await admin.getByRole("button", { name: "Suchen" }).click();
    await admin.getByRole("link", { name: member.displayName }).click();
    await expect(admin.getByRole("heading", { level: 1, name: member.displayName })).toBeVisible();
    await expect(admin).toHaveTitle(`Konto: ${member.displayName} – Kiezwerk`);
    await expectAccessible(admin);

    // Bad input first: rule and facts are required, and the choice stays.
    const suspension = admin.getByRole("region", { name: "Sperre", exact: true });
    await suspension.getByLabel("Dauer").selectOption({ label: "7 Tage" });
    await suspension.getByRole("button", { name: "Konto sperren" }).click();
    await expect(suspension.getByText("Bitte wähle die Regel der Nutzungsbedingungen, auf die sich die Maßnahme stützt.")).toBeVisible();
    await expect(suspension.getByText("Bitte beschreibe den Sachverhalt in mindestens 10 Zeichen.", { exact: false })).toBeVisible();
    await expect(suspension.getByLabel("Dauer")).toHaveValue("7");

    await suspension.getByLabel("Regel der Nutzungsbedingungen").selectOption("respect");
    await suspension.getByLabel("Sachverhalt").fill("Wiederholte Beleidigungen in Kommentaren");
    await suspension.getByRole("button", { name: "Konto sperren" }).click();
    await expect(admin.getByText("Das Konto ist gesperrt. Die Sperre gilt ab dem nächsten Seitenaufruf der Person.")).toBeVisible();
    await expectAccessible(admin);

    // The member's open session ended at once: the next click finds them signed out.
    await page.getByRole("link", { name: "Einstellungen" }).first().click();
    await expect(page).toHaveURL(/\/anmelden/);

    // Signing in again: every page says the account is suspended and leads to the suspension, with the
    // rule, the facts, the end date and the appeal.
    await page.goto(await outbox.newSignInLink(member.email, () => requestSignInLink(page, member.email)));
    await page.getByRole("main").getByRole("link", { name: "Warum, bis wann und wie du widersprechen kannst" }).click();
    await expect(page).toHaveURL(/\/gesperrt$/);
    await expect(page.getByRole("heading", { level: 1, name: "Dein Konto ist gesperrt" })).toBeVisible();
    await expect(page.getByText("Wiederholte Beleidigungen in Kommentaren")).toBeVisible();
    await expect(page.getByText("Respektvoller Umgang", { exact: false })).toBeVisible();
    await expect(page.getByText("Gesperrt bis")).toBeVisible();
    await expect(page.getByRole("button", { name: "Widerspruch einlegen" })).toBeVisible();
    await expectAccessible(page);
    // Their own areas stay closed; public pages read as a visitor reads them.
    await page.goto("/einstellungen");
    await expect(page).toHaveURL(/\/gesperrt$/);
    await page.goto("/bekanntmachungen");
    await expect(page.getByRole("heading", { level: 1, name: "Bekanntmachungen" })).toBeVisible();
    await expect(page.getByText("Dein Konto ist gesperrt. Du kannst lesen, was alle lesen können", { exact: false })).toBeVisible();
    // The statement of reasons also went out by mail.
    await expect.poll(async () => (await outbox.mailsTo(member.email)).map((m) => m.subject)).toContain("Begründung einer Moderationsentscheidung");

    // Moderators see the suspension in their overview.
    const moderatorContext = await browser.newContext();
    const moderator = await moderatorContext.newPage();
    await signInWithPassword(moderator, "moritz");
    await moderator.goto("/moderation");
    await moderator.getByRole("navigation", { name: "Bereiche der Moderation" }).getByRole("link", { name: "Gesperrte Konten" }).click();
    await expect(moderator.getByRole("row").filter({ hasText: member.displayName })).toContainText("Wiederholte Beleidigungen in Kommentaren");
    await moderatorContext.close();

    // The admin lifts the suspension; the member is back on the next click.
    await suspension.getByLabel("Begründung für die Aufhebung").fill("Gespräch geführt, Einsicht gezeigt");
    await suspension.getByRole("button", { name: "Sperre aufheben" }).click();
    await expect(admin.getByText("Die Sperre wurde aufgehoben.")).toBeVisible();
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: `Willkommen, ${member.displayName}!` })).toBeVisible();

    // Both steps are in the audit log with their reasons.
    await admin.goto("/admin/protokoll");
    await expect(admin.getByRole("heading", { level: 1 })).toBeVisible();
    const rows = admin.getByRole("row").filter({ hasText: member.displayName });
    await expect(rows.filter({ hasText: "Wiederholte Beleidigungen in Kommentaren" })).toHaveCount(1);
    await expect(rows.filter({ hasText: "Gespräch geführt, Einsicht gezeigt" })).toHaveCount(1);
    await expectAccessible(admin);
    await adminContext.close();
  });

  test("a role change applies on the member's next request", async ({ browser, page, joinAsNewMember }) => {
    const member = await joinAsNewMember();
    expect((await page.goto("/moderation"))?.status()).toBe(403);

    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signInWithPassword(admin, "ada");
    await admin.goto(`/admin?q=${member.username}`);
    await admin.getByRole("link", { name: member.displayName }).click();
    const roleSection = admin.getByRole("region", { name: "Rolle ändern" });
    // Moderation needs a verified identity: refused first, possible once the admin verified the person.
    await expect(roleSection.getByRole("option", { name: /Moderation \(nicht möglich\)/ })).toBeDisabled();
    await expect(roleSection.getByText("Dieses Konto ist nicht verifiziert: Es kann weder Moderation noch Administration bekommen.")).toBeVisible();
    const verification = admin.getByRole("region", { name: "Verifizierung" });
    await verification.getByLabel("Begründung").fill("Ausweis im Büro für Bürgerbeteiligung geprüft");
    await verification.getByRole("button", { name: "Als verifiziert markieren" }).click();
    await expect(admin.getByText("Das Konto ist jetzt verifiziert.")).toBeVisible();
    await roleSection.getByLabel("Neue Rolle").selectOption({ label: "Moderation" });
    await roleSection.getByLabel("Begründung").fill("Neu im Moderationsteam");
    await roleSection.getByRole("button", { name: "Rolle ändern" }).click();
    await expect(admin.getByText("Die Rolle wurde auf „Moderation“ geändert.")).toBeVisible();
    await adminContext.close();

    const response = await page.goto("/moderation");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Moderation" })).toBeVisible();
  });

  test("the staff role is refused for an account that is not verified on an official domain", async ({ page }) => {
    await signInWithPassword(page, "ada");
    await page.goto("/admin?q=mira");
    await page.getByRole("link", { name: "Mira Mitglied" }).click();
    const roleSection = page.getByRole("region", { name: "Rolle ändern" });
    await expect(roleSection.getByRole("option", { name: /Verwaltung \(nicht möglich\)/ })).toBeDisabled();
    await expect(roleSection.getByText("Dieses Konto ist nicht verifiziert, und seine E-Mail-Adresse gehört zu keiner amtlichen Domain.")).toBeVisible();
  });
});
