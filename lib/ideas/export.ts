import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ideaComments, ideaSupports, ideas } from "@/db/schema";

/** The person's part of ideas for the data export: what they submitted, what they supported, what they commented. */
export async function collectIdeaData(userId: string) {
  const db = getDb();
  const [submitted, supported, comments] = await Promise.all([
    db
      .select({ id: ideas.id, title: ideas.title, description: ideas.description, status: ideas.status, officialAnswer: ideas.officialAnswer, createdAt: ideas.createdAt })
      .from(ideas)
      .where(eq(ideas.authorId, userId))
      .orderBy(asc(ideas.createdAt)),
    db
      .select({ ideaId: ideaSupports.ideaId, title: ideas.title, createdAt: ideaSupports.createdAt })
      .from(ideaSupports)
      .innerJoin(ideas, eq(ideas.id, ideaSupports.ideaId))
      .where(eq(ideaSupports.userId, userId))
      .orderBy(asc(ideaSupports.createdAt)),
    db
      .select({ id: ideaComments.id, ideaId: ideaComments.ideaId, body: ideaComments.body, createdAt: ideaComments.createdAt })
      .from(ideaComments)
      .where(eq(ideaComments.authorId, userId))
      .orderBy(asc(ideaComments.createdAt)),
  ]);
  return { submitted, supported, comments };
}
