/**
 * `npm run bench`: seeds a million-row data set into PostgreSQL, builds and starts the production
 * server, drives each page with autocannon and reports against the budgets in bench/budgets.json.
 * A benchmark, not a test: it reports and always exits 0 unless it could not run.
 *
 * Options: --seconds N (per target, default 10), --connections N (default from budgets),
 * --skip-build (reuse .next), --port N (default 3200), --only digest (the digest run alone, on the
 * seeded data), --instances N (N app instances behind HAProxy, default 1). DATABASE_URL defaults to
 * the local server. Every target is compared with the framework's own ceiling for a page of the same
 * size (bench/ceiling.ts): visitors' pages with a static file, signed-in pages with a minimal dynamic route.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { connectDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { installJobs } from "../lib/jobs/install";
import { ensureDistrictConfiguration, seedDemoData } from "../scripts/seed";
import { measureFirstLoadJs, type RouteWeight } from "./first-load-js";
import { startCeiling } from "./ceiling";
import { startCluster } from "./cluster";
import { runLoad, type LoadResult, type LoadTarget } from "./load";
import { judge, machineFacts, printTable, writeReport, type Budgets, type CeilingName, type QueryPlan } from "./report";
import { benchSession, HOT_ANNOUNCEMENT_ID, seedAtScale } from "./seed-at-scale";

const argument = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const log = (line: string) => console.log(`[bench] ${line}`);

async function ensureDatabase(url: string) {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  try {
    const [exists] = await sql`select 1 from pg_database where datname = ${name}`;
    if (!exists) await sql.unsafe(`create database "${name}"`);
  } finally {
    await sql.end();
  }
}

/** The id Next.js gave a server action, from the build's manifest. */
function serverActionId(filename: string, exportedName: RegExp): string | null {
  const manifestPath = path.join(".next", "server", "server-reference-manifest.json");
  if (!existsSync(manifestPath)) return null;
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const entry = Object.entries(manifest.node).find(([, v]) => v.filename === filename && exportedName.test(v.exportedName ?? ""));
  return entry?.[0] ?? null;
}

