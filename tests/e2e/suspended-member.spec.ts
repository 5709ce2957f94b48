import { publishAnnouncement, uniqueTitle } from "./support/announcements";
import { expect, expectAccessible, requestSignInLink, signInWithPassword, test } from "./support/fixtures";
import { openAnnouncement, staffPage, waitUntilInteractive } from "./support/kiez";

test.describe("A member suspended while the page is open", () => {
  test("is told the comment was not saved because they are no longer signed in, keeps the text, and then reads public pages as a visitor", async ({
    browser,
    page,
    outbox,
    joinAsNewMember,
  }) => {
    const staff = await staffPage(browser);
    const title = uniqueTitle("Wochenmarkt");
    await publishAnnouncement(staff, { title, body: "Der Wochenmarkt zieht um.", localities: ["Köpenick"], topics: ["Umwelt und Grünflächen"] });
    await staff.context().close();

    const member = await joinAsNewMember({ locality: "Köpenick" });
    await openAnnouncement(page, title);
    const field = page.getByLabel("Dein Kommentar");
    await waitUntilInteractive(field);
    const typed = "Endlich! Aber bitte mit Fahrradständern am neuen Platz.";
    await field.fill(typed);

    // Meanwhile an admin suspends the account.
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signInWithPassword(admin, "ada");
    await admin.goto("/admin");
    await admin.getByLabel("Suchbegriff").fill(member.username);
    await admin.getByRole("button", { name: "Suchen" }).click();
    await admin.getByRole("link", { name: member.displayName }).click();
    const suspension = admin.getByRole("region", { name: "Sperre", exact: true });
    await suspension.getByLabel("Dauer").selectOption({ label: "7 Tage" });
    await suspension.getByLabel("Regel der Nutzungsbedingungen").selectOption("respect");
    await suspension.getByLabel("Sachverhalt").fill("Wiederholte Beleidigungen in Kommentaren");
    await suspension.getByRole("button", { name: "Konto sperren" }).click();
    await expect(admin.getByText("Das Konto ist gesperrt. Die Sperre gilt ab dem nächsten Seitenaufruf der Person.")).toBeVisible();
    await adminContext.close();

    // The member submits: no crash, a clear sentence, the text still in the field.
    await page.getByRole("button", { name: "Kommentar veröffentlichen" }).click();
    await expect(page.getByRole("alert").or(page.getByRole("status")).filter({ hasText: "Du bist nicht mehr angemeldet" })).toContainText(
      "weil dein Konto gesperrt wurde",
    );
    await expect(page.getByText("Deshalb wurde nichts gespeichert; deine Eingaben sind noch da.", { exact: false })).toBeVisible();
    await expect(field).toHaveValue(typed);
    await expectAccessible(page);

    // Signed in again, they read public pages as a visitor does, with a note that leads to the suspension.
    await page.goto(await outbox.newSignInLink(member.email, () => requestSignInLink(page, member.email)));
    const notice = page.getByRole("main").getByText("Dein Konto ist gesperrt. Du kannst lesen, was alle lesen können", { exact: false });
    await expect(notice).toBeVisible();
    await openAnnouncement(page, title);
    await expect(page.getByText("Dein Konto ist gesperrt, deshalb kannst du gerade nicht kommentieren.")).toBeVisible();
    await expect(page.getByLabel("Dein Kommentar")).toHaveCount(0);
    await expectAccessible(page);
    for (const path of ["/suche", "/transparenz", "/impressum"]) {
      await page.goto(path);
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(notice).toBeVisible();
    }
    // Their member areas stay closed and lead to the suspension page, which the note also links to.
    await page.goto("/einstellungen");
    await expect(page).toHaveURL(/\/gesperrt$/);
    await page.goto("/transparenz");
    await page.getByRole("main").getByRole("link", { name: "Warum, bis wann und wie du widersprechen kannst" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Dein Konto ist gesperrt" })).toBeVisible();
    await expect(page.getByText("Wiederholte Beleidigungen in Kommentaren")).toBeVisible();
    await expect(notice).toHaveCount(0);
    await expectAccessible(page);
  });
});
