import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { ideaComments, ideas, users } from "@/db/schema";
import { ideaCommentPath, ideaPath } from "@/lib/ideas/paths";
import { personColumns, toLivePerson } from "../person";
import type { TargetAdapter } from "./types";

/** A comment on an idea: its body is the reported text, the idea its context. */
export const ideaCommentTarget: TargetAdapter = {
  async loadMany(ids, db) {
    const rows = await db
      .select({
        id: ideaComments.id,
        body: ideaComments.body,
        createdAt: ideaComments.createdAt,
        hiddenByDecisionId: ideaComments.hiddenByDecisionId,
        ideaId: ideas.id,
        ideaTitle: ideas.title,
        author: personColumns(users),
      })
      .from(ideaComments)
      .innerJoin(ideas, eq(ideas.id, ideaComments.ideaId))
      .leftJoin(users, eq(users.id, ideaComments.authorId))
      .where(inArray(ideaComments.id, [...ids]));
    return rows.map((row) => ({
      type: "idea_comment" as const,
      id: row.id,
      author: toLivePerson(row.author),
      text: row.body,
      context: { title: row.ideaTitle, href: ideaPath(row.ideaId) },
      href: ideaCommentPath(row.ideaId, row.id),
      createdAt: row.createdAt,
      hideable: true,
      hiddenByDecisionId: row.hiddenByDecisionId,
    }));
  },
  async hide(id, decisionId, tx) {
    await tx.update(ideaComments).set({ hiddenByDecisionId: decisionId }).where(eq(ideaComments.id, id));
  },
  async restore(id, decisionId, tx) {
    await tx.update(ideaComments).set({ hiddenByDecisionId: null }).where(sql`${ideaComments.id} = ${id} and ${ideaComments.hiddenByDecisionId} = ${decisionId}`);
  },
};
