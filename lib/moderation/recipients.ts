import "server-only";
import { inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { Recipient } from "./mail";

/** Whom to mail, by id, in one query; a deleted account gets no mail (and is absent from the map). */
export async function loadRecipients(ids: ReadonlyArray<string | null>): Promise<Map<string, Recipient>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await getDb()
    .select({ id: users.id, email: users.email, name: users.displayName, status: users.status })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.filter((r) => r.status !== "deleted").map((r) => [r.id, { email: r.email, name: r.name }]));
}
