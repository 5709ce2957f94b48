import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { LoadResult } from "./load";
import type { RouteWeight } from "./first-load-js";

export interface QueryPlan {
  name: string;
  executionMs: number;
  indexes: string[];
  seqScans: string[];
  /** Sequential scans of tables with 10,000 rows or more. */
  largeSeqScans: string[];
}

export interface Budgets {
  connections: number;
  /** Each target against the ceiling that fits it: a same-size static file, prerendered route or minimal dynamic route. */
  targets: Record<string, { minRatio?: number; maxP95Ms?: number; ceiling?: CeilingName }>;
  maxNon2xx: number;
  maxListQueryMs: number;
  maxHomeFirstLoadJsKb: number;
  /** Our own share of the home page's first-load JS: home minus the framework's blank page. */
  maxOwnFirstLoadJsKb?: number;
  maxServerRssMb: number;
}

export type CeilingName = "static-file" | "prerendered" | "dynamic";
export const CEILING_LABELS: Record<CeilingName, string> = {
  "static-file": "the same-size static file",
  prerendered: "the same-size prerendered route",
  dynamic: "the same-size minimal dynamic route",
};

export interface BenchReport {
  startedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string };
  settings: { connections: number; secondsPerTarget: number; database: string; instances: number; pageBytes: number; nodeOptions: string };
  load: Array<LoadResult & { ratio: number; ceiling?: CeilingName }>;
  peakRssMb: number;
  firstLoadJs: RouteWeight[];
  /** The framework's own first-load JS (a blank page of the ceiling app). */
  firstLoadJsBaseline?: RouteWeight;
  queries: QueryPlan[];
  verdicts: Array<{ budget: string; value: string; held: boolean }>;
}

export function machineFacts() {
  const cpus = os.cpus();
  return { cpus: cpus.length, cpuModel: cpus[0]?.model ?? "unknown", memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` };
}

/** Marks each budget from bench/budgets.json as held or missed. */
export function judge(report: Omit<BenchReport, "verdicts">, budgets: Budgets): BenchReport["verdicts"] {
  const verdicts: BenchReport["verdicts"] = [];
  for (const [name, target] of Object.entries(budgets.targets)) {
    const result = report.load.find((l) => l.name === name);
    if (!result) continue;
    if (target.minRatio !== undefined) {
      const of = CEILING_LABELS[result.ceiling ?? "static-file"];
      verdicts.push({ budget: `${result.label}: ≥ ${Math.round(target.minRatio * 100)} % of ${of}`, value: `${Math.round(result.ratio * 100)} %`, held: result.ratio >= target.minRatio });
    }
    if (target.maxP95Ms !== undefined) {
      verdicts.push({ budget: `${result.label}: p95 ≤ ${target.maxP95Ms} ms`, value: `${result.p95.toFixed(0)} ms`, held: result.p95 <= target.maxP95Ms });
    }
  }
  const non2xx = report.load.reduce((sum, l) => sum + l.non2xx + l.errors, 0);
  verdicts.push({ budget: `non-2xx responses and errors = ${budgets.maxNon2xx}`, value: String(non2xx), held: non2xx <= budgets.maxNon2xx });
  const slowest = report.queries.reduce((max, q) => Math.max(max, q.executionMs), 0);
  verdicts.push({ budget: `every list query ≤ ${budgets.maxListQueryMs} ms`, value: `${slowest.toFixed(2)} ms (slowest)`, held: slowest <= budgets.maxListQueryMs });
  const seq = report.queries.filter((q) => q.largeSeqScans.length > 0);
  verdicts.push({ budget: "list queries use indexes (no sequential scan of a large table)", value: seq.length ? seq.map((q) => q.name).join(", ") : "all indexed", held: seq.length === 0 });
  const home = report.firstLoadJs.find((r) => r.route === "/");
  if (home) {
    const kb = home.gzipBytes / 1024;
    verdicts.push({ budget: `home page first-load JS ≤ ${budgets.maxHomeFirstLoadJsKb} kB gzip`, value: `${kb.toFixed(1)} kB`, held: kb <= budgets.maxHomeFirstLoadJsKb });
    if (report.firstLoadJsBaseline && budgets.maxOwnFirstLoadJsKb !== undefined) {
      const own = (home.gzipBytes - report.firstLoadJsBaseline.gzipBytes) / 1024;
      verdicts.push({ budget: `home page's own first-load JS (beyond a blank page's) ≤ ${budgets.maxOwnFirstLoadJsKb} kB gzip`, value: `${own.toFixed(1)} kB`, held: own <= budgets.maxOwnFirstLoadJsKb });
    }
  }
  verdicts.push({ budget: `server RSS under load ≤ ${budgets.maxServerRssMb} MB`, value: `${report.peakRssMb} MB`, held: report.peakRssMb <= budgets.maxServerRssMb });
  return verdicts;
}

const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - s.length));

export function toMarkdown(report: BenchReport): string {
  const lines = [
    `# Kiezwerk benchmark — ${report.startedAt}`,
    "",
    `Machine: ${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.memoryGb} GB, Node ${report.machine.node}, ${report.machine.platform}.`,
    `Load: ${report.settings.connections} connections, ${report.settings.secondsPerTarget} s per target, database ${report.settings.database}, ${report.settings.instances} app instance(s)${report.settings.instances > 1 ? " behind HAProxy" : ""}, NODE_OPTIONS "${report.settings.nodeOptions}". Ceiling pages: ${report.settings.pageBytes} bytes (the visitors' list page).`,
    "",
    "| target | req/s | ratio to its ceiling | p50 ms | p95 ms | p99 ms | non-2xx | errors | status codes |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ...report.load.map((l) => `| ${l.label} | ${l.requestsPerSecond.toFixed(0)} | ${l.ceiling ? `${(l.ratio * 100).toFixed(0)} % of ${l.ceiling}` : "–"} | ${l.p50.toFixed(0)} | ${l.p95.toFixed(0)} | ${l.p99.toFixed(0)} | ${l.non2xx} | ${l.errors} | ${Object.entries(l.statusCodes).map(([c, n]) => `${c}: ${n}`).join(", ")} |`),
    "",
    `Peak server memory (RSS of the server's process tree): ${report.peakRssMb} MB.`,
    "",
    "| route | first-load JS (gzip) | scripts |",
    "|---|---:|---:|",
    ...report.firstLoadJs.map((r) => `| ${r.route} | ${(r.gzipBytes / 1024).toFixed(1)} kB | ${r.scripts} |`),
    ...(report.firstLoadJsBaseline ? [`| framework baseline (blank page) | ${(report.firstLoadJsBaseline.gzipBytes / 1024).toFixed(1)} kB | ${report.firstLoadJsBaseline.scripts} |`] : []),
    "",
    "| list query | execution (EXPLAIN ANALYZE) | indexes used | sequential scans |",
    "|---|---:|---|---|",
    ...report.queries.map((q) => `| ${q.name} | ${q.executionMs.toFixed(2)} ms | ${q.indexes.join(", ") || "–"} | ${q.seqScans.join(", ") || "–"} |`),
    "",
    "| budget | measured | |",
    "|---|---|---|",
    ...report.verdicts.map((v) => `| ${v.budget} | ${v.value} | ${v.held ? "held" : "**missed**"} |`),
  ];
  return lines.join("\n") + "\n";
}

