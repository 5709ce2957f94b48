import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { ideas, users } from "@/db/schema";
import { ideaPath } from "@/lib/ideas/paths";
import { personColumns, toLivePerson } from "../person";
import type { TargetAdapter } from "./types";

/** An idea: its title and description are the reported text. Hidden, it is gone for everyone but its author and moderators. */
export const ideaTarget: TargetAdapter = {
  async loadMany(ids, db) {
    const rows = await db
      .select({
        id: ideas.id,
        title: ideas.title,
        description: ideas.description,
        createdAt: ideas.createdAt,
        hiddenByDecisionId: ideas.hiddenByDecisionId,
        author: personColumns(users),
      })
      .from(ideas)
      .leftJoin(users, eq(users.id, ideas.authorId))
      .where(inArray(ideas.id, [...ids]));
    return rows.map((row) => ({
      type: "idea" as const,
      id: row.id,
      author: toLivePerson(row.author),
      text: `${row.title}\n\n${row.description}`,
      context: null,
      href: ideaPath(row.id),
      createdAt: row.createdAt,
      hideable: true,
      hiddenByDecisionId: row.hiddenByDecisionId,
    }));
  },
  async hide(id, decisionId, tx) {
    await tx.update(ideas).set({ hiddenByDecisionId: decisionId }).where(eq(ideas.id, id));
  },
  async restore(id, decisionId, tx) {
    await tx.update(ideas).set({ hiddenByDecisionId: null }).where(sql`${ideas.id} = ${id} and ${ideas.hiddenByDecisionId} = ${decisionId}`);
  },
};