/** The digest run at scale (bench/digest.ts, in its own process), judged against its budget. */
function benchDigest(databaseUrl: string, budgets: Budgets) {
  log("digest run over a day's notifications");
  const child = spawnSync("npx", ["--no-install", "tsx", "--conditions=react-server", "bench/digest.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`digest run failed: ${child.stderr}`);
  const result = JSON.parse(child.stdout.trim().split("\n").at(-1)!) as { seconds: number; extraRssMb: number; [k: string]: number };
  const budget = (budgets as unknown as { digest?: { maxSeconds: number; maxExtraRssMb: number } }).digest ?? { maxSeconds: 60, maxExtraRssMb: 300 };
  log(`digest: ${JSON.stringify(result)}`);
  log(`digest time ${result.seconds} s (budget ${budget.maxSeconds} s: ${result.seconds <= budget.maxSeconds ? "held" : "missed"}), extra RSS ${result.extraRssMb} MB (budget ${budget.maxExtraRssMb} MB: ${result.extraRssMb <= budget.maxExtraRssMb ? "held" : "missed"})`);
  return result;
}

/** Waits until the server answers its readiness check quickly again (queued requests have drained). */
async function waitUntilIdle(url: string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const started = Date.now();
    const response = await fetch(`${url}/api/health`).catch(() => null);
    if (response?.ok && Date.now() - started < 50) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function main() {
  const startedAt = new Date().toISOString();
  const budgets = JSON.parse(readFileSync(path.join("bench", "budgets.json"), "utf8")) as Budgets;
  const seconds = Number(argument("seconds") ?? 10);
  const connections = Number(argument("connections") ?? budgets.connections);
  const port = Number(argument("port") ?? 3200);
  const databaseUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/kiezwerk_bench";

  log(`database ${databaseUrl}`);
  await ensureDatabase(databaseUrl);
  const connection = connectDatabase(databaseUrl);
  await migrateDatabase(connection.db);
  await ensureDistrictConfiguration(connection.db);
  await installJobs(connection.db);
  await seedDemoData(connection.db);
  await connection.close();

  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  log("seeding at scale (reused when already there)");
  await seedAtScale(sql, log);
  if (argument("only") === "digest") {
    await sql.end();
    benchDigest(databaseUrl, budgets);
    return;
  }
  const sessionToken = await benchSession(sql);
  await sql.end();

  if (!process.argv.includes("--skip-build") || !existsSync(".next/BUILD_ID")) {
    log("next build");
    const build = spawnSync("npx", ["--no-install", "next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) throw new Error("next build failed");
  }

  const instances = Number(argument("instances") ?? 1);
  const server = await startCluster({
    instances,
    port,
    env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-not-for-production-0123456789", AUTH_URL: `http://localhost:${port}`, MAIL_TRANSPORT: "outbox", MAIL_OUTBOX_DIR: path.join(".data", "bench-outbox"), TRUSTED_PROXIES: "loopback" },
  });
  const cookie = `authjs.session-token=${sessionToken}`;
  const commentAction = serverActionId("lib/announcements/comments/actions.ts", /^(create|add|post)\w*Comment/i);

  // Visitors (no cookie) are served from the page cache; signed-in people per request.
  const targets: LoadTarget[] = [
    { name: "list", label: "announcement list (visitor)", path: "/bekanntmachungen" },
    { name: "detail", label: "announcement detail, 5,000 comments (visitor)", path: `/bekanntmachungen/${HOT_ANNOUNCEMENT_ID}` },
    { name: "feed", label: "district Atom feed (visitor)", path: "/bekanntmachungen/feed.xml" },
    { name: "list-signed-in", label: "announcement list (signed in)", path: "/bekanntmachungen", headers: { cookie } },
    { name: "mein-kiez", label: "Mein Kiez (signed in)", path: "/", headers: { cookie } },
  ];
  if (commentAction) {
    targets.push({
      name: "comment",
      label: "post a comment (server action)",
      path: `/bekanntmachungen/${HOT_ANNOUNCEMENT_ID}`,
      method: "POST",
      headers: { cookie, "next-action": commentAction, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: server.url },
      body: JSON.stringify([{ announcementId: HOT_ANNOUNCEMENT_ID, body: "Danke für die Information, wir kommen gern vorbei!" }]),
    });
  } else {
    log("no comment server action found in the build: the comment target is skipped");
  }
  // Last: a slow target leaves queued work behind that would weigh on the next one.
  targets.push({ name: "search", label: "search (\"Bäume Schulweg\")", path: `/suche?q=${encodeURIComponent("Bäume Schulweg")}` });

  const results: LoadResult[] = [];
  let firstLoadJs: RouteWeight[] = [];
  let pageBytes = 0;
  try {
    pageBytes = Buffer.byteLength(await (await fetch(`${server.url}/bekanntmachungen`)).text());
    for (const target of targets) {
      await runLoad(server.url, target, { connections: 4, seconds: 2 }); // warm-up: compile caches, connection pool
      log(`${target.label}: ${connections} connections, ${seconds} s`);
      results.push(await runLoad(server.url, target, { connections, seconds }));
      await waitUntilIdle(server.url);
    }
    log("first-load JavaScript per route");
    firstLoadJs = await measureFirstLoadJs(server.url, [
      { route: "/" },
      { route: "/", cookie },
      { route: "/bekanntmachungen" },
      { route: `/bekanntmachungen/${HOT_ANNOUNCEMENT_ID}` },
      { route: "/suche?q=Baum" },
      { route: "/mitmachen" },
    ]);
  } finally {
    await server.stop();
  }
  firstLoadJs = firstLoadJs.map((r, i) => (i === 1 ? { ...r, route: "/ (signed in)" } : r));

  // The framework's ceilings for a page of the same size, in the same run (bench/ceiling.ts).
  log(`ceilings: a minimal Next.js app with pages of ${pageBytes} bytes`);
  const ceilingApp = await startCeiling({ port: port + 10, pageBytes });
  const ceilings: Record<CeilingName, LoadResult> = {} as Record<CeilingName, LoadResult>;
  let firstLoadJsBaseline: RouteWeight | undefined;
  try {
    for (const [name, label, route] of [
      ["static-file", "ceiling: same-size file in public/", "/static.html"],
      ["prerendered", "ceiling: same-size prerendered route", "/prerendered"],
      ["dynamic", "ceiling: same-size minimal dynamic route", "/dynamic"],
    ] as const) {
      const target = { name, label, path: route };
      await runLoad(ceilingApp.url, target, { connections: 4, seconds: 2 });
      log(`${label}: ${connections} connections, ${seconds} s`);
      ceilings[name] = await runLoad(ceilingApp.url, target, { connections, seconds });
    }
    [firstLoadJsBaseline] = await measureFirstLoadJs(ceilingApp.url, [{ route: "/blank" }]);
  } finally {
    await ceilingApp.stop();
  }

  log("EXPLAIN (ANALYZE) of the list queries");
  const explain = spawnSync("npx", ["--no-install", "tsx", "--conditions=react-server", "bench/explain.ts"], { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  if (explain.status !== 0) throw new Error(`query check failed: ${explain.stderr}`);
  const queries = JSON.parse(explain.stdout) as QueryPlan[];

  const withRatio = (r: LoadResult) => {
    const ceiling = budgets.targets[r.name]?.ceiling;
    return { ...r, ceiling, ratio: ceiling ? r.requestsPerSecond / ceilings[ceiling].requestsPerSecond : 0 };
  };
  const partial = {
    startedAt,
    machine: machineFacts(),
    settings: { connections, secondsPerTarget: seconds, database: new URL(databaseUrl).pathname.slice(1), instances, pageBytes, nodeOptions: process.env.NODE_OPTIONS ?? "" },
    load: [...Object.values(ceilings).map((r) => ({ ...r, ratio: 1 })), ...results.map(withRatio)],
    peakRssMb: Math.round(server.peakRssBytes() / 2 ** 20),
    firstLoadJs,
    firstLoadJsBaseline,
    queries,
  };
  const report = { ...partial, verdicts: judge(partial, budgets) };
  printTable(report);
  benchDigest(databaseUrl, budgets);
  log(`report written to ${writeReport(report)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
