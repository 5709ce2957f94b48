import { execFile } from "node:child_process";
import { promisify } from "node:util";
import postgres from "postgres";
import type { Page } from "@playwright/test";
import { uniqueTitle } from "./support/announcements";
import { E2E_AUTH_SECRET, E2E_ENVIRONMENTS, e2eBaseUrl, e2eDataDir, e2eOutboxDir } from "./environments";
import { expect, expectAccessible, signInWithPassword, test } from "./support/fixtures";
import { waitUntilInteractive } from "./support/kiez";

const run = promisify(execFile);

/** The hourly resolution check, now: the script the worker's schedule runs, against this suite's server data. */
async function runResolutionCheck() {
  await run("npx", ["--no-install", "tsx", "--conditions=react-server", "scripts/resolution-check.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: E2E_ENVIRONMENTS.postgres.databaseUrl,
      KIEZWERK_DATA_DIR: e2eDataDir("postgres"),
      MAIL_OUTBOX_DIR: e2eOutboxDir("postgres"),
      MAIL_TRANSPORT: "outbox",
      AUTH_URL: e2eBaseUrl("postgres"),
      AUTH_SECRET: E2E_AUTH_SECRET,
      SEED_DEMO: "0",
    },
  });
}

/** Four weeks pass: the concern was resolved 29 days ago. */
async function resolvedLongAgo(title: string) {
  const sql = postgres(E2E_ENVIRONMENTS.postgres.databaseUrl, { max: 1 });
  try {
    await sql`update concerns set resolved_at = now() - interval '29 days' where title = ${title}`;
  } finally {
    await sql.end();
  }
}

async function signedIn(page: Page, username: string) {
  await signInWithPassword(page, username);
  return page;
}

async function expectNotification(page: Page, text: string) {
  await page.goto("/benachrichtigungen");
  await expect(page.getByText(text)).toBeVisible();
}

