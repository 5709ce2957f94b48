import { districtInput, uniqueTitle } from "./support/announcements";
import { expect, expectAccessible, test } from "./support/fixtures";
import { staffPage } from "./support/kiez";

const DAY = 24 * 60 * 60 * 1000;

test.describe("The visitors' home page", () => {
  test("shows what is happening: the newest announcements, what ends soon and a search field — and names no feature that is missing", async ({ browser, page }) => {
    test.slow();
    // Staff publish an announcement that is visible for one more day only.
    const staff = await staffPage(browser);
    const title = uniqueTitle("Wochenmarkt zieht um");
    await staff.goto("/verwaltung/bekanntmachungen/neu");
    await staff.getByLabel("Titel").fill(title);
    await staff.getByLabel("Kurzfassung").fill("Der Wochenmarkt steht diese Woche auf dem Schlossplatz.");
    await staff.getByLabel("Text", { exact: true }).fill("Wegen Bauarbeiten zieht der Wochenmarkt für eine Woche um.");
    await staff.getByRole("group", { name: "Ortsteile" }).getByLabel("Köpenick", { exact: true }).check();
    await staff.getByRole("group", { name: "Themen" }).getByLabel("Verkehr und Mobilität", { exact: true }).check();
    await staff.getByLabel("Sichtbar bis (optional)").fill(districtInput(new Date(Date.now() + DAY)));
    await staff.getByRole("button", { name: "Veröffentlichen" }).click();
    await expect(staff.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await staff.context().close();

    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const latest = page.getByRole("region", { name: "Neueste Bekanntmachungen" });
    await expect(latest.getByRole("link", { name: title })).toBeVisible();
    await expect(latest.getByRole("heading", { level: 3 })).toHaveCount(5);
    const ending = page.getByRole("region", { name: "Nur noch kurz sichtbar" });
    await expect(ending.getByRole("listitem").filter({ hasText: title })).toContainText("sichtbar bis");
    // Nothing promises what the platform does not have yet (the announcements themselves may say anything).
    for (const region of [page.getByRole("region", { name: /^Gemeinsam für/ }), page.getByRole("region", { name: "Mitmachen" })]) {
      await expect(region).toBeVisible();
      await expect(region).not.toContainText(/Projekt|Idee|Anliegen/);
    }
    await expectAccessible(page);

    // The search field leads to the results.
    const searchBox = page.getByRole("search", { name: "Kiezwerk durchsuchen" });
    await searchBox.getByLabel("Suchbegriffe").fill("Wochenmarkt");
    await searchBox.getByRole("button", { name: "Suchen" }).click();
    await expect(page).toHaveURL(/\/suche\?q=Wochenmarkt$/);
    await expect(page.getByRole("link", { name: title })).toBeVisible();
  });

  test("can be added to a phone's home screen: the page names a web app manifest whose icons exist", async ({ page, request }) => {
    await page.goto("/");
    const href = await page.locator('link[rel="manifest"]').getAttribute("href");
    expect(href).toBe("/manifest.webmanifest");
    const manifest = await (await request.get(href!)).json();
    expect(manifest).toMatchObject({ name: "Kiezwerk Treptow-Köpenick", short_name: "Kiezwerk", lang: "de", display: "standalone", start_url: "/" });
    const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
    expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    for (const icon of manifest.icons as Array<{ src: string }>) {
      const response = await request.get(icon.src);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/png");
    }
    expect((await request.get((await page.locator('link[rel="apple-touch-icon"]').getAttribute("href"))!)).status()).toBe(200);
  });

  test("in English says the same without promising projects, ideas or concerns", async ({ page, baseURL }) => {
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
    await page.goto("/");
    await expect(page.getByRole("region", { name: "Latest announcements" }).getByRole("listitem").first()).toBeVisible();
    await expect(page.getByRole("search")).toBeVisible();
    for (const region of [page.getByRole("region", { name: /^Together for/ }), page.getByRole("region", { name: "Join" })]) {
      await expect(region).toBeVisible();
      await expect(region).not.toContainText(/\b(projects?|ideas?|concerns?)\b/i);
    }
    await expectAccessible(page);
  });

  test("in the English UI, what people wrote is marked as German (WCAG 3.1.2): titles, texts, comments, names", async ({ page, baseURL }) => {
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
    await page.goto("/bekanntmachungen");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const title = page.getByRole("link", { name: "Schulwegsicherheit an der Bouché-Grundschule: Ergebnisse der Verkehrszählung" });
    await expect(title).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { level: 1, name: "Announcements" })).not.toHaveAttribute("lang", "de");
    await title.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "de");
    const comment = page.getByRole("list", { name: "Comments, oldest first" }).getByRole("listitem").first();
    await expect(comment.locator("[lang=de]").first()).toBeVisible();
    await expect(page.locator("article [lang=de]").filter({ hasText: "Verkehrszählung" }).first()).toBeVisible();
    await expectAccessible(page);
  });
});
