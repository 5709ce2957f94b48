import { expect, expectAccessible, requestSignInLink, test, uniqueName } from "./support/fixtures";

test.describe("Joining with an e-mail link", () => {
  test("the public profile shows what profile completion says others see: display name and locality — not the sign-in name, no e-mail", async ({ page, joinAsNewMember }) => {
    const member = await joinAsNewMember({ locality: "Grünau", throughTheLink: true });
    await page.goto("/einstellungen");
    await page.getByRole("link", { name: "Dein öffentliches Profil ansehen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: member.displayName })).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: "Grünau" })).toBeVisible();
    // The username is the sign-in name: neither on the page nor in its address.
    // (The test display name "Test <username>" contains it, so look for the handle form.)
    await expect(page.locator("main")).not.toContainText(`@${member.username}`);
    expect(page.url()).not.toContain(member.username);
    await expect(page.locator("main")).not.toContainText(member.email);
    await expectAccessible(page);
  });

  test("the sign-in page asks for a sign-in link right there, instead of sending people to “Mitmachen”", async ({ page, outbox }) => {
    const email = `${uniqueName("ohnepw")}@example.org`;
    await page.goto("/anmelden");
    const withLink = page.getByRole("region", { name: "Mit E-Mail-Link" });
    await withLink.getByLabel("E-Mail-Adresse").fill(email);
    await withLink.getByRole("button", { name: "Anmeldelink anfordern" }).click();
    await expect(withLink.getByRole("status")).toContainText("Fast geschafft");
    await expect(page).toHaveURL(/\/anmelden$/);
    await expectAccessible(page);
    await page.goto(await outbox.signInLink(email));
    await expect(page).toHaveURL(/\/profil\/vervollstaendigen$/);
  });

  test("a new address joins via the outbox link, completes the profile and lands on the home page", async ({ page, outbox }) => {
    const username = uniqueName("neu");
    const email = `${username}@example.org`;

    await page.goto("/");
    await expectAccessible(page);
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Mitmachen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mitmachen" })).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("E-Mail-Adresse").fill(email);
    await page.getByRole("button", { name: "Link anfordern" }).click();
    await expect(page.getByRole("status")).toContainText("Fast geschafft");

    const link = await outbox.signInLink(email);
    const [mail] = await outbox.mailsTo(email);
    expect(mail?.subject).toBe("Dein Anmeldelink für Kiezwerk");
    expect(mail?.text).toContain("30 Minuten");

    await page.goto(link);
    await expect(page).toHaveURL(/\/profil\/vervollstaendigen$/);
    await expect(page.getByRole("heading", { level: 1, name: "Profil vervollständigen" })).toBeVisible();
    await expectAccessible(page);

    // The gate keeps an incomplete profile away from everything else.
    await page.goto("/einstellungen");
    await expect(page).toHaveURL(/\/profil\/vervollstaendigen$/);

    // Bad input: messages next to the fields, and what was typed stays.
    await page.getByLabel("Benutzername").fill("x");
    await page.getByLabel("Anzeigename").fill("Nora Neumann");
    await page.getByRole("button", { name: "Profil speichern und loslegen" }).click();
    await expect(page.getByText("Der Benutzername muss mindestens 3 Zeichen lang sein.")).toBeVisible();
    await expect(page.getByText("Bitte wähle deinen Ortsteil.")).toBeVisible();
    await expect(page.getByText("Bitte stimme den Nutzungsbedingungen zu, um fortzufahren.")).toBeVisible();
    await expect(page.getByLabel("Anzeigename")).toHaveValue("Nora Neumann");
    await expectAccessible(page);

    // A username that is taken (case-insensitively) is refused by the server, next to the field.
    await page.getByLabel("Benutzername").fill("MIRA");
    await page.getByLabel("Ortsteil").selectOption({ label: "Köpenick" });
    await page.getByLabel(/Nutzungsbedingungen/).check();
    await page.getByRole("button", { name: "Profil speichern und loslegen" }).click();
    await expect(page.getByText("Dieser Benutzername ist schon vergeben. Bitte wähle einen anderen.")).toBeVisible();
    await expect(page.getByLabel("Anzeigename")).toHaveValue("Nora Neumann");

    await page.getByLabel("Benutzername").fill(username);
    await page.getByRole("button", { name: "Profil speichern und loslegen" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { level: 1, name: "Willkommen, Nora Neumann!" })).toBeVisible();
    await expect(page.getByText("Angemeldet als Nora Neumann")).toBeVisible();
    await expect(page.getByText(/Deinen Kiez \(Köpenick\)/)).toBeVisible();
    await expectAccessible(page);
  });

  test("a sign-in link works only once", async ({ page, outbox, joinAsNewMember }) => {
    const member = await joinAsNewMember();
    await page.context().clearCookies();
    const link = await outbox.newSignInLink(member.email, () => requestSignInLink(page, member.email));

    await page.goto(link);
    await expect(page.getByText(`Angemeldet als ${member.displayName}`)).toBeVisible();

    await page.context().clearCookies();
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "Anmeldung nicht möglich" })).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: "abgelaufen oder wurde schon benutzt" })).toBeVisible();
    await expectAccessible(page);
  });

  test("an address that already has an account gets the same answer as a new one", async ({ page }) => {
    await requestSignInLink(page, "mitglied@kiezwerk.example");
    await expect(page.getByRole("status")).toContainText("Fast geschafft");
    const known = await page.getByRole("status").textContent();
    await requestSignInLink(page, `${uniqueName("unbekannt")}@example.org`);
    await expect(page.getByRole("status")).toHaveText(known!);
  });

  test("an invalid address is explained next to the field and kept", async ({ page }) => {
    await page.goto("/mitmachen");
    await page.getByLabel("E-Mail-Adresse").fill("nora-at-example.org");
    await page.getByRole("button", { name: "Link anfordern" }).click();
    await expect(page.getByText("Bitte gib eine gültige E-Mail-Adresse ein")).toBeVisible();
    await expect(page.getByLabel("E-Mail-Adresse")).toHaveValue("nora-at-example.org");
    await expect(page.getByLabel("E-Mail-Adresse")).toHaveAttribute("aria-invalid", "true");
  });
});
