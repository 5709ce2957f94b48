import "server-only";
import { and, eq, gte, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { concernCategories, districtSettings, ideaComments, ideaSupports, ideas } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { notifyIdeaAnswered } from "./audience";
import type { AnswerIdeaInput, SubmitIdeaInput } from "./schemas";

const TARGET = "idea";

/** Stores an idea, routed to the department its category names (kept, even if the mapping changes later). */
export async function submitIdea({ authorId, input }: { authorId: string; input: SubmitIdeaInput }): Promise<string | "unknown_category"> {
  return getDb().transaction(async (tx) => {
    const [category] = await tx.select({ departmentId: concernCategories.departmentId }).from(concernCategories).where(eq(concernCategories.id, input.categoryId));
    if (!category) return "unknown_category";
    const [row] = await tx
      .insert(ideas)
      .values({ authorId, title: input.title, description: input.description, categoryId: input.categoryId, departmentId: category.departmentId, localityId: input.localityId })
      .returning({ id: ideas.id });
    if (!row) throw new Error("idea not stored");
    await recordAudit({ actorId: authorId, action: "idea.submitted", targetType: TARGET, targetId: row.id, details: { title: input.title } }, tx);
    return row.id;
  });
}

/**
 * One support per person: the primary key decides between concurrent clicks (the second insert does
 * nothing), and only an inserted row raises the count. The support that reaches the district's
 * threshold starts the answer clock (once). False when already supported.
 */
export async function supportIdea({ userId, id }: { userId: string; id: string }): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const inserted = await tx.insert(ideaSupports).values({ ideaId: id, userId }).onConflictDoNothing().returning({ userId: ideaSupports.userId });
    if (inserted.length === 0) return false;
    await tx
      .update(ideas)
      .set({
        supportCount: sql`${ideas.supportCount} + 1`,
        thresholdReachedAt: sql`case when ${ideas.thresholdReachedAt} is null and ${ideas.supportCount} + 1 >= (select ${districtSettings.ideaSupportThreshold} from ${districtSettings} where ${districtSettings.id} = 1) then now() else ${ideas.thresholdReachedAt} end`,
      })
      .where(eq(ideas.id, id));
    await recordAudit({ actorId: userId, action: "idea.supported", targetType: TARGET, targetId: id }, tx);
    return true;
  });
}

/** The official answer with a status: the first one stops the clock; author and supporters are told. */
export async function answerIdea({ actorId, input }: { actorId: string; input: AnswerIdeaInput }): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const now = new Date();
    const [row] = await tx
      .update(ideas)
      .set({
        status: input.status,
        officialAnswer: input.answer,
        answeredById: actorId,
        answeredAt: now,
        firstAnsweredAt: sql`coalesce(${ideas.firstAnsweredAt}, ${now.toISOString()}::timestamptz)`,
      })
      .where(eq(ideas.id, input.id))
      .returning({ id: ideas.id, title: ideas.title });
    if (!row) return false;
    await notifyIdeaAnswered(row, input.status, actorId, tx);
    await recordAudit({ actorId, action: "idea.answered", targetType: TARGET, targetId: input.id, details: { title: row.title, status: input.status } }, tx);
    return true;
  });
}

export async function addIdeaComment({ authorId, id, body }: { authorId: string; id: string; body: string }): Promise<string> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx.insert(ideaComments).values({ ideaId: id, authorId, body }).returning({ id: ideaComments.id });
    await tx.update(ideas).set({ commentCount: sql`${ideas.commentCount} + 1` }).where(eq(ideas.id, id));
    await recordAudit({ actorId: authorId, action: "idea.commented", targetType: "idea_comment", targetId: row!.id, details: { ideaId: id } }, tx);
    return row!.id;
  });
}

/** Only one's own comment (ownership in the where). */
export async function deleteIdeaComment({ authorId, commentId }: { authorId: string; commentId: string }): Promise<string | null> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .delete(ideaComments)
      .where(and(eq(ideaComments.id, commentId), eq(ideaComments.authorId, authorId)))
      .returning({ ideaId: ideaComments.ideaId });
    if (!row) return null;
    await tx.update(ideas).set({ commentCount: sql`greatest(${ideas.commentCount} - 1, 0)` }).where(eq(ideas.id, row.ideaId));
    await recordAudit({ actorId: authorId, action: "idea.comment_deleted", targetType: "idea_comment", targetId: commentId, details: { ideaId: row.ideaId } }, tx);
    return row.ideaId;
  });
}

/**
 * The admins' threshold. Ideas that already have as many supports reach it now: their clock starts
 * today (not retroactively), so no idea is overdue the moment the threshold is lowered.
 */
export async function setSupportThreshold({ actorId, threshold }: { actorId: string; threshold: number }) {
  return getDb().transaction(async (tx) => {
    await tx.update(districtSettings).set({ ideaSupportThreshold: threshold }).where(eq(districtSettings.id, 1));
    await tx.update(ideas).set({ thresholdReachedAt: sql`now()` }).where(and(isNull(ideas.thresholdReachedAt), gte(ideas.supportCount, threshold)));
    await recordAudit({ actorId, action: "district.idea_settings_changed", targetType: "district", details: { ideaSupportThreshold: threshold } }, tx);
  });
}
