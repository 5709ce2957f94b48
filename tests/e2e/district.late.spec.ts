import type { Locator, Page } from "@playwright/test";
import { expect, expectAccessible, signInWithPassword, test, uniqueName } from "./support/fixtures";

// Runs after every other spec of its database (see playwright.config.ts): a new terms version
// stops every account until it accepts, and the operator contact shows on every imprint.
// The tests of this file run one after the other, in this order.

/** Typing into a server-rendered form before React has taken it over would be reset by the hydration. */
async function waitUntilInteractive(field: Locator) {
  await expect.poll(() => field.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactProps")))).toBe(true);
}

async function openAdminPage(page: Page, link: "Bezirk und Plattform" | "Nutzungsbedingungen") {
  await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Administration" }).click();
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: link }).click();
  await expect(page.getByRole("heading", { level: 1, name: link })).toBeVisible();
}

async function saveOperatorContact(page: Page, contact: string) {
  const general = page.getByRole("region", { name: "Allgemein" });
  await waitUntilInteractive(general.getByLabel("Kontakt des Betreibers"));
  await general.getByLabel("Kontakt des Betreibers").fill(contact);
  await general.getByRole("button", { name: "Einstellungen speichern" }).click();
  await expect(general.getByText("Die Einstellungen sind gespeichert.")).toBeVisible();
}

