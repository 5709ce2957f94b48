import "server-only";
import { and, asc, desc, eq, gt, ilike, isNotNull, isNull, lt, ne, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLog, localities, users } from "@/db/schema";
import { isOfficialDomain } from "@/lib/district/queries";
import { decodeCursor, toPage } from "@/lib/pagination";
import type { AccountStatus, Role, TargetAccount, Verification } from "@/lib/policy";

/** What the policy needs about an account an admin acts on. */
export async function loadTargetAccountFacts(userId: string): Promise<TargetAccount | null> {
  const [row] = await getDb()
    .select({ id: users.id, email: users.email, role: users.role, verification: users.verification, status: users.status })
    .from(users)
    .where(eq(users.id, userId));
  if (!row) return null;
  const { email, ...account } = row;
  return { ...account, officialDomain: await isOfficialDomain(email) };
}

export async function isUsernameTaken(username: string, exceptUserId: string) {
  const [row] = await getDb()
    .select({ id: users.id })
    .from(users)
    .where(and(sql`lower(${users.username}) = lower(${username})`, ne(users.id, exceptUserId)))
    .limit(1);
  return Boolean(row);
}

export interface UserListItem {
  id: string;
  email: string;
  username: string | null;
  displayName: string | null;
  role: Role;
  verification: Verification;
  status: AccountStatus;
  suspendedUntil: Date | null;
  createdAt: Date;
}

const listColumns = {
  id: users.id,
  email: users.email,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  verification: users.verification,
  status: users.status,
  suspendedUntil: users.suspendedUntil,
  createdAt: users.createdAt,
};

/** An ILIKE pattern for "contains q", served by the trigram indexes on display name, username and e-mail (migration 0005). */
const escapeLike = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);
const containsPattern = (q: string) => `%${escapeLike(q)}%`;

/** Admin search by name, username or e-mail; newest first, keyset-paginated. */
export async function searchUsers({ q, after }: { q: string; after?: string }) {
  const cursor = decodeCursor(after);
  const pattern = containsPattern(q);
  const rows: UserListItem[] = await getDb()
    .select(listColumns)
    .from(users)
    .where(
      and(
        q ? or(ilike(users.email, pattern), ilike(users.username, pattern), ilike(users.displayName, pattern)) : undefined,
        cursor
          ? or(lt(users.createdAt, new Date(cursor.createdAt)), and(eq(users.createdAt, new Date(cursor.createdAt)), lt(users.id, cursor.id)))
          : undefined,
      ),
    )
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(26);
  return toPage(rows);
}

export interface PersonSearchHit {
  id: string;
  displayName: string;
  username: string;
  verification: Verification;
  role: Role;
}

/**
 * People by display name or username (not by e-mail), for naming them, e.g. as parties of a mediation:
 * live accounts with a completed profile, those whose name starts with the query first. The same
 * trigram-indexed search as the admin's.
 */
export async function searchPeopleByName(q: string, limit = 8): Promise<PersonSearchHit[]> {
  const pattern = containsPattern(q);
  const prefix = `${escapeLike(q)}%`;
  const rows = await getDb()
    .select({ id: users.id, displayName: users.displayName, username: users.username, verification: users.verification, role: users.role })
    .from(users)
    .where(and(or(ilike(users.username, pattern), ilike(users.displayName, pattern)), eq(users.status, "active"), isNotNull(users.username), isNotNull(users.displayName)))
    .orderBy(desc(sql`${users.displayName} ilike ${prefix} or ${users.username} ilike ${prefix}`), asc(users.displayName), asc(users.id))
    .limit(limit);
  return rows.flatMap((row) => (row.username && row.displayName ? [{ ...row, username: row.username, displayName: row.displayName }] : []));
}

export interface UserDetail extends UserListItem {
  localityName: string | null;
  verifiedAt: Date | null;
  suspensionReason: string | null;
  hasPassword: boolean;
  officialDomain: boolean;
  history: Array<{ id: number; action: string; reason: string | null; createdAt: Date; details: Record<string, unknown> | null }>;
}

export async function getUserDetail(userId: string): Promise<UserDetail | null> {
  const db = getDb();
  const [row] = await db
    .select({
      ...listColumns,
      localityName: localities.name,
      verifiedAt: users.verifiedAt,
      suspensionReason: users.suspensionReason,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
    })
    .from(users)
    .leftJoin(localities, eq(localities.id, users.localityId))
    .where(eq(users.id, userId));
  if (!row) return null;
  const history = await db
    .select({ id: auditLog.id, action: auditLog.action, reason: auditLog.reason, createdAt: auditLog.createdAt, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.targetType, "user"), eq(auditLog.targetId, userId)))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(20);
  return { ...row, officialDomain: await isOfficialDomain(row.email), history };
}

export interface OwnProfile {
  email: string;
  username: string | null;
  displayName: string | null;
  localityId: number | null;
  hasPassword: boolean;
}

export async function getOwnProfile(userId: string): Promise<OwnProfile | null> {
  const [row] = await getDb()
    .select({
      email: users.email,
      username: users.username,
      displayName: users.displayName,
      localityId: users.localityId,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
    })
    .from(users)
    .where(eq(users.id, userId));
  return row ?? null;
}

export interface SuspendedAccount {
  id: string;
  displayName: string | null;
  username: string | null;
  role: Role;
  verification: Verification;
  suspendedUntil: Date | null;
  suspensionReason: string | null;
}

/** Accounts whose suspension is in force now; for moderators' overview. */
export async function listActiveSuspensions(): Promise<SuspendedAccount[]> {
  return getDb()
    .select({
      id: users.id,
      displayName: users.displayName,
      username: users.username,
      role: users.role,
      verification: users.verification,
      suspendedUntil: users.suspendedUntil,
      suspensionReason: users.suspensionReason,
    })
    .from(users)
    .where(and(eq(users.status, "suspended"), or(isNull(users.suspendedUntil), gt(users.suspendedUntil, new Date()))))
    .orderBy(asc(users.suspendedUntil))
    .limit(200);
}
