import { z } from "zod";
import { decodeKeyset, encodeKeyset, keysetIdSchema } from "@/lib/pagination";

/**
 * Keyset cursor over (publishAt, id), the order every announcement list uses: stable while new
 * announcements appear, served by announcements_published_idx, no OFFSET. Like lib/pagination.ts,
 * but over the publication time instead of the creation time.
 */
export interface AnnouncementCursor {
  publishAt: Date;
  id: string;
}

const cursorSchema = z.object({ publishAt: z.iso.datetime(), id: keysetIdSchema });

export function encodeAnnouncementCursor(row: { publishAt: Date; id: string }): string {
  return encodeKeyset({ publishAt: row.publishAt.toISOString(), id: row.id });
}

/** A cursor from a URL: anything that is not one we made counts as "from the start". */
export function decodeAnnouncementCursor(value: string | undefined | null): AnnouncementCursor | null {
  const position = decodeKeyset(value, cursorSchema);
  return position && { publishAt: new Date(position.publishAt), id: position.id };
}

export const ANNOUNCEMENT_PAGE_SIZE = 20;

/** Fetch one row more than shown: its presence means there is a next page. */
export function toAnnouncementPage<T extends { publishAt: Date; id: string }>(rows: T[], size = ANNOUNCEMENT_PAGE_SIZE) {
  const items = rows.slice(0, size);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > size && last ? encodeAnnouncementCursor(last) : null };
}
