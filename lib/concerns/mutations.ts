import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { concernCategories, concernCosignatures, concernEvents, concernNotes, concerns } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { notifyAuthorUpdate, notifyStatusChange } from "./audience";
import type { ChangeStatusInput, FileConcernInput } from "./schemas";

const TARGET = "concern";

/** Files a concern, routed to the department its category names (kept, even if the mapping changes later). */
export async function fileConcern({ authorId, input }: { authorId: string; input: FileConcernInput }): Promise<string | "unknown_category"> {
  return getDb().transaction(async (tx) => {
    const [category] = await tx.select({ departmentId: concernCategories.departmentId }).from(concernCategories).where(eq(concernCategories.id, input.categoryId));
    if (!category) return "unknown_category";
    const [row] = await tx
      .insert(concerns)
      .values({
        authorId,
        title: input.title,
        description: input.description,
        categoryId: input.categoryId,
        departmentId: category.departmentId,
        localityId: input.localityId,
        place: input.place,
        visibility: input.visibility,
      })
      .returning({ id: concerns.id });
    if (!row) throw new Error("concern not stored");
    await recordAudit({ actorId: authorId, action: "concern.filed", targetType: TARGET, targetId: row.id, details: { title: input.title } }, tx);
    return row.id;
  });
}

/**
 * Staff change the status with a public text: the first such answer stops the clock; "resolved"
 * starts the four weeks to the resolution check; author and co-signers are told.
 */
export async function changeConcernStatus({ actorId, input }: { actorId: string; input: ChangeStatusInput }): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const now = new Date();
    const [row] = await tx
      .update(concerns)
      .set({
        status: input.status,
        statusChangedAt: now,
        firstAnsweredAt: sql`coalesce(${concerns.firstAnsweredAt}, ${now.toISOString()}::timestamptz)`,
        forwardedTo: input.status === "forwarded" ? input.forwardedTo : sql`${concerns.forwardedTo}`,
        resolvedAt: input.status === "resolved" ? now : null,
        resolutionCheckSentAt: null,
      })
      .where(eq(concerns.id, input.id))
      .returning({ id: concerns.id, title: concerns.title });
    if (!row) return false;
    const body = input.status === "forwarded" ? `${input.body}\n\n${input.forwardedTo}` : input.body;
    await tx.insert(concernEvents).values({ concernId: input.id, actorId, kind: "status", status: input.status, body });
    await notifyStatusChange(row, input.status, actorId, tx);
    await recordAudit({ actorId, action: "concern.status_changed", targetType: TARGET, targetId: input.id, details: { title: row.title, status: input.status } }, tx);
    return true;
  });
}

/** Takes the concern on (or takes it over from a colleague). */
export async function claimConcern({ actorId, id }: { actorId: string; id: string }): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx.update(concerns).set({ claimedById: actorId }).where(eq(concerns.id, id)).returning({ title: concerns.title });
    if (!row) return false;
    await recordAudit({ actorId, action: "concern.claimed", targetType: TARGET, targetId: id, details: { title: row.title } }, tx);
    return true;
  });
}

/** An internal note: staff only, never public. */
export async function addStaffNote({ actorId, id, body }: { actorId: string; id: string; body: string }) {
  return getDb().transaction(async (tx) => {
    await tx.insert(concernNotes).values({ concernId: id, authorId: actorId, body });
    await recordAudit({ actorId, action: "concern.note_added", targetType: TARGET, targetId: id }, tx);
  });
}

/**
 * One co-signature per person: the primary key decides between concurrent clicks (the second
 * insert does nothing), and only an inserted row raises the count. False when already co-signed.
 */
export async function cosignConcern({ userId, id }: { userId: string; id: string }): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const inserted = await tx.insert(concernCosignatures).values({ concernId: id, userId }).onConflictDoNothing().returning({ userId: concernCosignatures.userId });
    if (inserted.length === 0) return false;
    await tx.update(concerns).set({ cosignCount: sql`${concerns.cosignCount} + 1` }).where(eq(concerns.id, id));
    await recordAudit({ actorId: userId, action: "concern.cosigned", targetType: TARGET, targetId: id }, tx);
    return true;
  });
}

/** The author's update: public on the concern, sent to its co-signers. */
export async function postAuthorUpdate({ authorId, id, body }: { authorId: string; id: string; body: string }): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .select({ id: concerns.id, title: concerns.title, status: concerns.status })
      .from(concerns)
      .where(and(eq(concerns.id, id), eq(concerns.authorId, authorId)));
    if (!row) return false;
    await tx.insert(concernEvents).values({ concernId: id, actorId: authorId, kind: "author_update", status: row.status, body });
    await notifyAuthorUpdate(row, authorId, tx);
    await recordAudit({ actorId: authorId, action: "concern.author_update", targetType: TARGET, targetId: id }, tx);
    return true;
  });
}

/**
 * "Ist das wirklich gelöst?" — no: the concern is back in review with the author's text, on the
 * staff's desk again; co-signers are told. Only a resolved concern of this author (locked row).
 */
export async function reopenConcern({ authorId, id, body }: { authorId: string; id: string; body: string }): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .select({ id: concerns.id, title: concerns.title })
      .from(concerns)
      .where(and(eq(concerns.id, id), eq(concerns.authorId, authorId), eq(concerns.status, "resolved")))
      .for("update");
    if (!row) return false;
    await tx.update(concerns).set({ status: "in_review", statusChangedAt: new Date(), resolvedAt: null }).where(eq(concerns.id, id));
    await tx.insert(concernEvents).values({ concernId: id, actorId: authorId, kind: "reopened", status: "in_review", body });
    await notifyStatusChange(row, "in_review", authorId, tx);
    await recordAudit({ actorId: authorId, action: "concern.reopened", targetType: TARGET, targetId: id, details: { title: row.title } }, tx);
    return true;
  });
}
