import type { Sql, TransactionSql } from "postgres";
import type { Database, Transaction } from "@/db/client";
import { getDb } from "@/db/client";

/** What pg-boss asks of a database (its `db` option): run one SQL text, answer its rows. */
export interface JobDb {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/** A value as node-postgres would send it: postgres.js sends untyped parameters as text. */
function toParameter(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return `{${value.map((v) => (v === null ? "NULL" : `"${String(v).replace(/["\\]/g, "\\$&")}"`)).join(",")}}`;
  if (typeof value === "object") return JSON.stringify(value);
  return value;
}

async function simpleQuery(client: Sql | TransactionSql, text: string) {
  if (!("reserve" in client) || typeof client.reserve !== "function") return client.unsafe(text).simple();
  const reserved = await client.reserve();
  try {
    return await reserved.unsafe(text).simple();
  } finally {
    reserved.release();
  }
}

/**
 * pg-boss over the app's own postgres.js client instead of its own pg pool: one driver, the embedded
 * database's single connection honoured, and — given a transaction's client — jobs enqueued inside
 * the caller's transaction, so a rollback enqueues nothing. Parameterless texts may hold several
 * statements (pg-boss's schema creation, its BEGIN … COMMIT maintenance): they go as a simple query.
 */
export function sqlAdapter(client: Sql | TransactionSql): JobDb {
  return {
    async executeSql(text, values) {
      if (!values || values.length === 0) {
        // Its own BEGIN … COMMIT needs one connection for the whole text: postgres.js refuses a
        // BEGIN on a pooled one (UNSAFE_TRANSACTION), so the text runs on a reserved connection.
        const result = (await simpleQuery(client, text)) as unknown as unknown[];
        const last = Array.isArray(result[0]) || (result.length > 0 && result.every((r) => Array.isArray(r))) ? result.at(-1) : result;
        return { rows: [...((last as Record<string, unknown>[] | undefined) ?? [])] };
      }
      const rows = await client.unsafe(text, values.map(toParameter) as never[]);
      return { rows: [...rows] as Record<string, unknown>[] };
    },
  };
}

/** The postgres.js client behind a Drizzle database or transaction. */
function clientOf(db: Database | Transaction): Sql | TransactionSql {
  if ("$client" in db && db.$client) return db.$client as Sql;
  return (db as unknown as { session: { client: TransactionSql } }).session.client;
}

/** pg-boss's `db` for the app's database, or for a transaction in progress. */
export function jobDb(db: Database | Transaction = getDb()): JobDb {
  return sqlAdapter(clientOf(db));
}
