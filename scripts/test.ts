import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

/**
 * `npm test`: lint, type check, unit tests, integration tests on the embedded and the real
 * PostgreSQL, production build, browser tests (every journey on PostgreSQL, one smoke journey on the embedded database). Stops at the first failing step
 * and ends with one line that counts every test: "N passed, N failed".
 */
const steps: Array<{ name: string; command: string[]; report?: string }> = [
  { name: "lint", command: ["eslint", "."] },
  { name: "type check", command: ["tsc", "--noEmit"] },
  { name: "unit tests", command: ["vitest", "run", "--project", "unit", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/unit.json"], report: "test-results/unit.json" },
  {
    name: "integration tests (embedded + PostgreSQL)",
    command: ["vitest", "run", "--project", "integration-embedded", "--project", "integration-postgres", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/integration.json"],
    report: "test-results/integration.json",
  },
  { name: "production build", command: ["next", "build"] },
  { name: "browser tests (PostgreSQL; a smoke journey on the embedded database)", command: ["playwright", "test"], report: "test-results/e2e.json" },
];

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function countReport(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const report = JSON.parse(readFileSync(file, "utf8"));
  if ("numPassedTests" in report) {
    return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
  }
  const stats = report.stats ?? {};
  return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0, skipped: stats.skipped ?? 0 };
}

const total: Counts = { passed: 0, failed: 0, skipped: 0 };
rmSync("test-results", { recursive: true, force: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
let exitCode = 0;

for (const step of steps) {
  console.log(`\n▶ ${step.name}: ${step.command.join(" ")}`);
  const started = Date.now();
  const result = spawnSync("npx", ["--no-install", ...step.command], { stdio: "inherit", env });
  const counts = step.report ? countReport(step.report) : null;
  if (counts) {
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (result.status !== 0) {
    console.error(`\n✖ ${step.name} failed (exit ${result.status ?? result.signal}) after ${seconds} s`);
    exitCode = 1;
    if (!counts || counts.failed === 0) total.failed += 1;
    break;
  }
  console.log(`✔ ${step.name} (${seconds} s)`);
}

console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
process.exit(exitCode);
