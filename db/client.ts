import type { Logger } from "drizzle-orm/logger";
import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

export type Database = PostgresJsDatabase<typeof schema>;

/** The `tx` a `db.transaction(async (tx) => …)` callback receives. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

export interface DatabaseConnection {
  db: Database;
  close: () => Promise<void>;
}

/**
 * The embedded database (PGlite behind pglite-socket) must be spoken to over exactly one connection
 * per client: postgres.js multiplexes extended-protocol messages over several connections, which
 * PGlite's single session cannot follow ("portal does not exist"). See DESIGN §7.
 */
export function connectDatabase(
  url: string,
  { embedded = false, logger }: { embedded?: boolean; logger?: Logger } = {},
): DatabaseConnection {
  const client = postgres(url, {
    max: embedded ? 1 : Number(process.env.DATABASE_POOL_SIZE ?? 10),
    idle_timeout: embedded ? 2 : 30,
    onnotice: () => {},
  });
  return { db: drizzle(client, { schema, casing: "snake_case", logger }), close: () => client.end({ timeout: 5 }) };
}

const globalForDb = globalThis as unknown as { kiezwerkDb?: DatabaseConnection };

/** Makes `connection` the app's database in this process (tools such as the benchmark's query check). */
export function setDatabase(connection: DatabaseConnection) {
  globalForDb.kiezwerkDb = connection;
}

/** The app's database, opened on first use (never at import or during `next build`). */
export function getDb(): Database {
  if (!globalForDb.kiezwerkDb) {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new Error(
        "DATABASE_URL is not set. Start Kiezwerk with `npm run dev` or `npm start`, which open the embedded database in .data/ when no DATABASE_URL is given.",
      );
    }
    globalForDb.kiezwerkDb = connectDatabase(url, { embedded: process.env.DATABASE_EMBEDDED === "1" });
  }
  return globalForDb.kiezwerkDb.db;
}
