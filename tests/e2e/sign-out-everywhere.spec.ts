import { expect, expectAccessible, requestSignInLink, test } from "./support/fixtures";

test.describe("Signing out everywhere", () => {
  test("asks first, says afterwards what happened, and a second browser shows signed-out at its next click", async ({ browser, page, outbox, joinAsNewMember }) => {
    test.slow();
    const member = await joinAsNewMember();

    // The same person in a second browser.
    const other = await (await browser.newContext()).newPage();
    await other.goto(await outbox.newSignInLink(member.email, () => requestSignInLink(other, member.email)));
    await expect(other.getByText(`Angemeldet als ${member.displayName}`)).toBeVisible();

    await page.goto("/einstellungen");
    const sessions = page.getByRole("region", { name: "Sitzungen" });
    await sessions.getByRole("button", { name: "Überall abmelden" }).click();
    // A confirmation first; cancelling changes nothing.
    const confirmation = sessions.getByRole("group", { name: /Wirklich auf allen Geräten abmelden/ });
    await expect(confirmation).toBeVisible();
    await expectAccessible(page);
    await confirmation.getByRole("button", { name: "Abbrechen" }).click();
    await expect(sessions.getByRole("button", { name: "Überall abmelden" })).toBeFocused();
    await sessions.getByRole("button", { name: "Überall abmelden" }).click();
    await confirmation.getByRole("button", { name: "Ja, überall abmelden" }).click();

    // Afterwards: the sign-in page says so.
    await expect(page).toHaveURL(/\/anmelden\?abgemeldet=ueberall$/);
    await expect(page.getByRole("status").filter({ hasText: "Du bist jetzt auf allen Geräten abgemeldet, auch auf diesem." })).toBeVisible();
    await expect(page.getByText(/^Angemeldet als /)).toHaveCount(0);
    await expectAccessible(page);

    // The other browser, without reloading: its next click shows it signed out.
    await other.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Bekanntmachungen" }).click();
    await expect(other.getByRole("heading", { level: 1, name: "Bekanntmachungen" })).toBeVisible();
    await expect(other.getByText(/^Angemeldet als /)).toHaveCount(0);
    await expect(other.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Anmelden" })).toBeVisible();
  });
});
