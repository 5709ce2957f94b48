import type { Browser, Page } from "@playwright/test";
import { expect, expectAccessible, signInWithPassword, test, uniqueName } from "./support/fixtures";

async function personPage(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInWithPassword(page, username);
  return page;
}

test.describe("Projekte", () => {
  test("a space on request: a request is approved; an event with one place fills up and the waiting list moves up when the first declines; a shift gets its helpers", async ({ browser, page }) => {
    const name = uniqueName("Schulweg Initiative");

    // A verified resident creates a space that one joins on request.
    await signInWithPassword(page, "anton");
    await page.goto("/projekte");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Projekt anlegen" }).click();
    await page.getByRole("button", { name: "Projekt anlegen" }).click();
    await expect(page.getByText("Bitte gib einen Namen mit mindestens 3 Zeichen ein.")).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Name des Projekts").fill(name);
    await page.getByLabel("Kurzbeschreibung").fill("Sichere Wege zur Schule");
    await page.getByLabel("Beschreibung", { exact: true }).fill("Wir gehen **gemeinsam** zur Schule.");
    await page.getByLabel("Auf Anfrage").check();
    await page.getByRole("group", { name: "Ortsteile" }).getByLabel("Alt-Treptow").check();
    await page.getByRole("button", { name: "Projekt anlegen" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByText("Du leitest dieses Projekt.")).toBeVisible();
    const spaceUrl = page.url();
    await expectAccessible(page);

    // A second person asks to join; the owner approves on the members' page.
    const mira = await personPage(browser, "mira");
    await mira.goto(spaceUrl);
    await mira.getByLabel("Nachricht an die Organisation (freiwillig)").fill("Meine Tochter geht in die 2b.");
    await mira.getByRole("button", { name: "Beitritt anfragen" }).click();
    await expect(mira.getByText("Deine Beitrittsanfrage wartet auf Antwort.")).toBeVisible();

    await page.reload();
    await page.getByRole("link", { name: /Mitglied ansehen/ }).click();
    await expect(page.getByText("Meine Tochter geht in die 2b.")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Mira Mitglied aufnehmen" }).click();
    await expect(page.getByRole("heading", { name: "Mitglieder (2)" })).toBeVisible();
    await mira.reload();
    await expect(mira.getByText("Du bist Mitglied.")).toBeVisible();

    // An event with one place.
    await page.goto(spaceUrl);
    await page.getByRole("link", { name: "Termin anlegen" }).click();
    await page.getByLabel("Titel").fill("Schulwegbegehung");
    await page.getByLabel("Beginn").fill("2031-05-12T16:00");
    await page.getByLabel("Ende").fill("2031-05-12T18:00");
    await page.getByLabel("Ort", { exact: true }).fill("Haupteingang");
    await page.getByLabel("Plätze").fill("1");
    await page.getByRole("button", { name: "Termin anlegen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Schulwegbegehung" })).toBeVisible();
    await expect(page.getByText("0 von 1 Plätzen belegt")).toBeVisible();
    const eventUrl = page.url();
    await expectAccessible(page);
    // "In den Kalender": 16:00 in Berlin summer time is 14:00 UTC; the URL is the event page's.
    const ics = await page.request.get((await page.getByRole("link", { name: "In den Kalender (.ics)" }).getAttribute("href"))!);
    expect(ics.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const calendar = (await ics.text()).replace(/\r\n /g, "");
    expect(calendar).toMatch(/DTSTART:20310512T140000Z[\s\S]*SUMMARY:Schulwegbegehung/);
    expect(calendar).toContain(`URL;VALUE=URI:${eventUrl}\r\n`);

    // Mira takes the place; a third person goes on the waiting list.
    await mira.goto(eventUrl);
    await mira.getByRole("button", { name: "Ich komme", exact: true }).click();
    await expect(mira.getByText("Du bist angemeldet.")).toBeVisible();
    await expect(mira.getByText("1 von 1 Plätzen belegt")).toBeVisible();

    const maren = await personPage(browser, "maren");
    await maren.goto(eventUrl);
    await maren.getByRole("button", { name: "Ich komme", exact: true }).click();
    await expect(maren.getByText("Du stehst auf Platz 1 der Warteliste.", { exact: false })).toBeVisible();
    await expect(maren.getByText("1 von 1 Plätzen belegt · 1 auf der Warteliste")).toBeVisible();
    await expectAccessible(maren);

    // Mira declines: Maren moves up and is told.
    await mira.getByRole("button", { name: "Ich komme nicht" }).click();
    await expect(mira.getByText("Du hast abgesagt.")).toBeVisible();
    await maren.reload();
    await expect(maren.getByText("Du bist angemeldet.")).toBeVisible();
    await expect(maren.getByText("1 von 1 Plätzen belegt")).toBeVisible();
    await maren.goto("/benachrichtigungen");
    await expect(maren.getByText("Ein Platz ist frei geworden: Du bist jetzt bei „Schulwegbegehung“ angemeldet.")).toBeVisible();

    // On a phone: the organiser asks for two helpers for the Laufbus; two people sign up and the shift is full.
    for (const p of [page, mira, maren]) await p.setViewportSize({ width: 360, height: 780 });
    const shift = uniqueName("Laufbus Montag");
    await page.goto(spaceUrl);
    await page.getByRole("link", { name: "Einsatz anlegen" }).click();
    await page.getByLabel("Was ist zu tun?").fill(shift);
    await page.getByRole("button", { name: "Einsatz anlegen" }).click();
    await expect(page.getByText("Bitte gib einen Zeitpunkt an oder ein Datum, bis zu dem die Aufgabe erledigt sein soll.")).toBeVisible();
    await expect(page.getByLabel("Was ist zu tun?")).toHaveValue(shift);
    await page.getByLabel("Zeitpunkt").fill("2031-05-12T07:30");
    await page.getByLabel("Wie viele Helfer:innen braucht ihr?").fill("2");
    await page.getByLabel("Treffpunkt oder Ort (freiwillig)").fill("Haltestelle Treptower Park");
    await page.getByRole("button", { name: "Einsatz anlegen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: shift })).toBeVisible();
    await expect(page.getByText("0 von 2 Helfer:innen gemeldet · noch 2 Personen gesucht")).toBeVisible();
    const shiftUrl = page.url();
    await expectAccessible(page);

    // Mira finds it among the district's open shifts and signs up.
    await mira.goto("/mithelfen?datum=2031-05-12");
    await expectAccessible(mira);
    await mira.getByRole("link", { name: shift }).click();
    await mira.getByRole("button", { name: "Ich helfe mit" }).click();
    await expect(mira.getByText("Du hast dich gemeldet.")).toBeVisible();
    await expect(mira.getByText("1 von 2 Helfer:innen gemeldet · noch 1 Person gesucht")).toBeVisible();
    await maren.goto(shiftUrl);
    await maren.getByRole("button", { name: "Ich helfe mit" }).click();
    await expect(maren.getByText("2 von 2 Helfer:innen gemeldet · Alle Plätze vergeben")).toBeVisible();
    // Full: gone from the open shifts, in both helpers' "Meine Einsätze".
    await mira.goto("/mithelfen?datum=2031-05-12");
    await expect(mira.getByRole("link", { name: shift })).toHaveCount(0);
    await mira.goto("/mithelfen/meine");
    await expect(mira.getByRole("link", { name: shift })).toBeVisible();
    await expectAccessible(mira);

    // The organiser sees who signed up, and marks the shift done.
    await page.reload();
    await expect(page.getByRole("heading", { name: "Wer sich gemeldet hat" })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "@mira" })).toBeVisible();
    await page.getByRole("button", { name: "Als erledigt markieren" }).click();
    await expect(page.getByText("2 von 2 Helfer:innen gemeldet · Erledigt")).toBeVisible();
    await expectAccessible(page);
  });
});
