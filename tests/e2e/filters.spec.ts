import { expect, expectAccessible, test } from "./support/fixtures";
import { waitUntilInteractive } from "./support/kiez";

test.describe("Filter addresses", () => {
  test("filtering announcements by topic alone leaves the empty locality out of the address", async ({ page }) => {
    await page.goto("/bekanntmachungen");
    const show = page.getByRole("button", { name: "Anzeigen" });
    await waitUntilInteractive(show);
    await page.getByLabel("Thema").selectOption({ label: "Verkehr und Mobilität" });
    await show.click();
    await expect(page).toHaveURL(/\/bekanntmachungen\?thema=[^&]+$/);
    await expect(page.getByLabel("Thema")).toHaveValue(/.+/);
    await expectAccessible(page);
  });
});
