import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Role, Verification } from "@/lib/policy";

/** A person as moderation's pages show them: reporter, author, moderator, appellant. */
export interface TargetPerson {
  id: string;
  displayName: string | null;
  username: string | null;
  role: Role;
  verification: Verification;
}

type PersonTable = { id: AnyPgColumn; displayName: AnyPgColumn; username: AnyPgColumn; role: AnyPgColumn; verification: AnyPgColumn; status: AnyPgColumn };

/** The columns to select for a person; works for `users` and its aliases (reporter, moderator, …). */
export const personColumns = <T extends PersonTable>(table: T) => ({
  id: table.id,
  displayName: table.displayName,
  username: table.username,
  role: table.role,
  verification: table.verification,
  status: table.status,
});

interface PersonRow {
  id: string | null;
  displayName: string | null;
  username: string | null;
  role: Role | null;
  verification: Verification | null;
  status: string | null;
}

/** A selected (or left-joined: all null when nobody) person as the page's DTO. */
type Joined = { [K in keyof PersonRow]: unknown } | null | undefined;

/**
 * The person a row names, deleted accounts included: the people around a case (reporter, claimer,
 * moderator, appellant) stay on record, shown as the anonymised "deleted member".
 */
export function toPersonIncludingDeleted(joined: Joined): TargetPerson | null {
  const row = joined as PersonRow | null | undefined;
  return row && row.id && row.role && row.verification
    ? { id: row.id, displayName: row.displayName, username: row.username, role: row.role, verification: row.verification }
    : null;
}

/**
 * The same, but null for a deleted account: a target's author, whom a decision addresses. Content of
 * a deleted account has nobody to warn or suspend, and a deleted account is no target at all.
 */
export function toLivePerson(joined: Joined): TargetPerson | null {
  const row = joined as PersonRow | null | undefined;
  return row?.status === "deleted" ? null : toPersonIncludingDeleted(row);
}
