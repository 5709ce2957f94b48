import { connectDatabase } from "../../db/client";
import { installJobs } from "../../lib/jobs/install";
import { migrateDatabase } from "../../db/migrate";
import { ensureDistrictConfiguration } from "../../scripts/seed";

/** The same steps a start runs (scripts/prepare-runtime.ts), minus demo data: tests create their own. */
export async function prepareDatabase(url: string, { embedded }: { embedded: boolean }) {
  const connection = connectDatabase(url, { embedded });
  try {
    await migrateDatabase(connection.db);
    await ensureDistrictConfiguration(connection.db);
    await installJobs(connection.db);
  } finally {
    await connection.close();
  }
}
