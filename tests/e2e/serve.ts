import { existsSync, rmSync } from "node:fs";
import postgres from "postgres";
import { runNext } from "../../scripts/run-next";
import { E2E_AUTH_SECRET, E2E_ENVIRONMENTS, e2eBaseUrl, e2eDataDir, type E2EEnvironment } from "./environments";

/**
 * Starts one production server for the browser tests on a fresh database with demo data:
 * `tsx tests/e2e/serve.ts embedded|postgres`. Expects `next build` to have run.
 */
async function main(name: E2EEnvironment) {
  if (!existsSync(".next/BUILD_ID")) {
    console.error("No production build found: run `npm run build` first (npm test does).");
    process.exit(1);
  }
  const { port, databaseUrl } = E2E_ENVIRONMENTS[name];
  rmSync(e2eDataDir(name), { recursive: true, force: true });
  if (databaseUrl) await recreateDatabase(databaseUrl);

  Object.assign(process.env, {
    PORT: String(port),
    KIEZWERK_DATA_DIR: e2eDataDir(name),
    AUTH_URL: e2eBaseUrl(name),
    AUTH_SECRET: E2E_AUTH_SECRET,
    MAIL_TRANSPORT: "outbox",
    SEED_DEMO: "1",
    // The browser tests stand in for a proxy on this machine: each test's X-Forwarded-For is its address.
    TRUSTED_PROXIES: "loopback",
  });
  if (databaseUrl) process.env.DATABASE_URL = databaseUrl;
  else delete process.env.DATABASE_URL;
  await runNext("start", "production");
}

async function recreateDatabase(url: string) {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`drop database if exists "${name}" with (force)`);
    await sql.unsafe(`create database "${name}"`);
  } finally {
    await sql.end();
  }
}

const name = process.argv[2];
if (name !== "embedded" && name !== "postgres") {
  console.error("usage: tsx tests/e2e/serve.ts embedded|postgres");
  process.exit(2);
}
void main(name);
