import { is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import * as schema from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { createPersonalCalendarLink, hashCalendarToken } from "@/lib/spaces/calendar/personal-link";
import { createAnnouncement, createComment, follow } from "./announcement-factory";
import { createSession, createUser, currentTermsVersion, uniqueSuffix } from "./factories";

export const PASSWORD = "Sternenfischer-Laufbus-2026";

/** The schema's property names become SQL names through drizzle's `casing: "snake_case"`. */
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A table's SQL name, its columns and the columns that reference users.id. */
export function describeTable(table: PgTable) {
  const config = getTableConfig(table);
  const userColumns = config.foreignKeys
    .map((fk) => fk.reference())
    .filter((ref) => getTableConfig(ref.foreignTable).name === "users")
    .flatMap((ref) => ref.columns.map((column) => snake(column.name)));
  return { name: config.name, columns: config.columns.map((c) => snake(c.name)), userColumns };
}

/** Every table of db/schema, described. */
export function schemaTables() {
  return (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable)).map(describeTable);
}

/**
 * A person with data in every table that can hold some: profile, password, sessions, follows,
 * accepted terms, a comment, a report they made, a decision about them and their appeal, a
 * mediation case with a message, a notification, a redeemed verification code, audit entries, a
 * sign-in link, a rate-limit counter and a calendar link. Returns what the tests look for.
 */
export async function createPersonWithData() {
  const db = getDb();
  const tag = uniqueSuffix();
  const email = `daten-${tag}@kiezwerk.example`;
  const username = `daten_${tag}`;
  const person = await createUser({ email, username, displayName: "Dana Datensatz", passwordHash: await hashPassword(PASSWORD), verification: "verified" });
  const other = await createUser();
  const moderator = await createUser({ role: "moderator", verification: "verified" });
  await createSession(person.id);
  const calendarToken = await createPersonalCalendarLink(person.id);
  await follow(person.id, { localities: ["koepenick"], topics: ["umwelt"] });
  await db.insert(schema.termsAcceptances).values({ userId: person.id, version: await currentTermsVersion() }).onConflictDoNothing();

  const announcement = await createAnnouncement({ title: `Laufbus ${tag}` });
  const commentBody = `Mein Kommentar zum Laufbus ${tag}`;
  const comment = await createComment({ announcementId: announcement.id, authorId: person.id, body: commentBody });
  const othersComment = await createComment({ announcementId: announcement.id, authorId: other.id });

  const [report] = await db
    .insert(schema.reports)
    .values({ targetType: "comment", targetId: othersComment.id, reporterId: person.id, reason: "insult", explanation: `Meine Meldung ${tag}` })
    .returning();
  const [decision] = await db
    .insert(schema.moderationDecisions)
    .values({ targetType: "comment", targetId: comment.id, affectedUserId: person.id, moderatorId: moderator.id, kind: "warn", ruleKey: "respect", termsVersion: 1, facts: "Ton" })
    .returning();
  await db.insert(schema.appeals).values({ decisionId: decision!.id, appellantId: person.id, statement: `Mein Widerspruch ${tag}` });
  const [mediation] = await db.insert(schema.mediationCases).values({ title: `Schlichtung ${tag}`, openedById: moderator.id }).returning();
  await db.insert(schema.mediationParties).values([
    { caseId: mediation!.id, userId: person.id },
    { caseId: mediation!.id, userId: other.id },
  ]);
  await db.insert(schema.mediationMessages).values({ caseId: mediation!.id, authorId: person.id, body: `Meine Nachricht ${tag}` });
  await db.insert(schema.notifications).values({ userId: person.id, kind: "report.received", data: { reportId: report!.id } });
  await db.insert(schema.verificationCodes).values({
    codeHash: `hash-${tag}`,
    note: "Schalter, Ausweis von Frau Datensatz geprüft",
    expiresAt: new Date(Date.now() + 86_400_000),
    usedAt: new Date(),
    usedById: person.id,
  });
  await db.insert(schema.auditLog).values({ actorId: person.id, action: "verification.code_redeemed", targetType: "user", targetId: person.id });
  await db.insert(schema.verificationTokens).values({ identifier: email, token: `token-${tag}`, expires: new Date(Date.now() + 600_000) });
  await db.insert(schema.rateLimits).values([
    { key: `linkPerAddress:${email}`, points: 1, expire: new Date(Date.now() + 600_000) },
    { key: `passwordPerAccount:account:${person.id}`, points: 1, expire: new Date(Date.now() + 600_000) },
  ]);
  return { person, other, email, username, announcement, comment, commentBody, report: report!, decision: decision!, mediation: mediation!, calendarTokenHash: hashCalendarToken(calendarToken), tag };
}
