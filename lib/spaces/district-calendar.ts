import "server-only";
import { and, asc, eq, gt, gte, isNull, or, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { localities, spaceEvents, spaceLocalities, spaces, spaceTopics } from "@/db/schema";
import { decodeKeyset, encodeKeyset } from "@/lib/pagination";
import { takenCount, waitingCount, type SpaceEventItem } from "./queries";

export const CALENDAR_PAGE_SIZE = 20;

/** An event in the district's calendar: a space's event as its list shows it, with the space's name (no viewer's answer). */
export interface DistrictEvent extends Omit<SpaceEventItem, "answer"> {
  spaceId: string;
  spaceName: string;
}

const positionSchema = z.object({ at: z.iso.datetime(), id: z.uuid() });

/**
 * Which events the district's calendar shows: those of public spaces ending after `endsAfter`, by locality
 * (the event's own, else its space's), topic (its space's) and a first day. The list and its calendar file alike.
 */
export function districtEventFilters({ localityId, topicId, from, endsAfter }: { localityId?: number; topicId?: number; from?: Date | null; endsAfter: Date }) {
  return and(
    eq(spaces.visibility, "public"),
    gte(spaceEvents.endsAt, endsAfter),
    from ? gte(spaceEvents.startsAt, from) : undefined,
    localityId
      ? or(
          eq(spaceEvents.localityId, localityId),
          and(isNull(spaceEvents.localityId), sql`exists (select 1 from ${spaceLocalities} l where l.space_id = ${spaceEvents.spaceId} and l.locality_id = ${localityId})`),
        )
      : undefined,
    topicId ? sql`exists (select 1 from ${spaceTopics} t where t.space_id = ${spaceEvents.spaceId} and t.topic_id = ${topicId})` : undefined,
  );
}

/**
 * The district's public calendar: events of public spaces still to come (or running), soonest first —
 * by locality (the event's own, else its space's), topic (its space's) and a first day. Keyset over
 * (starts_at, id) along space_events_start_idx: one query per page.
 */
export async function listDistrictEvents({
  localityId,
  topicId,
  from,
  cursor,
  now = new Date(),
  limit = CALENDAR_PAGE_SIZE,
}: { localityId?: number; topicId?: number; from?: Date | null; cursor?: string | null; now?: Date; limit?: number }) {
  const position = decodeKeyset(cursor, positionSchema);
  const filters = and(
    districtEventFilters({ localityId, topicId, from, endsAfter: now }),
    position ? or(gt(spaceEvents.startsAt, new Date(position.at)), and(eq(spaceEvents.startsAt, new Date(position.at)), gt(spaceEvents.id, position.id))) : undefined,
  );
  const rows: DistrictEvent[] = await getDb()
    .select({
      id: spaceEvents.id,
      spaceId: spaceEvents.spaceId,
      spaceName: spaces.name,
      title: spaceEvents.title,
      startsAt: spaceEvents.startsAt,
      endsAt: spaceEvents.endsAt,
      place: spaceEvents.place,
      localityName: localities.name,
      capacity: spaceEvents.capacity,
      taken: takenCount,
      waiting: waitingCount,
    })
    .from(spaceEvents)
    .innerJoin(spaces, eq(spaces.id, spaceEvents.spaceId))
    .leftJoin(localities, eq(localities.id, spaceEvents.localityId))
    .where(filters)
    .orderBy(asc(spaceEvents.startsAt), asc(spaceEvents.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeKeyset({ at: last.startsAt.toISOString(), id: last.id }) : null };
}
