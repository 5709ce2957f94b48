import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { concerns, users } from "@/db/schema";
import { concernPath } from "@/lib/concerns/paths";
import { personColumns, toLivePerson } from "../person";
import type { TargetAdapter } from "./types";

/** A resident's concern: its title and description are the reported text. Hidden, it is gone for everyone but its author and the responsible staff. */
export const concernTarget: TargetAdapter = {
  async loadMany(ids, db) {
    const rows = await db
      .select({
        id: concerns.id,
        title: concerns.title,
        description: concerns.description,
        createdAt: concerns.createdAt,
        hiddenByDecisionId: concerns.hiddenByDecisionId,
        author: personColumns(users),
      })
      .from(concerns)
      .leftJoin(users, eq(users.id, concerns.authorId))
      .where(inArray(concerns.id, [...ids]));
    return rows.map((row) => ({
      type: "concern" as const,
      id: row.id,
      author: toLivePerson(row.author),
      text: `${row.title}\n\n${row.description}`,
      context: null,
      href: concernPath(row.id),
      createdAt: row.createdAt,
      hideable: true,
      hiddenByDecisionId: row.hiddenByDecisionId,
    }));
  },
  async hide(id, decisionId, tx) {
    await tx.update(concerns).set({ hiddenByDecisionId: decisionId }).where(eq(concerns.id, id));
  },
  async restore(id, decisionId, tx) {
    await tx.update(concerns).set({ hiddenByDecisionId: null }).where(sql`${concerns.id} = ${id} and ${concerns.hiddenByDecisionId} = ${decisionId}`);
  },
};
