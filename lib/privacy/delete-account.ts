import "server-only";
import { eq, inArray, like, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  accounts,
  announcementComments,
  announcements,
  calendarFeeds,
  concernCosignatures,
  ideaComments,
  ideaSupports,
  ideas,
  followedLocalities,
  followedTopics,
  spaceEventRsvps,
  spaceShiftSignups,
  spaceFollows,
  spaceMembers,
  mediationParties,
  conversationMembers,
  messageBlocks,
  messageSettings,
  notificationPreferences,
  notifications,
  personalDataExports,
  rateLimits,
  sessions,
  termsAcceptances,
  users,
  verificationCodes,
  verificationTokens,
} from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { handOverSpacesOf, releaseEventPlacesOf } from "@/lib/spaces/account-deletion";
import { removeUploadsBy } from "@/lib/uploads/mutations";
import { loadOwnAccountFacts } from "./account-facts";
import { retireUsername } from "./retired-usernames";

/** The advisory lock (a number of our own) that admins' account deletions take one after another. */
const ADMIN_DELETION_LOCK = 4_711_017;

/** The placeholder a deleted account's required, unique e-mail column holds: no address, nothing to mail. */
export const deletedEmail = (userId: string) => `deleted-${userId}@deleted.invalid`;

/**
 * Deletes a person's account at once (DSGVO Art. 17): erases every personal column of the account,
 * deletes their sessions, tokens, follows, memberships, notifications, exports, uploaded files and rate-limit
 * counters, and leaves the row as an anonymised "gelöschtes Mitglied" that their public content and
 * the moderation records point at (lib/privacy/personal-data-map.ts says what stays and why). With
 * `deleteComments` their comments go too. Returns false when there is no such live account, and
 * "last_admin" (nothing changed) when it is the only active admin.
 */
