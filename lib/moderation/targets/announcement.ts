import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { announcements, users } from "@/db/schema";
import { announcementPath } from "@/lib/announcements/paths";
import { personColumns, toLivePerson } from "../person";
import type { TargetAdapter } from "./types";

/** A district announcement: its title and summary are the reported text. */
export const announcementTarget: TargetAdapter = {
  async loadMany(ids, db) {
    const rows = await db
      .select({
        id: announcements.id,
        title: announcements.title,
        summary: announcements.summary,
        createdAt: announcements.publishAt,
        hiddenByDecisionId: announcements.hiddenByDecisionId,
        author: personColumns(users),
      })
      .from(announcements)
      .leftJoin(users, eq(users.id, announcements.authorId))
      .where(inArray(announcements.id, [...ids]));
    return rows.map((row) => ({
      type: "announcement" as const,
      id: row.id,
      author: toLivePerson(row.author),
      text: `${row.title}\n\n${row.summary}`,
      context: null,
      href: announcementPath(row.id),
      createdAt: row.createdAt,
      hideable: true,
      hiddenByDecisionId: row.hiddenByDecisionId,
    }));
  },
  async hide(id, decisionId, tx) {
    await tx.update(announcements).set({ hiddenByDecisionId: decisionId }).where(eq(announcements.id, id));
  },
  async restore(id, decisionId, tx) {
    await tx
      .update(announcements)
      .set({ hiddenByDecisionId: null })
      .where(sql`${announcements.id} = ${id} and ${announcements.hiddenByDecisionId} = ${decisionId}`);
  },
};
