import { publishAnnouncement, uniqueTitle } from "./support/announcements";
import { expect, expectAccessible, test, uniqueName } from "./support/fixtures";
import { changeInterests, meinKiez, openMeinKiez, search, staffPage } from "./support/kiez";

test.describe("Mein Kiez", () => {
  test("an announcement for Köpenick reaches Köpenick members; an Adlershof member finds it only in the list and by search", async ({ browser, page, joinAsNewMember }) => {
    const staff = await staffPage(browser);
    const word = uniqueName("kiezfest");
    const title = uniqueTitle("Kiezfest am Schlossplatz");
    await publishAnnouncement(staff, { title, body: `Das ${word} beginnt am Samstag um 14 Uhr.`, localities: ["Köpenick"], topics: ["Kultur und Freizeit"] });

    // A member living in Köpenick follows Köpenick from the start: the announcement is on Mein Kiez.
    await joinAsNewMember({ locality: "Köpenick" });
    await openMeinKiez(page);
    await expect(meinKiez(page).getByText("Deine Ortsteile:").locator("..")).toContainText("Köpenick");
    await expect(meinKiez(page).getByRole("link", { name: title })).toBeVisible();
    await expectAccessible(page);

    // A member in Adlershof does not get it on Mein Kiez …
    await page.context().clearCookies();
    await joinAsNewMember({ locality: "Adlershof" });
    await openMeinKiez(page);
    await expect(meinKiez(page).getByRole("list", { name: "Bekanntmachungen für Mein Kiez" })).toBeVisible();
    await expect(meinKiez(page).getByRole("link", { name: title })).toHaveCount(0);
    await expectAccessible(page);

    // … but finds it in the public list and by searching for a word of its text.
    await meinKiez(page).getByRole("link", { name: "Alle Bekanntmachungen", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Bekanntmachungen" })).toBeVisible();
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    await search(page, word);
    const hits = page.getByRole("region", { name: "Bekanntmachungen", exact: true });
    await expect(hits.getByRole("link", { name: title })).toBeVisible();
    await expect(hits.locator("mark")).toHaveText([word]);
    await expectAccessible(page);
    await staff.context().close();
  });

  test("a member who follows nothing sees what to do instead of an empty list", async ({ page, joinAsNewMember }) => {
    await joinAsNewMember({ locality: "Grünau" });
    await changeInterests(page, { unfollow: { localities: ["Grünau"] } });

    await openMeinKiez(page);
    const section = meinKiez(page);
    await expect(section.getByRole("heading", { level: 3, name: "Gerade gibt es hier nichts für dich." })).toBeVisible();
    await expect(section.getByText("Du folgst noch keinem Ortsteil und keinem Thema.")).toBeVisible();
    await expect(section.getByRole("list", { name: "Bekanntmachungen für Mein Kiez" })).toHaveCount(0);
    await expect(section.getByRole("link", { name: "Alle Bekanntmachungen ansehen" })).toHaveAttribute("href", "/bekanntmachungen");
    await expectAccessible(page);

    await section.getByRole("link", { name: "Ortsteile und Themen wählen" }).click();
    await expect(page).toHaveURL(/\/einstellungen#mein-kiez$/);
    await expect(page.getByRole("group", { name: "Ortsteile, denen du folgst" }).getByLabel("Grünau", { exact: true })).not.toBeChecked();
    await expectAccessible(page);
  });

  test("following a topic in the settings brings its announcements onto Mein Kiez", async ({ browser, page, joinAsNewMember }) => {
    const staff = await staffPage(browser);
    const title = uniqueTitle("Gründungsberatung");
    await publishAnnouncement(staff, { title, body: "Beratung für Gründerinnen und Gründer.", localities: ["Schmöckwitz"], topics: ["Wirtschaft und Arbeit"] });

    await joinAsNewMember({ locality: "Köpenick" });
    await openMeinKiez(page);
    await expect(meinKiez(page).getByRole("link", { name: title })).toHaveCount(0);

    await changeInterests(page, { follow: { topics: ["Wirtschaft und Arbeit"] } });
    await expect(page.getByRole("group", { name: "Themen, denen du folgst" }).getByLabel("Wirtschaft und Arbeit", { exact: true })).toBeChecked();

    await openMeinKiez(page);
    await expect(meinKiez(page).getByText("Deine Themen:").locator("..")).toContainText("Wirtschaft und Arbeit");
    await expect(meinKiez(page).getByRole("link", { name: title })).toBeVisible();
    await expectAccessible(page);
    await staff.context().close();
  });
});
