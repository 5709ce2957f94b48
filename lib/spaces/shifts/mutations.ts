import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { spaceShifts, spaceShiftSignups } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { notify } from "@/lib/notifications/create";
import { districtDayEnd, fromDistrictLocalTime } from "@/lib/time/district-time";
import type { shiftFormSchema } from "./schemas";

export async function createShift({ actorId, input }: { actorId: string; input: z.output<typeof shiftFormSchema> }) {
  const timing = input.startsAt !== "" ? "at" : "due";
  const at = timing === "at" ? fromDistrictLocalTime(input.startsAt) : districtDayEnd(input.dueOn);
  if (!at) throw new Error("shift time not validated");
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .insert(spaceShifts)
      .values({
        spaceId: input.spaceId,
        createdById: actorId,
        title: input.title,
        description: input.description,
        timing,
        at,
        place: input.place,
        localityId: input.localityId === "" ? null : input.localityId,
        helpersNeeded: input.helpersNeeded,
      })
      .returning({ id: spaceShifts.id });
    if (!row) throw new Error("shift not stored");
    await recordAudit({ actorId, action: "space.shift_created", targetType: "space_shift", targetId: row.id, details: { spaceId: input.spaceId } }, tx);
    return row.id;
  });
}

export type SignUpOutcome = "signed_up" | "full" | "closed" | "not_found";

/**
 * Signs a person up while places are free. The shift's row is locked (SELECT … FOR UPDATE) for the
 * whole decision, so concurrent sign-ups are taken one after another and a shift never gets more
 * helpers than it needs; a second click of the same person changes nothing.
 */
export async function signUpForShift({ spaceId, shiftId, userId, now = new Date() }: { spaceId: string; shiftId: string; userId: string; now?: Date }): Promise<SignUpOutcome> {
  return getDb().transaction(async (tx) => {
    const [shift] = await tx
      .select({ at: spaceShifts.at, doneAt: spaceShifts.doneAt, helpersNeeded: spaceShifts.helpersNeeded })
      .from(spaceShifts)
      .where(and(eq(spaceShifts.id, shiftId), eq(spaceShifts.spaceId, spaceId)))
      .for("update");
    if (!shift) return "not_found";
    if (shift.doneAt || shift.at < now) return "closed";
    const [counted] = await tx
      .select({ count: sql<number>`count(*)::int`, mine: sql<boolean>`bool_or(${spaceShiftSignups.userId} = ${userId})` })
      .from(spaceShiftSignups)
      .where(eq(spaceShiftSignups.shiftId, shiftId));
    if (counted?.mine) return "signed_up";
    if ((counted?.count ?? 0) >= shift.helpersNeeded) return "full";
    await tx.insert(spaceShiftSignups).values({ shiftId, userId }).onConflictDoNothing();
    return "signed_up";
  });
}

export async function signOffFromShift({ shiftId, userId }: { shiftId: string; userId: string }) {
  await getDb()
    .delete(spaceShiftSignups)
    .where(and(eq(spaceShiftSignups.shiftId, shiftId), eq(spaceShiftSignups.userId, userId)));
}

/** An organiser marks a shift done (it leaves every list of open shifts), or open again. */
export async function setShiftDone({ actorId, spaceId, shiftId, done }: { actorId: string; spaceId: string; shiftId: string; done: boolean }) {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .update(spaceShifts)
      .set(done ? { doneAt: new Date(), doneById: actorId } : { doneAt: null, doneById: null })
      .where(and(eq(spaceShifts.id, shiftId), eq(spaceShifts.spaceId, spaceId)))
      .returning({ id: spaceShifts.id });
    if (!row) return false;
    await recordAudit({ actorId, action: done ? "space.shift_done" : "space.shift_reopened", targetType: "space_shift", targetId: shiftId, details: { spaceId } }, tx);
    return true;
  });
}

/** An organiser cancels a shift: it is deleted, and everyone who had signed up is told (through notify()). */
export async function cancelShift({ actorId, spaceId, shiftId }: { actorId: string; spaceId: string; shiftId: string }) {
  return getDb().transaction(async (tx) => {
    const [shift] = await tx
      .select({ title: spaceShifts.title, at: spaceShifts.at })
      .from(spaceShifts)
      .where(and(eq(spaceShifts.id, shiftId), eq(spaceShifts.spaceId, spaceId)))
      .for("update");
    if (!shift) return false;
    const helpers = await tx.select({ userId: spaceShiftSignups.userId }).from(spaceShiftSignups).where(eq(spaceShiftSignups.shiftId, shiftId));
    await tx.delete(spaceShifts).where(eq(spaceShifts.id, shiftId));
    await notify(
      helpers
        .filter(({ userId }) => userId !== actorId)
        .map(({ userId }) => ({
          userId,
          kind: "space_shift_cancelled" as const,
          data: { spaceId, title: shift.title, at: shift.at.toISOString() },
          thread: { key: `space-shift:${shiftId}`, title: shift.title },
        })),
      tx,
    );
    await recordAudit({ actorId, action: "space.shift_cancelled", targetType: "space_shift", targetId: shiftId, details: { spaceId, title: shift.title, helpers: helpers.length } }, tx);
    return true;
  });
}
