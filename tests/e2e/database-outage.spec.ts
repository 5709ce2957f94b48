import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { e2eExtraPort } from "./environments";
import { expect, expectAccessible, test } from "./support/fixtures";

/**
 * With the database unreachable. The suite's servers share a real database, which must not be
 * stopped, so this spec starts a production server of its own whose DATABASE_URL points at a port
 * where nothing listens. It goes straight to our HTTP server (scripts/next-server.ts), not through
 * scripts/run-next.ts, which would try to migrate that database first.
 */
const PORT = e2eExtraPort(3109);
const ORIGIN = `http://localhost:${PORT}`;
let server: ChildProcess | undefined;

async function startOutageServer() {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/next-server.ts", "start"], {
    cwd: path.resolve(__dirname, "../.."),
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(PORT),
      DATABASE_URL: "postgres://postgres@127.0.0.1:1/none",
      AUTH_URL: ORIGIN,
      AUTH_SECRET: "e2e-outage-secret-not-for-production-0123456789",
      MAIL_TRANSPORT: "outbox",
      KIEZWERK_DATA_DIR: path.resolve(__dirname, "../../.data/e2e-outage"),
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk) => (stderr += chunk));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`outage server exited with ${child.exitCode}: ${stderr}`);
    const answered = await fetch(`${ORIGIN}/impressum`).then(
      () => true,
      () => false,
    );
    if (answered) return child;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill("SIGTERM");
  throw new Error(`outage server did not answer within 60 s: ${stderr}`);
}

test.describe("while the database is unreachable", () => {
  test.beforeAll(async ({}, testInfo) => {
    // One outage server is enough: it does not depend on which database the project's server uses.
    test.skip(testInfo.project.name !== "postgres", "runs in the postgres project only");
    testInfo.setTimeout(90_000);
    server = await startOutageServer();
  });

  test.afterAll(async () => {
    if (!server || server.exitCode !== null) return;
    const exited = once(server, "exit");
    server.kill("SIGTERM");
    await exited;
  });

  test("a visitor gets the imprint's 503 page in German, with Retry-After, accessible and without sideways scrolling", async ({ page }) => {
    const response = await page.goto(`${ORIGIN}/impressum`);
    expect(response?.status()).toBe(503);
    expect(response?.headers()["retry-after"]).toMatch(/^\d+$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { level: 1, name: "Kiezwerk ist gerade nicht erreichbar" })).toBeVisible();
    await expect(page.getByText("Bitte versuche es in ein paar Minuten noch einmal.")).toBeVisible();
    await expect(page.getByText("Kiezwerk is unavailable right now.")).toHaveAttribute("lang", "en");
    await expect(page.getByText(/ECONNREFUSED|Internal Server Error|couldn.t load/)).toHaveCount(0);
    await expectAccessible(page);

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole("link", { name: "Seite neu laden" }).click();
    await expect(page).toHaveURL(`${ORIGIN}/impressum`);
    await expect(page.getByRole("heading", { level: 1, name: "Kiezwerk ist gerade nicht erreichbar" })).toBeVisible();
  });

  test("a reader who chose English gets it in English", async ({ page, context }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: ORIGIN }]);
    const response = await page.goto(`${ORIGIN}/impressum`);
    expect(response?.status()).toBe(503);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: "Kiezwerk is unavailable right now" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Reload the page" })).toBeVisible();
    await expectAccessible(page);
  });

  test("someone with a session cookie gets the same page, not a 500", async ({ page, context }) => {
    await context.addCookies([{ name: "authjs.session-token", value: "a-session-the-gate-cannot-look-up", url: ORIGIN }]);
    for (const pathname of ["/impressum", "/", "/einstellungen"]) {
      const response = await page.goto(`${ORIGIN}${pathname}`);
      expect(response?.status(), pathname).toBe(503);
      await expect(page.getByRole("heading", { level: 1, name: "Kiezwerk ist gerade nicht erreichbar" })).toBeVisible();
    }
  });

  test("client navigations, form posts and the readiness route get a 503 too", async ({ request }) => {
    const navigation = await request.get(`${ORIGIN}/bekanntmachungen`, { headers: { RSC: "1" } });
    expect(navigation.status()).toBe(503);
    const post = await request.post(`${ORIGIN}/anmelden`, { headers: { "Next-Action": "0".repeat(42) }, data: "[]" });
    expect(post.status()).toBe(503);
    expect(post.headers()["retry-after"]).toMatch(/^\d+$/);
    expect((await request.get(`${ORIGIN}/api/health`)).status()).toBe(503);
  });
});
