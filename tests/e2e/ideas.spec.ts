import type { Browser, Page } from "@playwright/test";
import { uniqueTitle } from "./support/announcements";
import { expect, expectAccessible, signInWithPassword, test } from "./support/fixtures";
import { waitUntilInteractive } from "./support/kiez";

async function signedIn(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInWithPassword(page, username);
  return page;
}

test.describe("Ideas", () => {
  test("a resident is shown a similar idea while typing, submits; a neighbour supports, staff answer, the author is told; a report reaches the moderators", async ({ page, browser }) => {
    test.setTimeout(240_000);
    const title = uniqueTitle("Sitzbänke für Friedrichshagen");

    // Anton (verified) opens the ideas from the navigation and starts typing: the demo idea about benches is suggested.
    await signInWithPassword(page, "anton");
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Ideen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Ideen" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Idee einreichen" }).click();
    const submit = page.getByRole("button", { name: "Idee einreichen" });
    await waitUntilInteractive(submit);
    await page.getByLabel("Titel").fill(title);
    const suggestions = page.getByRole("status").filter({ hasText: "vielleicht" });
    await expect(suggestions.getByRole("link", { name: "Mehr Sitzbänke am Müggelseeufer in Friedrichshagen" })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Beschreibung").fill("Am Marktplatz Friedrichshagen fehlen Bänke zum Ausruhen.");
    await page.getByLabel("Thema").selectOption({ label: "Grünanlagen, Bäume und Spielplätze (beantwortet: Straßen- und Grünflächenamt)" });
    await page.getByLabel("Ortsteil").selectOption({ label: "Friedrichshagen" });
    await submit.click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("Neu", { exact: true })).toBeVisible();
    const ideaUrl = page.url();

    // Maren, a verified neighbour, supports it once.
    const neighbour = await signedIn(browser, "maren");
    await neighbour.goto(ideaUrl);
    const support = neighbour.getByRole("button", { name: "Idee unterstützen" });
    await waitUntilInteractive(support);
    await support.click();
    await expect(neighbour.getByText("Du unterstützt diese Idee.")).toBeVisible();
    await expect(neighbour.getByRole("button", { name: "Idee unterstützen" })).toHaveCount(0);
    await expect(neighbour.getByText(/^1 Person/)).toBeVisible();
    await expectAccessible(neighbour);

    // Svenja of the road and parks department finds it in her department's ideas and answers with a status.
    const staff = await signedIn(browser, "svenja");
    await staff.goto("/verwaltung");
    await staff.getByRole("link", { name: "Zu den Ideen" }).click();
    await expect(staff.getByRole("heading", { level: 1, name: "Ideen für mein Amt" })).toBeVisible();
    await expectAccessible(staff);
    await staff.getByRole("link", { name: title }).click();
    const publish = staff.getByRole("button", { name: "Antwort veröffentlichen" });
    await waitUntilInteractive(publish);
    await staff.getByLabel("Neuer Stand").selectOption({ label: "Angenommen" });
    await staff.getByRole("textbox", { name: "Offizielle Antwort" }).fill("Wir stellen im Frühjahr zwei Bänke am Marktplatz auf.");
    await publish.click();
    await expect(staff.getByText("Die Antwort ist veröffentlicht; alle Beteiligten werden benachrichtigt.")).toBeVisible();
    await expect(staff.getByRole("region", { name: "Antwort des Bezirksamts" }).getByText("Wir stellen im Frühjahr zwei Bänke am Marktplatz auf.")).toBeVisible();

    // Anton reads it in his notifications.
    await page.goto("/benachrichtigungen");
    await expect(page.getByText(`Neue Antwort des Bezirksamts zur Idee „${title}“: Angenommen.`)).toBeVisible();

    // Maren reports the idea; Moritz finds it in the moderation queue.
    await neighbour.reload();
    const report = neighbour.getByRole("button", { name: "Idee melden" });
    await waitUntilInteractive(report);
    await report.click();
    await neighbour.getByRole("group", { name: "Grund" }).getByLabel("Werbung oder Spam").check();
    await neighbour.getByLabel("Erläuterung").fill("Das ist Werbung für einen Möbelhändler.");
    await neighbour.getByRole("button", { name: "Meldung absenden" }).click();
    await expect(neighbour.getByText(/Danke! Deine Meldung ist eingegangen/)).toBeVisible();
    const moderator = await signedIn(browser, "moritz");
    await moderator.goto("/moderation");
    await moderator.getByRole("link", { name: new RegExp(title) }).click();
    await expect(moderator.getByRole("heading", { level: 1, name: "Gemeldete Idee" })).toBeVisible();
  });
});
