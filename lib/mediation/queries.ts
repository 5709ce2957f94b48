import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { mediationCases, mediationMessages, mediationParties, users } from "@/db/schema";
import type { TargetType } from "@/lib/moderation/targets";
import type { MediationFacts, Role, Verification } from "@/lib/policy";

export interface MediationPerson {
  id: string;
  displayName: string | null;
  username: string | null;
  role: Role;
  verification: Verification;
}

const person = { id: users.id, displayName: users.displayName, username: users.username, role: users.role, verification: users.verification };

/** The facts of "mediation.read" / "mediation.post" / "mediation.close". */
export async function loadMediationFacts(caseId: string): Promise<{ mediation: MediationFacts } | null> {
  const [row] = await getDb().select({ status: mediationCases.status }).from(mediationCases).where(eq(mediationCases.id, caseId));
  if (!row) return null;
  const parties = await getDb().select({ userId: mediationParties.userId }).from(mediationParties).where(eq(mediationParties.caseId, caseId));
  return { mediation: { open: row.status === "open", partyIds: parties.map((p) => p.userId) } };
}

export interface MediationListItem {
  id: string;
  title: string;
  status: "open" | "closed";
  createdAt: Date;
  closedAt: Date | null;
  parties: MediationPerson[];
  messageCount: number;
}

async function withParties<T extends { id: string }>(rows: T[]) {
  if (rows.length === 0) return [];
  const parties = await getDb()
    .select({ caseId: mediationParties.caseId, ...person })
    .from(mediationParties)
    .innerJoin(users, eq(users.id, mediationParties.userId))
    .where(inArray(mediationParties.caseId, rows.map((r) => r.id)))
    .orderBy(asc(users.displayName));
  return rows.map((row) => ({
    ...row,
    parties: parties.filter((p) => p.caseId === row.id).map((p) => ({ id: p.id, displayName: p.displayName, username: p.username, role: p.role, verification: p.verification })),
  }));
}

const listColumns = {
  id: mediationCases.id,
  title: mediationCases.title,
  status: mediationCases.status,
  createdAt: mediationCases.createdAt,
  closedAt: mediationCases.closedAt,
  messageCount: sql<number>`(select count(*)::int from ${mediationMessages} where ${mediationMessages.caseId} = ${mediationCases.id})`,
};

/** For moderators: every case, open ones first, newest first. */
export async function listMediationCases(): Promise<MediationListItem[]> {
  const rows = await getDb()
    .select(listColumns)
    .from(mediationCases)
    .orderBy(desc(sql`${mediationCases.status} = 'open'`), desc(mediationCases.createdAt))
    .limit(200);
  return withParties(rows);
}

/** For a member: the cases they are a party to. */
export async function listOwnMediationCases(userId: string): Promise<MediationListItem[]> {
  const rows = await getDb()
    .select(listColumns)
    .from(mediationCases)
    .innerJoin(mediationParties, and(eq(mediationParties.caseId, mediationCases.id), eq(mediationParties.userId, userId)))
    .orderBy(desc(mediationCases.createdAt))
    .limit(100);
  return withParties(rows);
}

export interface MediationMessage {
  id: string;
  body: string;
  createdAt: Date;
  author: MediationPerson | null;
}

export interface MediationCase extends MediationListItem {
  outcomeNote: string | null;
  /** The reported target it was opened from; the page shows it to moderators only. */
  source: { type: TargetType; id: string } | null;
  openedBy: MediationPerson | null;
  closedBy: MediationPerson | null;
  messages: MediationMessage[];
}

/** A case with its thread. Who may read it is the policy's question ("mediation.read"). */
export async function getMediationCase(caseId: string): Promise<MediationCase | null> {
  const opener = alias(users, "opener");
  const closer = alias(users, "closer");
  const [row] = await getDb()
    .select({
      ...listColumns,
      outcomeNote: mediationCases.outcomeNote,
      sourceTargetType: mediationCases.sourceTargetType,
      sourceTargetId: mediationCases.sourceTargetId,
      openedBy: { id: opener.id, displayName: opener.displayName, username: opener.username, role: opener.role, verification: opener.verification },
      closedBy: { id: closer.id, displayName: closer.displayName, username: closer.username, role: closer.role, verification: closer.verification },
    })
    .from(mediationCases)
    .leftJoin(opener, eq(opener.id, mediationCases.openedById))
    .leftJoin(closer, eq(closer.id, mediationCases.closedById))
    .where(eq(mediationCases.id, caseId));
  if (!row) return null;
  const { sourceTargetType, sourceTargetId, ...caseRow } = row;
  const [withPeople] = await withParties([caseRow]);
  const messages = await getDb()
    .select({ id: mediationMessages.id, body: mediationMessages.body, createdAt: mediationMessages.createdAt, author: person })
    .from(mediationMessages)
    .leftJoin(users, eq(users.id, mediationMessages.authorId))
    .where(eq(mediationMessages.caseId, caseId))
    .orderBy(asc(mediationMessages.createdAt), asc(mediationMessages.id))
    .limit(1000);
  return { ...withPeople!, source: sourceTargetType && sourceTargetId ? { type: sourceTargetType, id: sourceTargetId } : null, messages };
}

/** Accounts by username (case-insensitive), for naming the parties of a new case. */
export async function findAccountsByUsername(usernames: string[]) {
  if (usernames.length === 0) return [];
  return getDb()
    .select({ id: users.id, username: users.username, email: users.email, displayName: users.displayName, status: users.status })
    .from(users)
    .where(inArray(sql`lower(${users.username})`, usernames.map((u) => u.toLowerCase())));
}