test.describe("Concerns", () => {
  test("a resident files a concern, a neighbour co-signs, the road department answers and resolves, and the resolution check reopens it", async ({ page, browser, environment }) => {
    test.skip(environment !== "postgres", "the resolution check script runs against the PostgreSQL server's data");
    test.setTimeout(240_000);
    const title = uniqueTitle("Gefährliche Kreuzung Bouchéstraße");

    // Anton (verified) files it from the navigation; bad input first: the message is next to the field, the text stays.
    await signedIn(page, "anton");
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Anliegen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Anliegen" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Anliegen melden" }).click();
    const submit = page.getByRole("button", { name: "Anliegen absenden" });
    await waitUntilInteractive(submit);
    await page.getByLabel("Worum geht es?").fill("Weg");
    await page.getByLabel("Beschreibung").fill("Kinder queren morgens ohne Ampel, Autos biegen schnell ab.");
    await submit.click();
    await expect(page.getByText("Der Titel braucht mindestens 5 Zeichen.")).toBeVisible();
    await expect(page.getByText("Wähle eine Kategorie.")).toBeVisible();
    await expect(page.getByLabel("Beschreibung")).toHaveValue("Kinder queren morgens ohne Ampel, Autos biegen schnell ab.");
    await page.getByLabel("Worum geht es?").fill(title);
    await page.getByLabel("Kategorie").selectOption({ label: "Verkehrssicherheit und Schulwege (Straßen- und Grünflächenamt)" });
    await page.getByLabel("Ortsteil").selectOption({ label: "Alt-Treptow" });
    await page.getByLabel("Adresse oder Ort (freiwillig)").fill("Bouchéstraße / Heidelberger Straße");
    await expectAccessible(page);
    await submit.click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("Eingegangen", { exact: true })).toBeVisible();
    await expect(page.getByText(/seit heute offen, Antwort fällig am/)).toBeVisible();
    await expect(page.getByText("Straßen- und Grünflächenamt")).toBeVisible();
    await expectAccessible(page);
    const concernUrl = page.url();
    // A feed reader (no session) finds it in the public concerns' feed.
    const feedReader = await browser.newContext();
    const feed = async () => (await feedReader.request.get("/anliegen/feed.xml")).text();
    expect(await feed()).toContain(`<title type="text">${title}</title>`);

    // Moritz, a verified neighbour, co-signs: once.
    const neighbour = await signedIn(await (await browser.newContext()).newPage(), "moritz");
    await neighbour.goto(concernUrl);
    const cosign = neighbour.getByRole("button", { name: "Mitzeichnen" });
    await waitUntilInteractive(cosign);
    await cosign.click();
    await expect(neighbour.getByText("Du hast dieses Anliegen mitgezeichnet.")).toBeVisible();
    await expect(neighbour.getByRole("button", { name: "Mitzeichnen" })).toHaveCount(0);
    await expect(neighbour.getByText("1 Person", { exact: true })).toBeVisible();

    // Svenja of the road department finds it in her inbox, takes it on and answers "in Bearbeitung".
    const staff = await signedIn(await (await browser.newContext()).newPage(), "svenja");
    await staff.goto("/verwaltung");
    await staff.getByRole("link", { name: "Zum Eingang der Anliegen" }).click();
    await expect(staff.getByRole("heading", { level: 1, name: "Anliegen – Eingang" })).toBeVisible();
    await expectAccessible(staff);
    await staff.getByRole("link", { name: title }).click();
    await expect(staff.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const claim = staff.getByRole("button", { name: "Übernehmen" });
    await waitUntilInteractive(claim);
    await claim.click();
    await expect(staff.getByText("Übernommen von Svenja Sachbearbeiterin.")).toBeVisible();
    await staff.getByLabel("Neue interne Notiz").fill("Intern: Unfallzahlen bei der Polizei anfragen");
    await staff.getByRole("button", { name: "Notiz speichern" }).click();
    await expect(staff.getByText("Die Notiz ist gespeichert.")).toBeVisible();
    await staff.getByLabel("Neuer Stand").selectOption({ label: "In Bearbeitung" });
    await staff.getByLabel("Öffentlicher Text").fill("Beim Ortstermin haben wir die Sichtbehinderung bestätigt; Poller sind beauftragt.");
    await staff.getByRole("button", { name: "Antwort veröffentlichen" }).click();
    await expect(staff.getByText("Die Antwort ist veröffentlicht.")).toBeVisible();
    await expect(staff.getByText("am selben Tag beantwortet")).toBeVisible();
    await expectAccessible(staff);

    // The resident and the co-signer are told; the public page shows the answer, never the internal note.
    await expectNotification(page, `Neuer Stand zum Anliegen „${title}“: In Bearbeitung.`);
    await expectNotification(neighbour, `Neuer Stand zum Anliegen „${title}“: In Bearbeitung.`);
    await neighbour.goto(concernUrl);
    await expect(neighbour.getByText("Beim Ortstermin haben wir die Sichtbehinderung bestätigt; Poller sind beauftragt.")).toBeVisible();
    await expect(neighbour.getByText(/Unfallzahlen/)).toHaveCount(0);
    await neighbour.context().close();
    // The feed reader's cached copy was renewed by the answer: it carries the new status, never the internal note.
    const renewed = await feed();
    expect(renewed).toContain("Stand: In Bearbeitung");
    expect(renewed).not.toContain("Unfallzahlen");
    // Open data: the concern in the public CSV with its department and status, nobody's name; the department in the response figures.
    const csv = await (await feedReader.request.get("/anliegen/liste.csv")).text();
    const line = csv.split("\r\n").find((l) => l.includes(title));
    expect(line).toContain("Straßen- und Grünflächenamt,in_progress,");
    expect(line).not.toContain("Anton");
    expect(await (await feedReader.request.get("/transparenz/fachbereiche.csv")).text()).toMatch(/\r\n\d{4}-\d{2},Straßen- und Grünflächenamt,\d+,\d+,/);
    await feedReader.close();

    // Staff resolve it.
    await staff.getByLabel("Neuer Stand").selectOption({ label: "Erledigt" });
    await staff.getByLabel("Öffentlicher Text").fill("Die Poller stehen, der Zebrastreifen ist markiert.");
    await staff.getByRole("button", { name: "Antwort veröffentlichen" }).click();
    await expect(staff.getByText("Die Antwort ist veröffentlicht.")).toBeVisible();

    // Four weeks later the resolution check asks Anton; he answers no, and the concern is open again.
    await resolvedLongAgo(title);
    await runResolutionCheck();
    await expectNotification(page, `Ist dein Anliegen „${title}“ wirklich gelöst?`);
    await page.goto(concernUrl);
    await expect(page.getByRole("heading", { level: 2, name: "Ist das wirklich gelöst?" })).toBeVisible();
    await waitUntilInteractive(page.getByRole("button", { name: "Nein, nicht gelöst – wieder öffnen" }));
    await page.getByLabel("Was ist noch nicht gelöst?").fill("Die Poller sind schon wieder umgefahren.");
    await page.getByRole("button", { name: "Nein, nicht gelöst – wieder öffnen" }).click();
    await expect(page.getByText("In Prüfung", { exact: true })).toBeVisible();
    await expect(page.getByText("Die Poller sind schon wieder umgefahren.")).toBeVisible();
    await expectAccessible(page);

    // It is back in the road department's inbox as "in Prüfung".
    await staff.goto("/verwaltung/anliegen?status=in_review");
    await expect(staff.getByRole("link", { name: title })).toBeVisible();
    await staff.context().close();
  });
});