test.describe("The district's configuration, seen by everyone", () => {
  test("an admin changes the operator contact and the imprint shows it at once", async ({ page }) => {
    await signInWithPassword(page, "ada");
    await openAdminPage(page, "Bezirk und Plattform");
    const original = await page.getByRole("region", { name: "Allgemein" }).getByLabel("Kontakt des Betreibers").inputValue();
    const phone = `Bürgertelefon 030 90297-${Date.now() % 10_000}`;

    await saveOperatorContact(page, `${original}\n${phone}`);
    await expectAccessible(page);

    await page.getByRole("navigation", { name: "Rechtliches" }).getByRole("link", { name: "Impressum" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Impressum" })).toBeVisible();
    await expect(page.locator("address")).toContainText(phone);
    await expectAccessible(page);

    // The change is in the audit log.
    await page.goto("/admin/protokoll?action=district.settings_changed");
    await expect(page.getByRole("row").filter({ hasText: "Kontakt des Betreibers geändert" }).first()).toBeVisible();

    // Put the imprint back as it was.
    await openAdminPage(page, "Bezirk und Plattform");
    await saveOperatorContact(page, original);
    await page.goto("/impressum");
    await expect(page.locator("address")).not.toContainText(phone);
  });

  test("a new terms version stops a member on the next click until they accept it, and the acceptance shows in their settings", async ({
    browser,
    page,
    joinAsNewMember,
  }) => {
    const member = await joinAsNewMember();

    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signInWithPassword(admin, "ada");
    await openAdminPage(admin, "Nutzungsbedingungen");
    await expectAccessible(admin);

    const form = admin.getByRole("region", { name: "Neue Fassung veröffentlichen" });
    await waitUntilInteractive(form.getByLabel("Was hat sich geändert?"));
    // Without a summary of the changes nothing is published; the edited text stays.
    const rule = `Wahlwerbung ist in Kommentaren nicht erlaubt (Regel ${uniqueName("w")}).`;
    const text = form.getByLabel("Text (Deutsch, verbindlich)");
    await text.fill(`${await text.inputValue()}\n\n${rule}`);
    await form.getByRole("button", { name: "Neue Fassung veröffentlichen" }).click();
    await expect(form.getByText("Bitte beschreibe die Änderungen in mindestens 5 Zeichen.")).toBeVisible();
    await expect(text).toHaveValue(new RegExp(`${rule.replace(/[().]/g, "\\$&")}$`));
    await expectAccessible(admin);

    const summary = `Neue Regel zu Wahlwerbung im letzten Absatz (${uniqueName("s")})`;
    await form.getByLabel("Was hat sich geändert?").fill(summary);
    await form.getByRole("button", { name: "Neue Fassung veröffentlichen" }).click();
    const published = form.getByText(/^Version \d+ ist veröffentlicht und gilt ab sofort\./);
    await expect(published).toBeVisible();
    const version = Number((await published.textContent())?.match(/Version (\d+)/)?.[1]);
    await expectAccessible(admin);

    // The member's next click: the new-terms step instead of the settings.
    await page.getByRole("banner").getByRole("link", { name: "Einstellungen", exact: true }).click();
    await expect(page).toHaveURL(/\/profil\/vervollstaendigen$/);
    await expect(page.getByRole("heading", { level: 1, name: "Neue Nutzungsbedingungen" })).toBeVisible();
    await expect(page).toHaveTitle("Neue Nutzungsbedingungen – Kiezwerk");
    await expect(page.getByRole("region", { name: "Was sich geändert hat" })).toContainText(summary);
    await expect(page.getByText(rule)).toBeVisible();
    await expect(page.getByText(`Version ${version}, gültig seit`)).toBeVisible();
    await expectAccessible(page);

    // Nothing else opens before accepting.
    await page.goto("/einstellungen");
    await expect(page).toHaveURL(/\/profil\/vervollstaendigen$/);

    await page.getByRole("button", { name: "Zustimmen und weiter" }).click();
    await expect(page.getByText("Bitte stimme den Nutzungsbedingungen zu, um fortzufahren.")).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel(`Ich habe die Nutzungsbedingungen in Version ${version} gelesen und stimme ihnen zu.`).check();
    await page.getByRole("button", { name: "Zustimmen und weiter" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Willkommen, ${member.displayName}!` })).toBeVisible();

    // Continuing works, and the settings list both acceptances: at joining and now.
    await page.getByRole("banner").getByRole("link", { name: "Einstellungen", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Einstellungen" })).toBeVisible();
    const acceptances = page.getByRole("region", { name: "Nutzungsbedingungen" });
    await expect(acceptances.getByRole("row", { name: new RegExp(`^${version} \\(gilt\\) `) })).toBeVisible();
    await expect(acceptances.getByRole("row", { name: new RegExp(`^${version - 1} \\d`) })).toBeVisible();
    await expectAccessible(page);

    // The public page shows the version in force.
    await page.goto("/nutzungsbedingungen");
    await expect(page.getByText(`Version ${version}, gültig seit`)).toBeVisible();
    await expect(page.getByText(rule)).toBeVisible();

    // The admin who published it is asked too, and accepts, so later specs find ada ready.
    await admin.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Protokoll" }).click();
    await expect(admin).toHaveURL(/\/profil\/vervollstaendigen$/);
    await admin.getByLabel(`Ich habe die Nutzungsbedingungen in Version ${version} gelesen und stimme ihnen zu.`).check();
    await admin.getByRole("button", { name: "Zustimmen und weiter" }).click();
    await expect(admin.getByRole("heading", { level: 1, name: "Willkommen, Ada Admin!" })).toBeVisible();
    await adminContext.close();
  });

  test("an admin sorts the localities alphabetically in the order mode; every selection list then shows them so", async ({ page }) => {
    await signInWithPassword(page, "ada");
    await openAdminPage(page, "Bezirk und Plattform");
    await page.getByRole("navigation", { name: "Bereiche der Einstellungen" }).getByRole("link", { name: "Ortsteile" }).click();
    const section = page.getByRole("region", { name: "Ortsteile" });
    await waitUntilInteractive(section.getByRole("button", { name: "Reihenfolge ändern" }));
    await section.getByRole("button", { name: "Reihenfolge ändern" }).click();
    await section.getByRole("button", { name: "Alphabetisch sortieren" }).click();
    await expect(section.getByText("Die Liste ist jetzt alphabetisch sortiert.")).toBeVisible();
    const collator = new Intl.Collator("de", { sensitivity: "base", numeric: true });
    const shown = async () =>
      (await section.getByRole("list", { name: "Ortsteile" }).getByRole("listitem").allInnerTexts()).map((text) => text.replace(/^\d+\.\s*/, "").split("\n")[0]!.trim());
    // The list is drawn again from the server after the message.
    await expect.poll(async () => { const names = await shown(); return names.join("|") === [...names].sort(collator.compare).join("|"); }).toBe(true);
    const names = await shown();
    await expectAccessible(page);

    // The order every selection list shows, e.g. the home locality in the settings.
    await page.goto("/einstellungen");
    const options = await page.getByLabel("Ortsteil", { exact: true }).locator("option").allInnerTexts();
    const localities = options.filter((option) => names.includes(option.trim())).map((option) => option.trim());
    expect(localities).toEqual(names);
  });
});
