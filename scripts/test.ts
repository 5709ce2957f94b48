import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

/**
 * `npm test`: lint, type check, unit tests, integration tests on the embedded and the real
 * PostgreSQL, production build, browser tests (every journey on PostgreSQL, one smoke journey on the embedded database). Stops at the first failing step
 * and ends with one line that counts every test: "N passed, N failed". Steps marked `beside` run
 * at the same time as the step before them (each is single-threaded, the machine has two cores);
 * their output is printed when they end, so it never interleaves.
 */
interface Step {
  name: string;
  command: string[];
  report?: string;
  beside?: boolean;
}

const steps: Step[] = [
  { name: "lint", command: ["eslint", "."] },
  { name: "type check", command: ["tsc", "--noEmit"], beside: true },
  { name: "unit tests", command: ["vitest", "run", "--project", "unit", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/unit.json"], report: "test-results/unit.json" },
  {
    name: "integration tests (embedded + PostgreSQL)",
    command: ["vitest", "run", "--project", "integration-embedded", "--project", "integration-postgres", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/integration.json"],
    report: "test-results/integration.json",
  },
  // The build needs the CPU while the integration tests mostly wait for their databases: side by side.
  { name: "production build", command: ["next", "build"], beside: true },
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

interface Outcome {
  status: number | null;
  seconds: string;
}

/** Runs one step; `buffered` keeps its output until it ends. */
function run(step: Step, buffered: boolean): Promise<Outcome> {
  console.log(`\n▶ ${step.name}: ${step.command.join(" ")}`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn("npx", ["--no-install", ...step.command], { stdio: buffered ? ["ignore", "pipe", "pipe"] : "inherit", env });
    const output: Buffer[] = [];
    child.stdout?.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr?.on("data", (chunk: Buffer) => output.push(chunk));
    child.on("close", (status) => {
      if (buffered && output.length > 0) process.stdout.write(`\n── ${step.name} ──\n${Buffer.concat(output).toString()}`);
      resolve({ status, seconds: ((Date.now() - started) / 1000).toFixed(0) });
    });
  });
}

/** Consecutive steps where each later one is `beside` the one before: they run together. */
function groups(list: Step[]): Step[][] {
  const result: Step[][] = [];
  for (const step of list) {
    const last = result.at(-1);
    if (step.beside && last) last.push(step);
    else result.push([step]);
  }
  return result;
}

async function main() {
  for (const group of groups(steps)) {
    const outcomes = await Promise.all(group.map(async (step) => ({ step, ...(await run(step, group.length > 1)) })));
    let failed = false;
    outcomes.forEach(({ step, status, seconds }) => {
      const counts = step.report ? countReport(step.report) : null;
      if (counts) {
        total.passed += counts.passed;
        total.failed += counts.failed;
        total.skipped += counts.skipped;
      }
      if (status !== 0) {
        console.error(`\n✖ ${step.name} failed (exit ${status}) after ${seconds} s`);
        failed = true;
        if (!counts || counts.failed === 0) total.failed += 1;
      } else {
        console.log(`✔ ${step.name} (${seconds} s)`);
      }
    });
    if (failed) return 1;
  }
  return 0;
}

main().then((exitCode) => {
  console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
  process.exit(exitCode);
});
