import type { Locator, Page } from "@playwright/test";
import { expect, expectAccessible, signInWithPassword, test, uniqueName } from "./support/fixtures";

// Only changes nobody else notices run here (a refused input, a topic of its own); changes every
// account sees (terms, names, the imprint) are in district.late.spec.ts.

/** Typing into a server-rendered form before React has taken it over would be reset by the hydration. */
async function waitUntilInteractive(field: Locator) {
  await expect.poll(() => field.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactProps")))).toBe(true);
}

async function openDistrictSettings(page: Page) {
  await signInWithPassword(page, "ada");
  await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Administration" }).click();
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Bezirk und Plattform" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bezirk und Plattform" })).toBeVisible();
  await waitUntilInteractive(page.getByLabel("Name der Plattform"));
}

/** A section of the settings, through their sub-navigation. */
async function openSection(page: Page, name: "Allgemein" | "Ortsteile" | "Themen" | "Ämter" | "Amtliche Domains") {
  const nav = page.getByRole("navigation", { name: "Bereiche der Einstellungen" });
  await nav.getByRole("link", { name, exact: true }).click();
  await expect(nav.getByRole("link", { name, exact: true })).toHaveAttribute("aria-current", "page");
}

test.describe("District settings", () => {
  test("bad input is refused with a message next to each field, and what was typed stays", async ({ page }) => {
    await openDistrictSettings(page);
    await expectAccessible(page);

    const general = page.getByRole("region", { name: "Allgemein" });
    const districtName = await general.getByLabel("Name des Bezirks").inputValue();
    await general.getByLabel("Name der Plattform").fill("");
    await general.getByLabel("Gültigkeit von Verifizierungscodes (Tage)").fill("1000");
    await general.getByRole("button", { name: "Einstellungen speichern" }).click();
    await expect(general.getByText("Bitte fülle dieses Feld aus.")).toBeVisible();
    await expect(general.getByText("Bitte gib eine ganze Zahl von 1 bis 730 ein.")).toBeVisible();
    await expect(general.getByLabel("Name der Plattform")).toHaveAccessibleDescription(/Bitte fülle dieses Feld aus\./);
    await expect(general.getByLabel("Gültigkeit von Verifizierungscodes (Tage)")).toHaveValue("1000");
    await expect(general.getByLabel("Name des Bezirks")).toHaveValue(districtName);
    await expectAccessible(page);

    await openSection(page, "Amtliche Domains");
    const domains = page.getByRole("region", { name: "Amtliche E-Mail-Domains" });
    await waitUntilInteractive(domains.getByLabel("Domain", { exact: true }));
    await domains.getByLabel("Domain", { exact: true }).fill("ba tk");
    await domains.getByRole("button", { name: "Domain hinzufügen" }).click();
    const domainError = "Bitte gib einen gültigen Domainnamen ein, zum Beispiel ba-tk.berlin.de – ohne Leerzeichen, ohne @ davor.";
    await expect(domains.getByText(domainError)).toBeVisible();
    await expect(domains.getByLabel("Domain", { exact: true })).toHaveValue("ba tk");
    await expect(domains.getByLabel("Domain", { exact: true })).toHaveAccessibleDescription(new RegExp(domainError.slice(0, 40)));
    await expectAccessible(page);

    // A domain already on the list, typed differently, is the same domain.
    await domains.getByLabel("Domain", { exact: true }).fill("@BA-TK.Berlin.de");
    await domains.getByRole("button", { name: "Domain hinzufügen" }).click();
    await expect(domains.getByText("Diese Domain ist schon eingetragen.")).toBeVisible();

    // Nothing was saved: the page as stored still has its name, and no "ba tk".
    await page.reload();
    await expect(page.getByRole("list", { name: "Eingetragene Domains" })).not.toContainText("ba tk");
    await openSection(page, "Allgemein");
    await expect(page.getByRole("region", { name: "Allgemein" }).getByLabel("Name der Plattform")).not.toHaveValue("");
  });

  test("an admin adds a topic, which appears in the list, and removes it again", async ({ page }) => {
    await openDistrictSettings(page);
    await openSection(page, "Themen");
    const topics = page.getByRole("region", { name: "Themen" });
    const field = topics.getByLabel("Name des neuen Themas");
    await waitUntilInteractive(field);

    await field.fill("X");
    await topics.getByRole("button", { name: "Thema hinzufügen" }).click();
    await expect(topics.getByText("Der Name muss mindestens 2 Zeichen lang sein.")).toBeVisible();
    await expect(field).toHaveValue("X");

    const name = `Stadtgrün ${uniqueName("")}`;
    await field.fill(name);
    await topics.getByRole("button", { name: "Thema hinzufügen" }).click();
    await expect(topics.getByText(`„${name}“ wurde hinzugefügt.`)).toBeVisible();
    const item = topics.getByRole("list", { name: "Themen" }).getByRole("listitem").filter({ hasText: name });
    await expect(item).toContainText("wird nicht verwendet");
    await expect(field).toHaveValue("");
    await expectAccessible(page);

    // The same name again, in other letters, is refused.
    await field.fill(name.toUpperCase());
    await topics.getByRole("button", { name: "Thema hinzufügen" }).click();
    await expect(topics.getByText("Diesen Namen gibt es in der Liste schon.")).toBeVisible();

    await item.getByRole("button", { name: `Entfernen: ${name}` }).click();
    await expect(item.getByText(`„${name}“ wirklich entfernen?`)).toBeVisible();
    await expectAccessible(page);
    await item.getByRole("button", { name: "Ja, entfernen" }).click();
    await expect(topics.getByText(`„${name}“ wurde entfernt.`)).toBeVisible();
    await expect(topics.getByRole("listitem").filter({ hasText: name })).toHaveCount(0);
  });

  test("the settings are sections with a sub-navigation, each short; a list's order is changed in its own mode, by position", async ({ page }) => {
    await openDistrictSettings(page);
    const nav = page.getByRole("navigation", { name: "Bereiche der Einstellungen" });
    await expect(nav.getByRole("link", { name: "Allgemein" })).toHaveAttribute("aria-current", "page");
    // The lists have their own pages now.
    await expect(page.getByRole("region", { name: "Ortsteile" })).toHaveCount(0);
    await expectAccessible(page);

    await openSection(page, "Themen");
    await expect(page).toHaveURL(/\/admin\/einstellungen\/themen$/);
    await expect(nav.getByRole("link", { name: "Allgemein" })).not.toHaveAttribute("aria-current", "page");
    const topics = page.getByRole("region", { name: "Themen" });
    const list = topics.getByRole("list", { name: "Themen" });
    // No arrow buttons on every row.
    await expect(topics.getByRole("button", { name: /Nach oben|Nach unten/ })).toHaveCount(0);

    const tag = uniqueName("");
    const names = [`Zuletzt ${tag}`, `Anfang ${tag}`];
    const field = topics.getByLabel("Name des neuen Themas");
    await waitUntilInteractive(field);
    for (const name of names) {
      await field.fill(name);
      await topics.getByRole("button", { name: "Thema hinzufügen" }).click();
      await expect(topics.getByText(`„${name}“ wurde hinzugefügt.`)).toBeVisible();
    }
    const rows = list.getByRole("listitem");

    const mode = topics.getByRole("button", { name: "Reihenfolge ändern" });
    await mode.click();
    await expect(topics.getByRole("button", { name: "Fertig" })).toHaveAttribute("aria-pressed", "true");
    const position = topics.getByLabel(`Position von „${names[1]}“`);
    // Added last, so at the end (another test may add a topic at the same time: no exact count).
    await expect(position).not.toHaveValue("1");
    await expect(rows.last()).toContainText(names[1]!);
    await expectAccessible(page);
    await position.fill("0");
    await topics.getByRole("form", { name: `„${names[1]}“ an Position verschieben` }).getByRole("button", { name: "Verschieben" }).click();
    await expect(position).toHaveAccessibleDescription("Bitte gib eine ganze Zahl ab 1 ein.");
    await position.fill("1");
    await topics.getByRole("form", { name: `„${names[1]}“ an Position verschieben` }).getByRole("button", { name: "Verschieben" }).click();
    await expect(topics.getByText(`„${names[1]}“ steht jetzt an Position 1.`)).toBeVisible();
    await expect(rows.first()).toContainText(names[1]!);
    await expect(topics.getByLabel(`Position von „${names[1]}“`)).toBeFocused();

    // Sorting the whole list changes what everyone sees: district.late.spec.ts does that.
    await expect(topics.getByRole("button", { name: "Alphabetisch sortieren" })).toBeVisible();
    await topics.getByRole("button", { name: "Fertig" }).click();
    await expectAccessible(page);

    // At phone width the sub-navigation wraps instead of overflowing.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page);

    for (const name of names) {
      const item = list.getByRole("listitem").filter({ hasText: name });
      await item.getByRole("button", { name: `Entfernen: ${name}` }).click();
      await item.getByRole("button", { name: "Ja, entfernen" }).click();
      await expect(topics.getByText(`„${name}“ wurde entfernt.`)).toBeVisible();
    }
  });
});