export async function deleteAccount(input: { userId: string; deleteComments: boolean; now?: Date }): Promise<boolean | "last_admin"> {
  const now = input.now ?? new Date();
  return getDb().transaction(async (tx) => {
    const [account] = await tx
      .select({ email: users.email, username: users.username, status: users.status, role: users.role })
      .from(users)
      .where(eq(users.id, input.userId))
      .for("update");
    if (!account || account.status === "deleted") return false;
    const { userId } = input;
    // The rule was asked before this transaction; two admins deleting at once would each still see the
    // other. One lock for every admin's deletion, then the question again with what has committed since.
    if (account.role === "admin") {
      await tx.execute(sql`select pg_advisory_xact_lock(${ADMIN_DELETION_LOCK})`);
      if ((await loadOwnAccountFacts(userId, tx))?.account.lastActiveAdmin) return "last_admin";
    }

    if (input.deleteComments) {
      // Visible comments are counted on their announcement (hidden ones were taken off the count when hidden).
      await tx
        .update(announcements)
        .set({
          commentCount: sql`greatest(${announcements.commentCount} - (select count(*) from ${announcementComments} c where c.announcement_id = ${announcements.id} and c.author_id = ${userId} and c.hidden_by_decision_id is null), 0)`,
        })
        .where(inArray(announcements.id, tx.select({ id: announcementComments.announcementId }).from(announcementComments).where(eq(announcementComments.authorId, userId))));
      await tx.delete(announcementComments).where(eq(announcementComments.authorId, userId));
      await tx.execute(sql`update ideas set comment_count = greatest(comment_count - (select count(*) from idea_comments c where c.idea_id = ideas.id and c.author_id = ${userId}), 0) where id in (select idea_id from idea_comments where author_id = ${userId})`);
      await tx.delete(ideaComments).where(eq(ideaComments.authorId, userId));
    }

    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await tx.delete(accounts).where(eq(accounts.userId, userId));
    await tx.delete(verificationTokens).where(eq(verificationTokens.identifier, account.email));
    await tx.delete(followedLocalities).where(eq(followedLocalities.userId, userId));
    await tx.delete(followedTopics).where(eq(followedTopics.userId, userId));
    // Their spaces pass on and their places at events go to those waiting, before their rows go.
    await handOverSpacesOf(userId, tx);
    await releaseEventPlacesOf(userId, tx, now);
    await tx.delete(spaceMembers).where(eq(spaceMembers.userId, userId));
    await tx.delete(spaceFollows).where(eq(spaceFollows.userId, userId));
    await tx.delete(spaceEventRsvps).where(eq(spaceEventRsvps.userId, userId));
    // Their sign-ups for shifts go: the place is free for someone else.
    await tx.delete(spaceShiftSignups).where(eq(spaceShiftSignups.userId, userId));
    await tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId));
    await tx.delete(mediationParties).where(eq(mediationParties.userId, userId));
    // Their conversations stay with the others (messages shown from "gelöschtes Mitglied"); a conversation of two is closed.
    await tx.delete(conversationMembers).where(eq(conversationMembers.userId, userId));
    await tx.delete(messageSettings).where(eq(messageSettings.userId, userId));
    await tx.delete(messageBlocks).where(or(eq(messageBlocks.blockerId, userId), eq(messageBlocks.blockedId, userId)));
    // A co-signature is the person's own act: it goes, and the public count with it.
    await tx.execute(sql`update concerns set cosign_count = cosign_count - 1 where id in (select concern_id from concern_cosignatures where user_id = ${userId})`);
    await tx.delete(concernCosignatures).where(eq(concernCosignatures.userId, userId));
    // A support likewise; the moment the idea reached the threshold stays (the clock had started).
    await tx.update(ideas).set({ supportCount: sql`${ideas.supportCount} - 1` }).where(inArray(ideas.id, tx.select({ id: ideaSupports.ideaId }).from(ideaSupports).where(eq(ideaSupports.userId, userId))));
    await tx.delete(ideaSupports).where(eq(ideaSupports.userId, userId));
    await tx.delete(notifications).where(eq(notifications.userId, userId));
    await tx.delete(notificationPreferences).where(eq(notificationPreferences.userId, userId));
    await tx.delete(termsAcceptances).where(eq(termsAcceptances.userId, userId));
    await tx.delete(personalDataExports).where(eq(personalDataExports.userId, userId));
    await removeUploadsBy(userId, tx);
    // Counters are keyed "<limit>:<e-mail | account:<id> | unknown:<name>>" (lib/rate-limit, lib/auth/credentials).
    const keys = [account.email.toLowerCase(), `account:${userId}`, ...(account.username ? [`unknown:${account.username.toLowerCase()}`] : [])];
    await tx.delete(rateLimits).where(or(...keys.map((key) => like(rateLimits.key, `%:${key.replaceAll("%", "\\%").replaceAll("_", "\\_")}`))));
    // The office's note on the code this person redeemed may describe them ("Ausweis geprüft, Frau …").
    await tx.update(verificationCodes).set({ note: null }).where(eq(verificationCodes.usedById, userId));

    if (account.username) await retireUsername(account.username, tx, now);

    await tx
      .update(users)
      .set({
        name: null,
        email: deletedEmail(userId),
        emailVerified: null,
        image: null,
        username: null,
        displayName: null,
        localityId: null,
        departmentId: null,
        role: "member",
        verification: "email",
        verifiedAt: null,
        status: "deleted",
        suspendedUntil: null,
        suspensionReason: null,
        suspendedByDecisionId: null,
        acceptedTermsVersion: null,
        acceptedTermsAt: null,
        passwordHash: null,
        createdAt: now,
        updatedAt: now,
      })
      .where(eq(users.id, userId));

    await recordAudit({ actorId: userId, action: "user.deleted_own_account", targetType: "user", targetId: userId, details: { commentsDeleted: input.deleteComments } }, tx);
    return true;
  });
}
