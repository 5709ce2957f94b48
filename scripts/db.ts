import path from "node:path";
import { connectDatabase } from "../db/client";
import { startEmbeddedDatabase } from "../db/embedded";
import { installJobs } from "../lib/jobs/install";
import { migrateDatabase } from "../db/migrate";
import { ensureDistrictConfiguration, seedDemoData } from "./seed";
import { dataDirectory } from "./prepare-runtime";

/** `npm run db:migrate` and `npm run db:seed`: against DATABASE_URL, or the embedded database. */
async function main(command: string | undefined) {
  if (command !== "migrate" && command !== "seed") {
    console.error("usage: tsx scripts/db.ts migrate|seed");
    process.exit(2);
  }
  let url = process.env.DATABASE_URL;
  const embedded = url ? null : await startEmbeddedDatabase({ dataDir: path.join(dataDirectory(), "pglite") });
  url ??= embedded!.url;
  const connection = connectDatabase(url, { embedded: embedded !== null || process.env.DATABASE_EMBEDDED === "1" });
  try {
    await migrateDatabase(connection.db);
    await ensureDistrictConfiguration(connection.db);
    await installJobs(connection.db);
    if (command === "seed") await seedDemoData(connection.db);
    console.log(`[kiezwerk] ${command} done`);
  } finally {
    await connection.close();
    await embedded?.stop();
  }
}

void main(process.argv[2]);
