import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { connectDatabase } from "../db/client";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../db/embedded";
import { installJobs } from "../lib/jobs/install";
import { migrateDatabase } from "../db/migrate";
import { developmentOrigin } from "../lib/config/public-origin";
import { ensureDistrictConfiguration, isDatabaseEmpty, seedDemoData } from "./seed";

export interface PreparedRuntime {
  env: NodeJS.ProcessEnv;
  embedded: EmbeddedDatabase | null;
}

export function dataDirectory(env: NodeJS.ProcessEnv = process.env) {
  return path.resolve(env.KIEZWERK_DATA_DIR ?? ".data");
}

/** Development only: a secret generated once into .data/, so a fresh clone starts without configuration. */
function developmentSecret(dataDir: string) {
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

/**
 * Everything a start needs before Next.js runs: the database (embedded unless DATABASE_URL is
 * given), migrations, the district's base configuration, and demo data where that is wanted.
 */
export async function prepareRuntime({ mode }: { mode: "development" | "production" }): Promise<PreparedRuntime> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  const dataDir = dataDirectory(env);
  let embedded: EmbeddedDatabase | null = null;

  if (!env.DATABASE_URL) {
    embedded = await startEmbeddedDatabase({
      dataDir: path.join(dataDir, "pglite"),
      port: env.EMBEDDED_DB_PORT ? Number(env.EMBEDDED_DB_PORT) : 0,
    });
    env.DATABASE_URL = embedded.url;
    env.DATABASE_EMBEDDED = "1";
    console.log(`[kiezwerk] embedded database ${path.join(dataDir, "pglite")} at ${embedded.url}`);
  }
  env.MAIL_OUTBOX_DIR ??= path.join(dataDir, "outbox");
  if (mode === "development") {
    env.AUTH_SECRET ??= developmentSecret(dataDir);
    // One origin for every link, whichever host the developer typed (the gate redirects to it).
    env.AUTH_URL ??= developmentOrigin(env);
  }

  const connection = connectDatabase(env.DATABASE_URL, { embedded: env.DATABASE_EMBEDDED === "1" });
  try {
    await migrateDatabase(connection.db);
    await ensureDistrictConfiguration(connection.db);
    await installJobs(connection.db);
    // Demo accounts have a published password: never in production unless asked for (tests, demos).
    const wantsDemo = env.SEED_DEMO === "1" || (mode === "development" && env.DATABASE_EMBEDDED === "1" && env.SEED_DEMO !== "0");
    if (wantsDemo && (await isDatabaseEmpty(connection.db))) {
      await seedDemoData(connection.db);
      console.log("[kiezwerk] demo data seeded (accounts: see README)");
    }
  } finally {
    await connection.close();
  }
  return { env, embedded };
}
