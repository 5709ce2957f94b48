import "server-only";
import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { collectConcernData } from "@/lib/concerns/export";
import { collectIdeaData } from "@/lib/ideas/export";
import { collectMessageData } from "./collect-messages";
import {
  announcementComments,
  announcements,
  appeals,
  auditLog,
  followedLocalities,
  followedTopics,
  localities,
  mediationCases,
  mediationMessages,
  mediationParties,
  moderationDecisions,
  notificationPreferences,
  notifications,
  reports,
  sessions,
  termsAcceptances,
  topics,
  users,
  verificationCodes,
} from "@/db/schema";
import { listUploadsForExport } from "@/lib/uploads/export";
import { collectSpaceData } from "./collect-spaces";

/**
 * What the platform holds about one person, one entry per file of the export. Secrets (password
 * hash, session tokens, code hashes) and other people's identities are left out; the rest is as stored.
 */
export async function collectPersonalData(userId: string) {
  const db = getDb();
  const [account] = await db
    .select({
      id: users.id,
      email: users.email,
      emailVerified: users.emailVerified,
      username: users.username,
      locale: users.locale,
      role: users.role,
      verification: users.verification,
      verifiedAt: users.verifiedAt,
      status: users.status,
      suspendedUntil: users.suspendedUntil,
      suspensionReason: users.suspensionReason,
      acceptedTermsVersion: users.acceptedTermsVersion,
      acceptedTermsAt: users.acceptedTermsAt,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
      createdAt: users.createdAt,
      updatedAt: users.updatedAt,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!account) return null;

  const [profile] = await db
    .select({ displayName: users.displayName, name: users.name, image: users.image, locality: localities.name })
    .from(users)
    .leftJoin(localities, eq(localities.id, users.localityId))
    .where(eq(users.id, userId));

  const [followedPlaces, followedSubjects] = await Promise.all([
    db.select({ locality: localities.name }).from(followedLocalities).innerJoin(localities, eq(localities.id, followedLocalities.localityId)).where(eq(followedLocalities.userId, userId)),
    db.select({ topic: topics.name }).from(followedTopics).innerJoin(topics, eq(topics.id, followedTopics.topicId)).where(eq(followedTopics.userId, userId)),
  ]);

  const partyCases = db.select({ id: mediationParties.caseId }).from(mediationParties).where(eq(mediationParties.userId, userId));
  const [sessionRows, comments, authored, reportsMade, decisions, appealRows, cases, messages, notificationRows, preferences, terms, codes, audit, uploaded] = await Promise.all([
    db.select({ createdAt: sessions.createdAt, expires: sessions.expires }).from(sessions).where(eq(sessions.userId, userId)).orderBy(asc(sessions.createdAt)),
    db
      .select({
        id: announcementComments.id,
        announcementId: announcementComments.announcementId,
        announcementTitle: announcements.title,
        body: announcementComments.body,
        hidden: sql<boolean>`${announcementComments.hiddenByDecisionId} is not null`,
        createdAt: announcementComments.createdAt,
        editedAt: announcementComments.editedAt,
      })
      .from(announcementComments)
      .innerJoin(announcements, eq(announcements.id, announcementComments.announcementId))
      .where(eq(announcementComments.authorId, userId))
      .orderBy(asc(announcementComments.createdAt)),
    db
      .select({ id: announcements.id, title: announcements.title, summary: announcements.summary, body: announcements.body, status: announcements.status, publishAt: announcements.publishAt, expiresAt: announcements.expiresAt, createdAt: announcements.createdAt })
      .from(announcements)
      .where(eq(announcements.authorId, userId))
      .orderBy(asc(announcements.createdAt)),
    db
      .select({ id: reports.id, targetType: reports.targetType, targetId: reports.targetId, reason: reports.reason, explanation: reports.explanation, status: reports.status, createdAt: reports.createdAt, resolvedAt: reports.resolvedAt, outcome: moderationDecisions.kind })
      .from(reports)
      .leftJoin(moderationDecisions, eq(moderationDecisions.id, reports.decisionId))
      .where(eq(reports.reporterId, userId))
      .orderBy(asc(reports.createdAt)),
    db
      .select({
        id: moderationDecisions.id,
        targetType: moderationDecisions.targetType,
        targetId: moderationDecisions.targetId,
        kind: moderationDecisions.kind,
        rule: moderationDecisions.ruleKey,
        termsVersion: moderationDecisions.termsVersion,
        facts: moderationDecisions.facts,
        contentSnapshot: moderationDecisions.contentSnapshot,
        suspendedUntil: moderationDecisions.suspendedUntil,
        createdAt: moderationDecisions.createdAt,
        reversedAt: moderationDecisions.reversedAt,
      })
      .from(moderationDecisions)
      .where(eq(moderationDecisions.affectedUserId, userId))
      .orderBy(asc(moderationDecisions.createdAt)),
    db
      .select({ id: appeals.id, decisionId: appeals.decisionId, statement: appeals.statement, status: appeals.status, outcomeNote: appeals.outcomeNote, createdAt: appeals.createdAt, decidedAt: appeals.decidedAt })
      .from(appeals)
      .where(eq(appeals.appellantId, userId))
      .orderBy(asc(appeals.createdAt)),
    db
      .select({ id: mediationCases.id, title: mediationCases.title, status: mediationCases.status, outcomeNote: mediationCases.outcomeNote, createdAt: mediationCases.createdAt, closedAt: mediationCases.closedAt })
      .from(mediationCases)
      .where(inArray(mediationCases.id, partyCases))
      .orderBy(asc(mediationCases.createdAt)),
    db
      .select({ id: mediationMessages.id, caseId: mediationMessages.caseId, body: mediationMessages.body, createdAt: mediationMessages.createdAt })
      .from(mediationMessages)
      .where(eq(mediationMessages.authorId, userId))
      .orderBy(asc(mediationMessages.createdAt)),
    db
      .select({ kind: notifications.kind, data: notifications.data, thread: notifications.threadTitle, channel: notifications.channel, createdAt: notifications.createdAt, readAt: notifications.readAt, mailedAt: notifications.mailedAt })
      .from(notifications)
      .where(eq(notifications.userId, userId))
      .orderBy(asc(notifications.createdAt)),
    db.select({ kind: notificationPreferences.kind, channel: notificationPreferences.channel }).from(notificationPreferences).where(eq(notificationPreferences.userId, userId)).orderBy(asc(notificationPreferences.kind)),
    db.select({ version: termsAcceptances.version, acceptedAt: termsAcceptances.acceptedAt }).from(termsAcceptances).where(eq(termsAcceptances.userId, userId)).orderBy(asc(termsAcceptances.version)),
    db.select({ usedAt: verificationCodes.usedAt, expiresAt: verificationCodes.expiresAt }).from(verificationCodes).where(eq(verificationCodes.usedById, userId)),
    db
      .select({ action: auditLog.action, byThemselves: sql<boolean>`${auditLog.actorId} is not distinct from ${userId}`, targetType: auditLog.targetType, targetId: auditLog.targetId, reason: auditLog.reason, details: auditLog.details, createdAt: auditLog.createdAt })
      .from(auditLog)
      .where(or(eq(auditLog.actorId, userId), and(eq(auditLog.targetType, "user"), eq(auditLog.targetId, userId))))
      .orderBy(asc(auditLog.createdAt), asc(auditLog.id)),
    listUploadsForExport(userId),
  ]);
  const [concernData, ideaData] = await Promise.all([collectConcernData(userId), collectIdeaData(userId)]);

  return {
    "account.json": account,
    "profile.json": profile ?? null,
    "follows.json": { localities: followedPlaces.map((r) => r.locality), topics: followedSubjects.map((r) => r.topic) },
    "sessions.json": sessionRows,
    "comments.json": comments,
    "announcements.json": authored,
    "concerns.json": concernData,
    "ideas.json": ideaData,
    "reports.json": reportsMade,
    "decisions.json": decisions,
    "appeals.json": appealRows,
    "mediation.json": { cases, messages },
    "notifications.json": notificationRows,
    "notification-preferences.json": preferences,
    "accepted-terms.json": terms,
    "verification.json": codes,
    "audit-log.json": audit,
    "uploads.json": uploaded,
    "spaces.json": await collectSpaceData(userId),
    "messages.json": await collectMessageData(userId),
  };
}

export type PersonalData = NonNullable<Awaited<ReturnType<typeof collectPersonalData>>>;
export type ExportFile = keyof PersonalData;
