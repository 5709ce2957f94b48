import path from "node:path";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import type { Database } from "./client";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

export async function migrateDatabase(db: Database) {
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}