export function printTable(report: BenchReport) {
  console.log("");
  console.log(pad("target", 40) + pad("req/s", 9) + pad("ratio", 8) + pad("p50 ms", 9) + pad("p95 ms", 9) + pad("p99 ms", 9) + "non-2xx/errors");
  for (const l of report.load) {
    console.log(pad(l.label, 40) + pad(l.requestsPerSecond.toFixed(0), 9) + pad(l.ceiling ? `${(l.ratio * 100).toFixed(0)}%` : "–", 8) + pad(l.p50.toFixed(0), 9) + pad(l.p95.toFixed(0), 9) + pad(l.p99.toFixed(0), 9) + String(l.non2xx + l.errors));
  }
  console.log(`\npeak server RSS: ${report.peakRssMb} MB`);
  for (const r of report.firstLoadJs) console.log(`first-load JS ${pad(r.route, 40)} ${(r.gzipBytes / 1024).toFixed(1)} kB gzip`);
  for (const q of report.queries) console.log(`query ${pad(q.name, 50)} ${q.executionMs.toFixed(2).padStart(8)} ms  ${q.largeSeqScans.length ? `SEQ SCAN ${q.largeSeqScans.join(",")}` : q.indexes.join(", ") || "small tables only"}`);
  console.log("");
  for (const v of report.verdicts) console.log(`${v.held ? "held  " : "MISSED"}  ${pad(v.budget, 64)} ${v.value}`);
}

export function writeReport(report: BenchReport, dir = path.join("bench", "results")) {
  mkdirSync(dir, { recursive: true });
  const stamp = report.startedAt.replace(/[:.]/g, "-");
  writeFileSync(path.join(dir, `bench-${stamp}.json`), JSON.stringify(report, null, 2));
  writeFileSync(path.join(dir, `bench-${stamp}.md`), toMarkdown(report));
  writeFileSync(path.join(dir, "latest.md"), toMarkdown(report));
  return dir;
}
