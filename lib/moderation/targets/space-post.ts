import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { spacePosts, spaces, users } from "@/db/schema";
import { spacePath, spacePostPath } from "@/lib/spaces/paths";
import { personColumns, toLivePerson } from "../person";
import type { TargetAdapter } from "./types";

/** A post in a space's stream: its Markdown is the reported text, the space its context. */
export const spacePostTarget: TargetAdapter = {
  async loadMany(ids, db) {
    const rows = await db
      .select({
        id: spacePosts.id,
        body: spacePosts.body,
        createdAt: spacePosts.createdAt,
        hiddenByDecisionId: spacePosts.hiddenByDecisionId,
        spaceId: spaces.id,
        spaceName: spaces.name,
        author: personColumns(users),
      })
      .from(spacePosts)
      .innerJoin(spaces, eq(spaces.id, spacePosts.spaceId))
      .leftJoin(users, eq(users.id, spacePosts.authorId))
      .where(inArray(spacePosts.id, [...ids]));
    return rows.map((row) => ({
      type: "space_post" as const,
      id: row.id,
      author: toLivePerson(row.author),
      text: row.body,
      context: { title: row.spaceName, href: spacePath(row.spaceId) },
      href: spacePostPath(row.spaceId, row.id),
      createdAt: row.createdAt,
      hideable: true,
      hiddenByDecisionId: row.hiddenByDecisionId,
    }));
  },
  async hide(id, decisionId, tx) {
    await tx.update(spacePosts).set({ hiddenByDecisionId: decisionId }).where(eq(spacePosts.id, id));
  },
  async restore(id, decisionId, tx) {
    await tx.update(spacePosts).set({ hiddenByDecisionId: null }).where(sql`${spacePosts.id} = ${id} and ${spacePosts.hiddenByDecisionId} = ${decisionId}`);
  },
};
