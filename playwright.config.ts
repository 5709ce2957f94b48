import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";
import { E2E_ENVIRONMENTS, e2eBaseUrl, type E2EEnvironment } from "./tests/e2e/environments";

// Playwright cannot download its own browser on every machine: use the system Chromium where
// there is one (Debian: /usr/bin/chromium), or the one named in PLAYWRIGHT_CHROMIUM_EXECUTABLE.
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const environments = Object.keys(E2E_ENVIRONMENTS) as E2EEnvironment[];

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
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
  projects: environments.flatMap((name) => [
    { name, testIgnore: /\.late\.spec\.ts$/, use: { baseURL: e2eBaseUrl(name), environment: name } },
    // Specs that change what every account sees (e.g. new terms of use) run after all others.
    { name: `${name}-late`, testMatch: /\.late\.spec\.ts$/, dependencies: [name], use: { baseURL: e2eBaseUrl(name), environment: name } },
  ]),
  webServer: environments.map((name) => ({
    command: `npx tsx tests/e2e/serve.ts ${name}`,
    url: `${e2eBaseUrl(name)}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "ignore",
    stderr: "pipe",
  })),
});
