import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";
import { E2E_ENVIRONMENTS, e2eBaseUrl, type E2EEnvironment } from "./tests/e2e/environments";

// Playwright cannot download its own browser on every machine: use the system Chromium where
// there is one (Debian: /usr/bin/chromium), or the one named in PLAYWRIGHT_CHROMIUM_EXECUTABLE.
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const environments = Object.keys(E2E_ENVIRONMENTS) as E2EEnvironment[];

export default defineConfig<{ environment: E2EEnvironment }>({
  testDir: "tests/e2e",
  // Generous: long journeys with axe checks on a busy 2-core machine; a passing test is not slowed by it.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    // Every browser journey runs once, on PostgreSQL.
    { name: "postgres", testIgnore: /\.late\.spec\.ts$/, use: { baseURL: e2eBaseUrl("postgres"), environment: "postgres" } },
    // Specs that change what every account sees (e.g. new terms of use) run after all others.
    { name: "postgres-late", testMatch: /\.late\.spec\.ts$/, dependencies: ["postgres"], use: { baseURL: e2eBaseUrl("postgres"), environment: "postgres" } },
    // The embedded database (which also runs the whole integration suite) gets one smoke journey
    // through the production build: staff publish, a new member joins by e-mail link and comments,
    // and the German full-text search finds both.
    {
      name: "embedded",
      testMatch: /comments-search\.spec\.ts$/,
      grep: /finds an announcement by another form of a word/,
      use: { baseURL: e2eBaseUrl("embedded"), environment: "embedded" },
    },
  ],
  webServer: environments.map((name) => ({
    command: `npx tsx tests/e2e/serve.ts ${name}`,
    url: `${e2eBaseUrl(name)}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "ignore",
    stderr: "pipe",
  })),
});
