import type { Browser, Page } from "@playwright/test";
import { expect, expectAccessible, signInWithPassword, test, uniqueName } from "./support/fixtures";
import { waitUntilInteractive } from "./support/kiez";

async function personPage(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInWithPassword(page, username);
  return page;
}

/** Mira's block of Anton from an earlier, interrupted run would stop this one: lift it from the settings. */
async function unblockAntonIfBlocked(mira: Page) {
  await mira.goto("/einstellungen#nachrichten");
  const unblock = mira.getByRole("button", { name: "Blockierung von Anton Anwohner aufheben" });
  if (await unblock.isVisible()) {
    await unblock.click();
    await expect(mira.getByText("Du hast niemanden blockiert.")).toBeVisible();
  }
}

test.describe("Nachrichten", () => {
  test("two Bouché parents arrange a Laufbus shift; a stranger is refused; a harassing message reaches the moderators with its context; a blocked person cannot write", async ({ browser, page: mira }) => {
    const ask = uniqueName("Kannst du Donnerstag den Laufbus übernehmen? ");
    const answer = uniqueName("Ja, 7:30 am Treptower Park. ");
    const harassing = uniqueName("Hör endlich auf zu nerven, du Idiotin ");

    // Mira (e-mail confirmed only) writes to Anton: they share the Bouché space.
    await signInWithPassword(mira, "mira");
    await unblockAntonIfBlocked(mira);
    await mira.goto("/nachrichten");
    await expect(mira.getByRole("heading", { level: 1, name: "Nachrichten" })).toBeVisible();
    await expectAccessible(mira);
    await mira.getByRole("link", { name: "Neue Unterhaltung" }).click();
    const picker = mira.getByRole("combobox", { name: "An" });
    await waitUntilInteractive(picker);
    await picker.fill("Anton Anw");
    await mira.getByRole("listbox", { name: "Gefundene Personen" }).getByRole("option", { name: /Anton Anwohner/ }).click();
    await mira.getByRole("button", { name: "Senden" }).click();
    await expect(mira.getByText("Schreib eine Nachricht.")).toBeVisible();
    await expectAccessible(mira);
    await mira.getByLabel("Nachricht", { exact: true }).fill(ask);
    await mira.getByRole("button", { name: "Senden" }).click();
    await expect(mira.getByRole("heading", { level: 1, name: "Anton Anwohner" })).toBeVisible();
    await expect(mira.getByText(ask)).toBeVisible();
    const conversation = mira.url();
    await expectAccessible(mira);

    // Anton sees it unread in the header, answers; then writes something harassing.
    const anton = await personPage(browser, "anton");
    await expect(anton.getByRole("link", { name: /^Nachrichten.*ungelesenen Nachrichten/ })).toBeVisible();
    await anton.getByRole("link", { name: /^Nachrichten/ }).click();
    await anton.getByRole("link", { name: "Mira Mitglied" }).click();
    await expect(anton.getByText(ask)).toBeVisible();
    for (const text of [answer, harassing]) {
      await anton.getByLabel("Deine Nachricht").fill(text);
      await anton.getByRole("button", { name: "Senden" }).click();
      await expect(anton.getByText(text)).toBeVisible();
    }

    // A person outside the space cannot start a conversation with Mira (her setting: people sharing a space).
    const ada = await personPage(browser, "ada");
    await ada.goto("/nachrichten/neu");
    const adaPicker = ada.getByRole("combobox", { name: "An" });
    await waitUntilInteractive(adaPicker);
    await adaPicker.fill("Mira Mitgl");
    await expect(ada.getByRole("status").filter({ hasText: "Niemanden gefunden." })).toBeAttached();
    await adaPicker.fill("mira");
    await adaPicker.press("Enter");
    await ada.getByLabel("Nachricht", { exact: true }).fill("Hallo Mira, kennen wir uns?");
    await ada.getByRole("button", { name: "Senden" }).click();
    await expect(ada.getByText("Diesen Personen kannst du keine Unterhaltung beginnen: mira.", { exact: false })).toBeVisible();
    await expect(ada.getByLabel("Nachricht", { exact: true })).toHaveValue("Hallo Mira, kennen wir uns?");

    // Mira reports the harassing message, with the messages before it.
    await mira.goto(conversation);
    const item = mira.getByRole("listitem").filter({ hasText: harassing });
    await item.getByText("Nachricht von Anton Anwohner melden").click();
    await item.getByLabel("Beleidigung").check();
    await item.getByLabel("Erklärung für die Moderation").fill("Er beschimpft mich, weil ich gefragt habe.");
    await expect(item.getByLabel(/Auch die bis zu 4 Nachrichten davor mitschicken/)).toBeChecked();
    await expectAccessible(mira);
    await item.getByRole("button", { name: "Meldung senden" }).click();
    await expect(mira.getByText(/deine Meldung ist bei der Moderation/)).toBeVisible();

    // The moderator finds it in the queue, with its context; never the conversation itself.
    const moritz = await personPage(browser, "moritz");
    await moritz.goto("/moderation");
    await moritz.getByRole("link", { name: new RegExp(harassing.slice(-12)) }).click();
    await expect(moritz.getByRole("heading", { level: 1, name: "Gemeldete Nachricht" })).toBeVisible();
    const context = moritz.getByRole("region", { name: "Verlauf vor der Nachricht" });
    await expect(context.getByText(ask)).toBeVisible();
    await expect(context.getByText(answer)).toBeVisible();
    await expectAccessible(moritz);
    await moritz.goto(conversation);
    await expect(moritz.getByRole("heading", { level: 1, name: "Anton Anwohner" })).toHaveCount(0);

    // Mira blocks Anton: he can no longer write (and is not told why); she lifts it in her settings.
    await mira.goto(conversation);
    await mira.getByRole("button", { name: "Anton Anwohner blockieren" }).click();
    await mira.getByRole("button", { name: "Ja, Anton Anwohner blockieren" }).click();
    await expect(mira.getByRole("button", { name: "Blockierung von Anton Anwohner aufheben" })).toBeVisible();
    await anton.reload();
    await expect(anton.getByText("Diese Unterhaltung kann nicht fortgesetzt werden.")).toBeVisible();
    await expect(anton.getByLabel("Deine Nachricht")).toHaveCount(0);
    await unblockAntonIfBlocked(mira);
    await anton.reload();
    await expect(anton.getByLabel("Deine Nachricht")).toBeVisible();
  });
});
