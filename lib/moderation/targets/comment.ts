import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { announcementComments, announcements, users } from "@/db/schema";
import { commentHref } from "@/lib/announcements/comments/paths";
import { commentPageCursor } from "@/lib/announcements/comments/queries";
import { announcementPath } from "@/lib/announcements/paths";
import { personColumns, toLivePerson } from "../person";
import type { TargetAdapter } from "./types";

/** A comment under an announcement: its body is the reported text, the announcement its context. */
export const commentTarget: TargetAdapter = {
  async loadMany(ids, db) {
    const rows = await db
      .select({
        id: announcementComments.id,
        body: announcementComments.body,
        createdAt: announcementComments.createdAt,
        hiddenByDecisionId: announcementComments.hiddenByDecisionId,
        announcementId: announcements.id,
        announcementTitle: announcements.title,
        author: personColumns(users),
      })
      .from(announcementComments)
      .innerJoin(announcements, eq(announcements.id, announcementComments.announcementId))
      .leftJoin(users, eq(users.id, announcementComments.authorId))
      .where(inArray(announcementComments.id, [...ids]));
    return rows.map((row) => ({
      type: "comment" as const,
      id: row.id,
      author: toLivePerson(row.author),
      text: row.body,
      context: { title: row.announcementTitle, href: announcementPath(row.announcementId) },
      href: commentHref({ announcementId: row.announcementId, commentId: row.id, from: commentPageCursor(row) }),
      createdAt: row.createdAt,
      hideable: true,
      hiddenByDecisionId: row.hiddenByDecisionId,
    }));
  },
  async hide(id, decisionId, tx) {
    await tx.update(announcementComments).set({ hiddenByDecisionId: decisionId }).where(eq(announcementComments.id, id));
  },
  async restore(id, decisionId, tx) {
    await tx
      .update(announcementComments)
      .set({ hiddenByDecisionId: null })
      .where(sql`${announcementComments.id} = ${id} and ${announcementComments.hiddenByDecisionId} = ${decisionId}`);
  },
};
