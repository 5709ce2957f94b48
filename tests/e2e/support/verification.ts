import { expect, type Locator, type Page } from "@playwright/test";

/** A code as shown on screen and on letters: four groups of four, no 0/O/1/I/L. */
export const CODE_PATTERN = /^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/;

/** The office's page at /verifizierungscodes. */
export class VerificationCodesPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Verifizierungscodes" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: "Verifizierungscodes" })).toBeVisible();
  }

  get counter() {
    return this.page.getByRole("region", { name: "Code am Schalter ausgeben" });
  }

  get letters() {
    return this.page.getByRole("region", { name: "Codes für Briefe erzeugen" });
  }

  get sheet() {
    return this.page.getByRole("region", { name: "Briefe zum Drucken" });
  }

  /** Issues one code at the counter and returns it as shown. */
  async issueAtCounter(note: string): Promise<string> {
    await this.counter.getByLabel("Interne Notiz (freiwillig)").fill(note);
    await this.counter.getByRole("button", { name: "Code erzeugen" }).click();
    await expect(this.counter.getByRole("status")).toHaveText("Der Code ist erzeugt.");
    const code = this.counter.getByText(CODE_PATTERN);
    await expect(code).toBeVisible();
    return (await code.textContent())!;
  }

  /** The list row of a code, found by the unique note it was issued with (and its reference, for a letter run). */
  row(text: string): Locator {
    return this.page.getByRole("row").filter({ hasText: text });
  }
}

/** The "Konto verifizieren" section of the settings. */
export class SettingsVerification {
  constructor(private readonly page: Page) {}

  get section() {
    return this.page.getByRole("region", { name: "Konto verifizieren", exact: true });
  }

  async open() {
    await this.page.goto("/einstellungen");
    await expect(this.page.getByRole("heading", { level: 1, name: "Einstellungen" })).toBeVisible();
  }

  /**
   * Types a code and submits it. Waits for the server's answer (unless the form refuses the input
   * itself), so a repeated message is never mistaken for the answer to this attempt.
   */
  async redeem(code: string, { reachesServer = true } = {}) {
    await this.section.getByLabel("Verifizierungscode").fill(code);
    const answered = reachesServer
      ? this.page.waitForResponse((response) => response.request().method() === "POST" && response.request().headers()["next-action"] !== undefined)
      : null;
    await this.section.getByRole("button", { name: "Code einlösen" }).click();
    await answered;
  }
}
