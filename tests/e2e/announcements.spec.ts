import type { Browser, Page } from "@playwright/test";
import { districtInput, fetchFeed, managePanel, publishAnnouncement, uniqueTitle } from "./support/announcements";
import { expect, expectAccessible, signInWithPassword, test } from "./support/fixtures";

/** A second browser, signed in as the demo staff member svenja. */
async function staffPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithPassword(page, "svenja");
  return page;
}

async function filterList(page: Page, locality: string) {
  await page.goto("/bekanntmachungen");
  await page.getByLabel("Ortsteil").selectOption({ label: locality });
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${locality}`) })).toBeVisible();
}

test.describe("District announcements", () => {
  test("staff publish Markdown for Köpenick: visitors read it, filter for it and get it in the feed", async ({ browser, page }) => {
    const staff = await staffPage(browser);
    const title = uniqueTitle("Baustelle Köpenick");
    await publishAnnouncement(staff, {
      title,
      body: "## Was sich ändert\n\n- Die Fahrbahn wird gesperrt\n- Der Gehweg bleibt frei\n\nMehr beim [Bezirksamt](https://www.berlin.de/ba-treptow-koepenick/).",
      localities: ["Köpenick"],
      topics: ["Verkehr und Mobilität"],
    });
    await expect(managePanel(staff).getByText("veröffentlicht", { exact: true })).toBeVisible();

    // A visitor finds it in the list and on its own page, with the Markdown rendered.
    await page.goto("/bekanntmachungen");
    await expect(page.getByRole("heading", { level: 1, name: "Bekanntmachungen" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page).toHaveTitle(`${title} – Kiezwerk`);
    const article = page.getByRole("article");
    await expect(article.getByRole("heading", { level: 2, name: "Was sich ändert" })).toBeVisible();
    await expect(article.getByRole("listitem")).toHaveText(["Die Fahrbahn wird gesperrt", "Der Gehweg bleibt frei"]);
    const link = article.getByRole("link", { name: "Bezirksamt" });
    await expect(link).toHaveAttribute("href", "https://www.berlin.de/ba-treptow-koepenick/");
    await expect(link).toHaveAttribute("rel", "noopener noreferrer");
    await expect(article.getByText("Bezirksamt Treptow-Köpenick, Straßen- und Grünflächenamt")).toBeVisible();
    await expect(article.getByText(/^Veröffentlicht am \d+\. \S+ \d{4}$/)).toBeVisible();
    await expectAccessible(page);

    // Filtering by Köpenick finds it, by Adlershof not.
    await filterList(page, "Köpenick");
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    await expectAccessible(page);
    await filterList(page, "Adlershof");
    await expect(page.getByRole("link", { name: title })).toHaveCount(0);
    await expectAccessible(page);

    // The list points feed readers to the Atom feeds, which are valid XML in the Atom namespace.
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveCount(2);
    await expect(page.getByRole("link", { name: "Atom-Feed für Adlershof" })).toHaveAttribute("href", "/bekanntmachungen/ortsteil/adlershof/feed.xml");
    const feed = await fetchFeed(page, "/bekanntmachungen/feed.xml");
    expect(feed).toMatchObject({ parserErrors: 0, namespace: "http://www.w3.org/2005/Atom", rootName: "feed" });
    expect(feed.selfHref).toMatch(/^https?:\/\/[^/]+\/bekanntmachungen\/feed\.xml$/);
    expect(feed.entryTitles).toContain(title);
    expect((await fetchFeed(page, "/bekanntmachungen/ortsteil/koepenick/feed.xml")).entryTitles).toContain(title);
    expect((await fetchFeed(page, "/bekanntmachungen/ortsteil/adlershof/feed.xml")).entryTitles).not.toContain(title);
    await staff.context().close();
  });

  test("an edit after publication shows “aktualisiert am” on the page and in the list", async ({ browser, page }) => {
    const staff = await staffPage(browser);
    const title = uniqueTitle("Sprechstunde");
    await publishAnnouncement(staff, { title, body: "Jeden Dienstag.", localities: ["Adlershof"], topics: ["Bürgerbeteiligung"] });

    await page.goto("/bekanntmachungen");
    await page.getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("aktualisiert am")).toHaveCount(0);

    await managePanel(staff).getByRole("link", { name: "Bearbeiten" }).click();
    await expect(staff.getByRole("heading", { level: 1, name: "Bekanntmachung bearbeiten" })).toBeVisible();
    await expect(staff.getByLabel("Titel")).toHaveValue(title);
    await expectAccessible(staff);
    await staff.getByLabel("Text", { exact: true }).fill("Jeden Dienstag, jetzt **auch donnerstags**.");
    await staff.getByRole("button", { name: "Änderungen speichern" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "Die Bekanntmachung ist gespeichert." })).toBeVisible();
    await expect(staff.getByText(/aktualisiert am/)).toBeVisible();

    await page.reload();
    await expect(page.getByText(/, aktualisiert am \d+\. \S+ \d{4}$/)).toBeVisible();
    await expect(page.getByRole("article").locator("strong")).toHaveText("auch donnerstags");
    await expectAccessible(page);
    await page.goto("/bekanntmachungen");
    await expect(page.getByRole("listitem").filter({ has: page.getByRole("link", { name: title }) })).toContainText("aktualisiert am");
    await expectAccessible(page);
    await staff.context().close();
  });

  test("withdrawing hides an announcement from the public until it is published again; deleting asks first", async ({ browser, page }) => {
    const staff = await staffPage(browser);
    const title = uniqueTitle("Zurückgezogen");
    const staffUrl = await publishAnnouncement(staff, { title, body: "Bald nicht mehr zu sehen.", localities: ["Grünau"] });
    await page.goto("/bekanntmachungen");
    await page.getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const publicUrl = page.url();

    // Withdrawn: gone from the list, the page and the feed, still there for staff.
    await managePanel(staff).getByRole("button", { name: "Zurückziehen" }).click();
    await expect(managePanel(staff).getByText("Die Bekanntmachung ist zurückgezogen.")).toBeVisible();
    await expect(managePanel(staff).getByText("zurückgezogen", { exact: true })).toBeVisible();
    await expectAccessible(staff);
    await page.reload();
    await expect(page.getByRole("link", { name: title })).toHaveCount(0);
    expect((await page.goto(publicUrl))?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Seite nicht gefunden" })).toBeVisible();
    await expectAccessible(page);
    expect((await fetchFeed(page, "/bekanntmachungen/feed.xml")).entryTitles).not.toContain(title);

    await managePanel(staff).getByRole("button", { name: "Wieder veröffentlichen" }).click();
    await expect(managePanel(staff).getByText("Die Bekanntmachung ist wieder veröffentlicht.")).toBeVisible();
    expect((await page.goto(publicUrl))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

    // Deleting asks first, then removes it everywhere.
    await staff.goto(staffUrl);
    await managePanel(staff).getByRole("button", { name: "Löschen …" }).click();
    await expect(staff.getByRole("heading", { name: "Endgültig löschen?" })).toBeFocused();
    await expectAccessible(staff);
    await staff.getByRole("button", { name: "Endgültig löschen" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "Die Bekanntmachung wurde gelöscht." })).toBeVisible();
    await expect(staff.getByRole("link", { name: title, exact: true })).toHaveCount(0);
    await expectAccessible(staff);
    expect((await page.goto(publicUrl))?.status()).toBe(404);
    await staff.context().close();
  });

  test("a scheduled announcement is invisible to visitors and listed as “geplant” for staff", async ({ browser, page }) => {
    const staff = await staffPage(browser);
    const title = uniqueTitle("Ferienprogramm");
    const staffUrl = await publishAnnouncement(staff, {
      title,
      body: "Ab morgen zu lesen.",
      wholeDistrict: true,
      topics: ["Kultur und Freizeit"],
      publishAt: districtInput(new Date(Date.now() + 24 * 60 * 60 * 1000)),
    });
    await expect(managePanel(staff).getByText("geplant", { exact: true })).toBeVisible();
    await expect(managePanel(staff).getByText(/^Geplant: erscheint am /)).toBeVisible();
    // Not published yet: the preview says when it appears, never "Veröffentlicht" or "aktualisiert".
    await expect(staff.getByRole("article").getByText(/^Erscheint am \d+\. \S+ \d{4}$/)).toBeVisible();
    await expect(staff.getByRole("article").getByText(/Veröffentlicht am|aktualisiert am/)).toHaveCount(0);

    await staff.goto("/verwaltung/bekanntmachungen");
    await expect(staff.getByRole("row").filter({ has: staff.getByRole("link", { name: title, exact: true }) })).toContainText("geplant");
    await expectAccessible(staff);

    await page.goto("/bekanntmachungen");
    await expect(page.getByRole("heading", { level: 1, name: "Bekanntmachungen" })).toBeVisible();
    await expect(page.getByRole("link", { name: title })).toHaveCount(0);
    await expectAccessible(page);
    const id = staffUrl.split("/").pop()!.split("?")[0]!;
    expect((await page.goto(`/bekanntmachungen/${id}`))?.status()).toBe(404);
    expect((await fetchFeed(page, "/bekanntmachungen/feed.xml")).entryTitles).not.toContain(title);
    await staff.context().close();
  });

  test("a body full of XSS payloads renders inert, in the preview and on the page", async ({ browser, page }) => {
    const dialogs: string[] = [];
    const staff = await staffPage(browser);
    for (const p of [page, staff]) {
      p.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
    }
    const title = uniqueTitle("Sicherheitstest");
    await publishAnnouncement(staff, {
      title,
      body: [
        "Vorher.",
        "<script>alert('xss-script')</script>",
        "<img src=x onerror=alert('xss-img')>",
        "[Klick mich](javascript:alert('xss-link'))",
        "[Noch einer](JaVaScRiPt:alert('xss-case'))",
        "<svg onload=alert('xss-svg')>",
        '<iframe src="javascript:alert(\'xss-iframe\')"></iframe>',
        "![Bild](x\" onerror=\"alert('xss-image'))",
        "Nachher.",
      ].join("\n\n"),
      localities: ["Alt-Treptow"],
    });

    for (const p of [staff, page]) {
      if (p === page) {
        await page.goto("/bekanntmachungen");
        await page.getByRole("link", { name: title }).click();
        await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      }
      const article = p.getByRole("article");
      await expect(article.getByText("Nachher.")).toBeVisible();
      await expect(article.getByText("Klick mich")).toBeVisible();
      expect(await article.locator("script, iframe, svg, object, embed, img").count()).toBe(0);
      const inert = await article.evaluate((root) => ({
        handlers: [...root.querySelectorAll("*")].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
        scriptLinks: [...root.querySelectorAll("[href], [src]")]
          .map((el) => el.getAttribute("href") ?? el.getAttribute("src") ?? "")
          .filter((url) => /^\s*(javascript|data|vbscript):/i.test(url)),
      }));
      expect(inert).toEqual({ handlers: [], scriptLinks: [] });
      await expectAccessible(p);
    }
    // Give anything that might fire a moment to do so.
    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    await staff.context().close();
  });

  test("the compose form explains what is missing next to the field and keeps what was typed", async ({ page }) => {
    await signInWithPassword(page, "svenja");
    await page.goto("/verwaltung/bekanntmachungen/neu");
    const title = uniqueTitle("Unvollständig");
    await page.getByLabel("Titel").fill(title);
    await page.getByLabel("Text", { exact: true }).fill("## Zwischenüberschrift");
    await expect(page.getByRole("region", { name: "Vorschau" }).getByRole("heading", { level: 2, name: "Zwischenüberschrift" })).toBeVisible();
    await page.getByLabel("Veröffentlichen am (optional)").fill("2030-05-04T10:00");
    await page.getByLabel("Sichtbar bis (optional)").fill("2030-05-01T10:00");
    // Leaving the field checks it at once (its message appears); only then submit, so the button stays put.
    await page.getByLabel("Sichtbar bis (optional)").blur();
    await expect(page.getByText("Das Ende muss nach dem Veröffentlichungszeitpunkt liegen.")).toBeVisible();
    await page.getByRole("button", { name: "Veröffentlichen" }).click();

    await expect(page.getByLabel("Kurzfassung")).toHaveAccessibleDescription(/Bitte fülle dieses Feld aus\./);
    await expect(page.getByRole("group", { name: "Ortsteile" })).toHaveAccessibleDescription(/Bitte wähle mindestens einen Ortsteil oder „Ganzer Bezirk“\./);
    await expect(page.getByRole("group", { name: "Themen" })).toHaveAccessibleDescription(/Bitte wähle mindestens ein Thema\./);
    await expect(page.getByLabel("Sichtbar bis (optional)")).toHaveAccessibleDescription(/Das Ende muss nach dem Veröffentlichungszeitpunkt liegen\./);
    await expect(page.getByLabel("Titel")).toHaveValue(title);
    await expect(page.getByLabel("Text", { exact: true })).toHaveValue("## Zwischenüberschrift");
    // The author's own unit is preselected.
    await expect(page.getByLabel("Herausgebende Stelle")).toHaveValue(/\d+/);
    await expect(page.getByLabel("Herausgebende Stelle").locator("option:checked")).toHaveText("Straßen- und Grünflächenamt");
    await expectAccessible(page);
  });

  test("members and visitors cannot manage announcements", async ({ page }) => {
    await page.goto("/verwaltung/bekanntmachungen");
    await expect(page).toHaveURL(/\/anmelden\?callbackUrl=%2Fverwaltung%2Fbekanntmachungen$/);

    await signInWithPassword(page, "mira");
    for (const path of ["/verwaltung/bekanntmachungen", "/verwaltung/bekanntmachungen/neu"]) {
      expect((await page.goto(path))?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: "Kein Zugriff" })).toBeVisible();
    }
    await expectAccessible(page);
  });
});
