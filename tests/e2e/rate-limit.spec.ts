import { expect, expectAccessible, requestSignInLink, signOut, test, uniqueName } from "./support/fixtures";

test("asking for links too often gets a clear message with the wait time, and the address stays", async ({ page }) => {
  const email = `${uniqueName("eilig")}@example.org`;
  for (let i = 0; i < 3; i++) {
    await requestSignInLink(page, email);
    await expect(page.getByRole("status")).toContainText("Fast geschafft");
  }
  await requestSignInLink(page, email);
  await expect(page.getByRole("status")).toContainText(/Zu viele Versuche\. Bitte warte \d+ Minuten? und versuche es dann erneut\./);
  await expect(page.getByLabel("E-Mail-Adresse")).toHaveValue(email);
  await expectAccessible(page);
});

test("too many wrong passwords for one account are stopped with the wait time", async ({ page, joinAsNewMember }) => {
  const member = await joinAsNewMember();
  await signOut(page);
  await page.goto("/anmelden");
  await page.getByLabel("Benutzername oder E-Mail-Adresse").fill(member.username);
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Passwort", { exact: true }).fill(`falsch-${i}`);
    await page.getByRole("button", { name: "Anmelden", exact: true }).click();
    await expect(page.getByRole("region", { name: "Mit Passwort" }).getByRole("status")).toHaveText("Benutzername/E-Mail oder Passwort ist falsch.");
  }
  await page.getByLabel("Passwort", { exact: true }).fill("falsch-6");
  await page.getByRole("button", { name: "Anmelden", exact: true }).click();
  await expect(page.getByRole("region", { name: "Mit Passwort" }).getByRole("status")).toContainText(/Zu viele Versuche\. Bitte warte 1[45] Minuten/);
  await expect(page.getByLabel("Benutzername oder E-Mail-Adresse")).toHaveValue(member.username);
});
