import { expect, expectAccessible, signInWithPassword, signOut, test, uniqueName } from "./support/fixtures";
import { CODE_PATTERN, SettingsVerification, VerificationCodesPage } from "./support/verification";

test.describe("Verified identities", () => {
  test("a code from the counter verifies a new member once; the badge appears; a second use and a wrong code are refused clearly", async ({
    browser,
    page,
    joinAsNewMember,
  }) => {
    // The office, in its own browser, hands out a code at the counter.
    const officeContext = await browser.newContext();
    const office = await officeContext.newPage();
    await signInWithPassword(office, "ada");
    const codes = new VerificationCodesPage(office);
    await codes.open();
    await expectAccessible(office);
    const note = uniqueName("Schalter ");
    const code = await codes.issueAtCounter(note);
    await expect(codes.counter.getByText("Dieser Code wird nur jetzt angezeigt und nicht im Klartext gespeichert.", { exact: false })).toBeVisible();
    await expectAccessible(office);
    await expect(codes.row(note)).toContainText("Offen");

    // A new member first mistypes, then enters the code the way people type.
    const member = await joinAsNewMember();
    const settings = new SettingsVerification(page);
    await settings.open();
    await expect(page.getByRole("banner").getByText("Verifiziert", { exact: true })).toHaveCount(0);
    await expectAccessible(page);
    // A well-formed code that was never issued (the chance of hitting a real one is about 2^-79).
    await settings.redeem("K7QM-4TZP-W9XH-3RDA");
    await expect(settings.section.getByRole("status")).toHaveText("Diesen Code gibt es nicht. Bitte prüfe deine Eingabe.");
    await expect(settings.section.getByText("Bitte vergleiche ihn Zeichen für Zeichen mit deinem Brief oder Zettel.", { exact: false })).toBeVisible();
    await expect(settings.section.getByLabel("Verifizierungscode")).toHaveValue("K7QM-4TZP-W9XH-3RDA");
    await expectAccessible(page);

    await settings.redeem(code.toLowerCase().replaceAll("-", " "));
    await expect(page.getByRole("heading", { level: 2, name: "Konto verifiziert" })).toBeVisible();
    await expect(page.getByText(/^Dein Konto ist seit .+ verifiziert\.$/)).toBeVisible();
    await expect(page.getByLabel("Verifizierungscode")).toHaveCount(0);
    await expect(page.getByRole("banner")).toContainText(`Angemeldet als ${member.displayName}`);
    await expect(page.getByRole("banner").getByText("Verifiziert", { exact: true })).toBeVisible();
    await expectAccessible(page);

    // A second member cannot use the same code again; what they typed stays.
    await signOut(page);
    await joinAsNewMember();
    await settings.open();
    await settings.redeem(code);
    await expect(settings.section.getByRole("status")).toHaveText("Dieser Code wurde bereits eingelöst.");
    await expect(settings.section.getByText("Jeder Code funktioniert nur einmal.", { exact: false })).toBeVisible();
    await expect(settings.section.getByLabel("Verifizierungscode")).toHaveValue(code);
    await expect(page.getByRole("banner").getByText("Verifiziert", { exact: true })).toHaveCount(0);
    await expectAccessible(page);

    // The office sees the code as used, and the first member's name carries the badge in the admin list.
    await office.reload();
    await expect(codes.row(note)).toContainText("Eingelöst am");
    await office.goto(`/admin?q=${member.username}`);
    const nameCell = office.getByRole("row").filter({ hasText: member.displayName }).getByRole("cell").first();
    await expect(nameCell.getByText("Verifiziert", { exact: true })).toBeVisible();
    await officeContext.close();
  });

  test("a letter run prints one letter per code with instructions; a revoked code is refused", async ({ browser, page, joinAsNewMember }) => {
    const officeContext = await browser.newContext();
    const office = await officeContext.newPage();
    await signInWithPassword(office, "svenja");
    const codes = new VerificationCodesPage(office);
    await codes.open();

    // Out of range: a clear message next to the field, the number stays.
    await codes.letters.getByLabel("Anzahl der Briefe").fill("201");
    await codes.letters.getByRole("button", { name: "Briefe erzeugen" }).click();
    await expect(codes.letters.getByText("Bitte gib eine ganze Zahl von 1 bis 200 ein.")).toBeVisible();
    await expect(codes.letters.getByLabel("Anzahl der Briefe")).toHaveValue("201");
    await expectAccessible(office);

    const note = uniqueName("Briefe ");
    await codes.letters.getByLabel("Anzahl der Briefe").fill("3");
    await codes.letters.getByLabel("Interne Notiz (freiwillig)").fill(note);
    await codes.letters.getByRole("button", { name: "Briefe erzeugen" }).click();
    await expect(codes.letters.getByRole("status")).toHaveText("3 Briefe sind zum Drucken bereit.");

    const letters = codes.sheet.getByRole("article");
    await expect(letters).toHaveCount(3);
    const printed = await letters.getByText(CODE_PATTERN).allTextContents();
    expect(new Set(printed).size).toBe(3);
    for (const letter of await letters.all()) {
      await expect(letter.getByRole("heading", { name: "Dein Verifizierungscode für Kiezwerk" })).toBeVisible();
      await expect(letter).toContainText("Öffne „Einstellungen“ und gehe zum Abschnitt „Konto verifizieren“.");
      await expect(letter).toContainText(/Der Code gilt bis zum \d{1,2}\. \S+ \d{4} und funktioniert nur ein einziges Mal\./);
    }
    await expectAccessible(office);

    // "Drucken" opens the browser's print dialog; printing shows the letters only.
    await office.evaluate(() => {
      window.print = () => document.body.setAttribute("data-printed", "yes");
    });
    await codes.sheet.getByRole("button", { name: "Drucken" }).click();
    await expect(office.locator("body")).toHaveAttribute("data-printed", "yes");
    await office.emulateMedia({ media: "print" });
    await expect(office.getByRole("banner")).toBeHidden();
    await expect(office.getByRole("contentinfo")).toBeHidden();
    await expect(codes.letters).toBeHidden();
    await expect(letters.first()).toBeVisible();
    await office.emulateMedia({ media: "screen" });

    // The office revokes the first letter's code (found by the reference printed on it) after confirming.
    const reference = (await letters.first().getByText(/^Referenz [0-9A-F]{8}$/).textContent())!.replace("Referenz ", "");
    const revokedCode = (await letters.first().getByText(CODE_PATTERN).textContent())!;
    await expect(codes.row(note)).toHaveCount(3);
    const row = codes.row(reference);
    await row.getByRole("button", { name: /^Widerrufen/ }).click();
    await expect(row.getByText(`Code ${reference} wirklich widerrufen?`, { exact: false })).toBeVisible();
    await expectAccessible(office);
    await row.getByLabel("Begründung (freiwillig)").fill("Brief kam unzustellbar zurück");
    await row.getByRole("button", { name: "Ja, widerrufen" }).click();
    await expect(office.getByText(`Code ${reference} ist widerrufen.`)).toBeVisible();
    await expect(row).toContainText("Widerrufen am");
    await expectAccessible(office);
    await officeContext.close();

    // A member who got that letter cannot use the code any more.
    await joinAsNewMember();
    const settings = new SettingsVerification(page);
    await settings.open();
    await settings.redeem(revokedCode);
    await expect(settings.section.getByRole("status")).toHaveText("Dieser Code wurde widerrufen.");
    await expect(settings.section.getByText("Dieser Code wurde vom Bezirksamt widerrufen und gilt nicht mehr.", { exact: false })).toBeVisible();
    await expectAccessible(page);
  });

  test("wrong codes are limited per account, with the wait time, and a malformed code is explained before it counts", async ({ page, joinAsNewMember }) => {
    await joinAsNewMember();
    const settings = new SettingsVerification(page);
    await settings.open();

    await settings.redeem("O0I1-L", { reachesServer: false });
    await expect(settings.section.getByText("Codes enthalten kein O, keine 0, kein I, kein L und keine 1", { exact: false })).toBeVisible();
    await settings.redeem("K7QM-4TZP", { reachesServer: false });
    await expect(settings.section.getByText("Ein Code hat 16 Zeichen", { exact: false })).toBeVisible();
    await expectAccessible(page);

    for (let i = 0; i < 5; i++) {
      await settings.redeem(`K7QM-4TZP-W9XH-3RD${"ABCDE"[i]}`);
      await expect(settings.section.getByRole("status")).toHaveText("Diesen Code gibt es nicht. Bitte prüfe deine Eingabe.");
    }
    await settings.redeem("K7QM-4TZP-W9XH-3RDF");
    await expect(settings.section.getByRole("status")).toContainText(/Zu viele Versuche\. Bitte warte 1[45] Minuten/);
    await expect(settings.section.getByLabel("Verifizierungscode")).toHaveValue("K7QM-4TZP-W9XH-3RDF");
    await expectAccessible(page);
  });

  test("members cannot open the office's code page", async ({ page, joinAsNewMember }) => {
    await joinAsNewMember();
    await expect(page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Verifizierungscodes" })).toHaveCount(0);
    expect((await page.goto("/verifizierungscodes"))?.status()).toBe(403);
  });
});
