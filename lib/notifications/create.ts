import "server-only";
import { getDb, type Database } from "@/db/client";
import { notifications } from "@/db/schema";
import type { AnyNotification } from "./kinds";

/** Adds in-app notifications; pass the transaction so they commit together with what they announce. */
export async function notify(entries: Array<AnyNotification & { userId: string }>, db: Pick<Database, "insert"> = getDb()) {
  if (entries.length === 0) return;
  await db.insert(notifications).values(entries.map(({ userId, kind, data }) => ({ userId, kind, data })));
}
