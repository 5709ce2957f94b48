import "server-only";
import { and, asc, eq, gt, gte, isNull, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { localities, spaceLocalities, spaces, spaceShifts, spaceShiftSignups, spaceTopics, users } from "@/db/schema";
import { decodeKeyset, encodeKeyset } from "@/lib/pagination";
import type { ShiftFacts, SpaceFacts } from "@/lib/policy";
import { loadSpaceFacts, readableSpaces } from "../queries";

export const SHIFT_PAGE_SIZE = 20;

export interface ShiftItem {
  id: string;
  spaceId: string;
  title: string;
  timing: "at" | "due";
  at: Date;
  place: string;
  localityName: string | null;
  helpersNeeded: number;
  signedUp: number;
  done: boolean;
  /** Whether the viewer signed up. */
  mine: boolean;
}

const signedUpCount = sql<number>`(select count(*)::int from ${spaceShiftSignups} s where s.shift_id = "space_shifts"."id")`;
const mineFor = (viewerId: string | null) =>
  sql<boolean>`exists (select 1 from ${spaceShiftSignups} s where s.shift_id = "space_shifts"."id" and s.user_id = ${viewerId ?? ""})`;

const itemColumns = (viewerId: string | null) => ({
  id: spaceShifts.id,
  spaceId: spaceShifts.spaceId,
  title: spaceShifts.title,
  timing: spaceShifts.timing,
  at: spaceShifts.at,
  place: spaceShifts.place,
  localityName: localities.name,
  helpersNeeded: spaceShifts.helpersNeeded,
  signedUp: signedUpCount,
  done: sql<boolean>`${spaceShifts.doneAt} is not null`,
  mine: mineFor(viewerId),
});

/** A shift is still ahead until its time (or the end of its due day) has passed. */
const ahead = (now: Date) => gte(spaceShifts.at, now);

/** A space's shifts still ahead, soonest first, with the counts and the viewer's own sign-up: one query. */
export async function listSpaceShifts(spaceId: string, viewerId: string | null, now = new Date()): Promise<ShiftItem[]> {
  return getDb()
    .select(itemColumns(viewerId))
    .from(spaceShifts)
    .leftJoin(localities, eq(localities.id, spaceShifts.localityId))
    .where(and(eq(spaceShifts.spaceId, spaceId), ahead(now)))
    .orderBy(asc(spaceShifts.at), asc(spaceShifts.id))
    .limit(50);
}

export interface ShiftDetail extends ShiftItem {
  description: string;
}

export async function getShift(spaceId: string, shiftId: string, viewerId: string | null): Promise<ShiftDetail | null> {
  const [row] = await getDb()
    .select({ ...itemColumns(viewerId), description: spaceShifts.description })
    .from(spaceShifts)
    .leftJoin(localities, eq(localities.id, spaceShifts.localityId))
    .where(and(eq(spaceShifts.id, shiftId), eq(spaceShifts.spaceId, spaceId)));
  return row ?? null;
}

/** Who signed up, in the order they did — for the space's organisers (rule "space.shift.manage"). */
export async function listShiftHelpers(shiftId: string): Promise<Array<{ userId: string; name: string | null; username: string | null }>> {
  return getDb()
    .select({ userId: users.id, name: users.displayName, username: users.username })
    .from(spaceShiftSignups)
    .innerJoin(users, eq(users.id, spaceShiftSignups.userId))
    .where(eq(spaceShiftSignups.shiftId, shiftId))
    .orderBy(asc(spaceShiftSignups.createdAt), asc(spaceShiftSignups.userId));
}

/** A shift's facts for the rules: closed once done or once its time (or due day) has passed; the viewer's own sign-up. */
export const shiftFactsOf = (shift: { at: Date; done: boolean; mine: boolean }, now = new Date()): ShiftFacts => ({ closed: shift.done || shift.at < now, signedUp: shift.mine });

/** The facts of the shift rules: the space and the actor's relation to it, and the shift's state. Null when the shift is not in that space. */
export async function loadShiftFacts(spaceId: string, shiftId: string, actorId: string, now = new Date()): Promise<{ space: SpaceFacts; shift: ShiftFacts } | null> {
  const [facts, [shift]] = await Promise.all([
    loadSpaceFacts(spaceId, actorId),
    getDb()
      .select({ at: spaceShifts.at, done: sql<boolean>`${spaceShifts.doneAt} is not null`, mine: mineFor(actorId) })
      .from(spaceShifts)
      .where(and(eq(spaceShifts.id, shiftId), eq(spaceShifts.spaceId, spaceId))),
  ]);
  if (!facts || !shift) return null;
  return { ...facts, shift: shiftFactsOf(shift, now) };
}

export interface VolunteerItem extends ShiftItem {
  spaceName: string;
}

const positionSchema = z.object({ at: z.iso.datetime(), id: z.uuid() });

/**
 * The district's volunteer opportunities: shifts of public spaces that are ahead, not done and still
 * need helpers, soonest first — by locality (the shift's own, else its space's), topic (its space's)
 * and a first day. Keyset over (at, id) along space_shifts_open_idx: one query per page.
 */
export async function listVolunteerShifts({
  localityId,
  topicId,
  from,
  cursor,
  viewerId = null,
  now = new Date(),
  limit = SHIFT_PAGE_SIZE,
}: { localityId?: number; topicId?: number; from?: Date | null; cursor?: string | null; viewerId?: string | null; now?: Date; limit?: number }) {
  const position = decodeKeyset(cursor, positionSchema);
  const start = from && from > now ? from : now;
  const filters: Array<SQL | undefined> = [
    isNull(spaceShifts.doneAt),
    gte(spaceShifts.at, start),
    eq(spaces.visibility, "public"),
    sql`${signedUpCount} < ${spaceShifts.helpersNeeded}`,
    localityId
      ? or(
          eq(spaceShifts.localityId, localityId),
          and(isNull(spaceShifts.localityId), sql`exists (select 1 from ${spaceLocalities} l where l.space_id = ${spaceShifts.spaceId} and l.locality_id = ${localityId})`),
        )
      : undefined,
    topicId ? sql`exists (select 1 from ${spaceTopics} t where t.space_id = ${spaceShifts.spaceId} and t.topic_id = ${topicId})` : undefined,
    position ? or(gt(spaceShifts.at, new Date(position.at)), and(eq(spaceShifts.at, new Date(position.at)), gt(spaceShifts.id, position.id))) : undefined,
  ];
  const rows: VolunteerItem[] = await getDb()
    .select({ ...itemColumns(viewerId), spaceName: spaces.name })
    .from(spaceShifts)
    .innerJoin(spaces, eq(spaces.id, spaceShifts.spaceId))
    .leftJoin(localities, eq(localities.id, spaceShifts.localityId))
    .where(and(...filters))
    .orderBy(asc(spaceShifts.at), asc(spaceShifts.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeKeyset({ at: last.at.toISOString(), id: last.id }) : null };
}

/**
 * "Meine Einsätze": the shifts a person signed up for that are still ahead, soonest first — only in
 * spaces they may still read (a private space they left drops out).
 */
export async function listMyShifts(userId: string, now = new Date()): Promise<VolunteerItem[]> {
  return getDb()
    .select({ ...itemColumns(userId), spaceName: spaces.name })
    .from(spaceShiftSignups)
    .innerJoin(spaceShifts, eq(spaceShifts.id, spaceShiftSignups.shiftId))
    .innerJoin(spaces, eq(spaces.id, spaceShifts.spaceId))
    .leftJoin(localities, eq(localities.id, spaceShifts.localityId))
    .where(and(eq(spaceShiftSignups.userId, userId), ahead(now), readableSpaces(userId)))
    .orderBy(asc(spaceShifts.at), asc(spaceShifts.id))
    .limit(100);
}
