import { strFromU8, unzipSync } from "fflate";
import { readFile } from "node:fs/promises";
import { expect, expectAccessible, requestSignInLink, signInWithPassword, test, uniqueName } from "./support/fixtures";
import { commentWith, openAnnouncement, writeComment } from "./support/kiez";

const ANNOUNCEMENT = "Schulwegsicherheit an der Bouché-Grundschule: Ergebnisse der Verkehrszählung";
const PASSWORD = "Müggelsee-Fähre-Laufbus-42";

test.describe("A person's data in their own hands", () => {
  test("a resident downloads their data, deletes the account, and their e-mail can join anew", async ({ page, outbox, joinAsNewMember }) => {
    test.slow();
    const member = await joinAsNewMember();
    const comment = `Mein Beitrag zum Schulweg ${uniqueName("")}`;
    await openAnnouncement(page, ANNOUNCEMENT);
    await writeComment(page, comment);

    // A password, so the deletion is confirmed by it.
    await page.goto("/einstellungen");
    await page.getByLabel("Neues Passwort").fill(PASSWORD);
    await page.getByLabel("Passwort wiederholen").fill(PASSWORD);
    await page.getByRole("button", { name: "Passwort speichern" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Dein Passwort ist gespeichert." })).toBeVisible();

    // Download my data: a ZIP with the comment in it and a README.
    const exportSection = page.getByRole("region", { name: "Meine Daten herunterladen" });
    await exportSection.getByRole("button", { name: "Datenkopie erstellen" }).click();
    // The worker builds it; the page says so and shows the link as soon as it is ready.
    await expect(exportSection.getByRole("status").filter({ hasText: "Deine Datenkopie wird erstellt." })).toBeVisible();
    await expect(exportSection.getByRole("link", { name: /^Datenkopie vom .* herunterladen$/ })).toBeVisible({ timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent("download"), exportSection.getByRole("link", { name: /^Datenkopie vom .* herunterladen$/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kiezwerk-meine-daten-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["README.txt", "account.json", "comments.json"]));
    expect(strFromU8(files["comments.json"]!)).toContain(comment);
    expect(JSON.parse(strFromU8(files["account.json"]!))).toMatchObject({ email: member.email, username: member.username });
    expect(strFromU8(files["README.txt"]!)).toContain("comments.json");
    await expectAccessible(page);

    // Another person cannot download it, even with the link.
    const href = await exportSection.getByRole("link", { name: /^Datenkopie vom/ }).getAttribute("href");
    const url = new URL(href!, page.url()).toString();
    const stranger = await (await page.context().browser()!.newContext()).newPage();
    // Signed out: the gate sends the visitor to the sign-in page, no ZIP.
    const visitor = await stranger.request.get(url, { maxRedirects: 0 });
    expect(visitor.status()).toBeGreaterThanOrEqual(300);
    expect(visitor.headers()["content-type"] ?? "").not.toContain("zip");
    // Signed in as someone else: as if it did not exist.
    await signInWithPassword(stranger, "mira");
    expect((await stranger.request.get(url)).status()).toBe(404);
    await stranger.context().close();

    // Delete the account: a wrong password keeps everything (and the text typed), the right one deletes.
    const deletion = page.getByRole("region", { name: "Konto löschen" });
    await deletion.getByLabel("Dein aktuelles Passwort").fill("falsch-falsch-falsch");
    await deletion.getByRole("button", { name: "Konto endgültig löschen" }).click();
    await expect(deletion.getByRole("group", { name: "Willst du dein Konto wirklich endgültig löschen?" })).toBeVisible();
    await expectAccessible(page);
    await deletion.getByRole("group").getByRole("button", { name: "Konto endgültig löschen" }).click();
    await expect(deletion.getByText("Das aktuelle Passwort stimmt nicht.").first()).toBeVisible();
    await deletion.getByLabel("Dein aktuelles Passwort").fill(PASSWORD);
    await deletion.getByRole("group").getByRole("button", { name: "Konto endgültig löschen" }).click();
    await expect(page).toHaveURL(/\/konto-geloescht$/);
    await expect(page.getByRole("heading", { level: 1, name: "Dein Konto ist gelöscht" })).toBeVisible();
    await expect(page.getByText(/^Angemeldet als /)).toHaveCount(0);
    await expectAccessible(page);

    // The comment stays, by a deleted member.
    await openAnnouncement(page, ANNOUNCEMENT);
    await expect(commentWith(page, comment)).toContainText("gelöschtes Mitglied");
    await expect(commentWith(page, comment)).not.toContainText(member.displayName);

    // Signing in no longer works, by name or by address.
    for (const identifier of [member.username, member.email]) {
      await page.goto("/anmelden");
      await page.getByLabel("Benutzername oder E-Mail-Adresse").fill(identifier);
      await page.getByLabel("Passwort", { exact: true }).fill(PASSWORD);
      await page.getByRole("button", { name: "Anmelden", exact: true }).click();
      await expect(page.getByText("Benutzername/E-Mail oder Passwort ist falsch.")).toBeVisible();
    }

    // The address can join anew — as a new account; the old username stays reserved.
    const link = await outbox.newSignInLink(member.email, async () => {
      await requestSignInLink(page, member.email);
      await expect(page.getByText(/Fast geschafft/)).toBeVisible();
    });
    await page.goto(link);
    await expect(page).toHaveURL(/\/profil\/vervollstaendigen$/);
    await page.getByLabel("Benutzername").fill(member.username);
    await page.getByLabel("Anzeigename").fill("Wieder da");
    await page.getByLabel("Ortsteil").selectOption({ label: "Köpenick" });
    await page.getByLabel(/Nutzungsbedingungen/).check();
    await page.getByRole("button", { name: "Profil speichern und loslegen" }).click();
    await expect(page.getByText("Dieser Benutzername ist schon vergeben. Bitte wähle einen anderen.")).toBeVisible();
    await page.getByLabel("Benutzername").fill(`${member.username}2`);
    await page.getByRole("button", { name: "Profil speichern und loslegen" }).click();
    await expect(page.getByRole("heading", { name: "Willkommen, Wieder da!" })).toBeVisible();
  });

  test("the privacy policy, accessibility statement and Leichte Sprache page are reachable from the footer and accessible", async ({ page }) => {
    await page.goto("/");
    const footer = page.getByRole("navigation", { name: "Rechtliches" });
    await footer.getByRole("link", { name: "Leichte Sprache" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /in Leichter Sprache$/ })).toBeVisible();
    await expectAccessible(page);

    await footer.getByRole("link", { name: "Datenschutz" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Datenschutzerklärung" })).toBeVisible();
    await expect(page.getByText(/Gelesene Benachrichtigungen: nach 12 Monaten/)).toBeVisible();
    await expect(page.getByText(/Protokolleinträge der Verwaltung und Moderation: nach 36 Monaten/)).toBeVisible();
    await expectAccessible(page);

    await footer.getByRole("link", { name: "Barrierefreiheit" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Erklärung zur Barrierefreiheit" })).toBeVisible();
    await expect(page.getByText(/Barrierefreie-IKT-Gesetz Berlin/)).toBeVisible();
    await expect(page.getByText(/Landesbeauftragte für digitale Barrierefreiheit Berlin/)).toBeVisible();
    // Bad input: a message at the field, the text kept.
    await page.getByLabel("Was ist dir aufgefallen?").fill("zu kurz");
    await page.getByRole("button", { name: "Rückmeldung senden" }).click();
    await expect(page.getByText("Bitte beschreibe die Barriere in mindestens 10 Zeichen.")).toBeVisible();
    await expect(page.getByLabel("Was ist dir aufgefallen?")).toHaveValue("zu kurz");
    await page.getByLabel("Was ist dir aufgefallen?").fill("Der Kontrast der Datumsangaben ist mir zu schwach.");
    await page.getByRole("button", { name: "Rückmeldung senden" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Deine Rückmeldung ist beim Bezirksamt angekommen." })).toBeVisible();
    await expectAccessible(page);

    // It reaches the district: admins read it.
    await signInWithPassword(page, "ada");
    await page.goto("/admin/barrierefreiheit");
    await expect(page.getByRole("heading", { level: 1, name: "Rückmeldungen zur Barrierefreiheit" })).toBeVisible();
    await expect(page.getByText("Der Kontrast der Datumsangaben ist mir zu schwach.").first()).toBeVisible();
    await expectAccessible(page);
  });
});
