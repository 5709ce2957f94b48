import "server-only";
import { inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { personColumns, toPersonIncludingDeleted, type TargetPerson } from "./person";

/** Many people by id in one query (deleted accounts included, as on the rest of a case). */
export async function loadPeople(ids: ReadonlyArray<string | null>): Promise<Map<string, TargetPerson>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await getDb().select(personColumns(users)).from(users).where(inArray(users.id, wanted));
  return new Map(rows.flatMap((row) => {
    const person = toPersonIncludingDeleted(row);
    return person ? [[person.id, person] as const] : [];
  }));
}
