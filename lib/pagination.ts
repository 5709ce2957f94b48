import { z } from "zod";

/** Keyset cursor over (createdAt, id): stable under inserts, index-backed, no OFFSET. */
export interface Cursor {
  createdAt: string;
  id: string;
}

/** Row ids in a cursor: a UUID or a whole number that fits a bigint; anything else never reaches a query. */
export const keysetIdSchema = z.union([z.uuid(), z.string().regex(/^\d{1,18}$/)]);

const cursorSchema = z.object({ createdAt: z.iso.datetime(), id: keysetIdSchema });

/** A keyset position as an opaque URL-safe token. */
export function encodeKeyset(position: Record<string, string>): string {
  return Buffer.from(JSON.stringify(position)).toString("base64url");
}

/** A token from a URL back to a position: anything that is not one we made counts as "from the start". */
export function decodeKeyset<T>(value: string | undefined | null, schema: z.ZodType<T>): T | null {
  if (!value) return null;
  try {
    const json = Buffer.from(value, "base64url").toString("utf8");
    // A NUL byte can never be compared in PostgreSQL text (it would fail the query, not just miss).
    if (json.includes("\\u0000") || json.includes("\u0000")) return null;
    const parsed = schema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function encodeCursor(row: { createdAt: Date; id: string | number }): string {
  return encodeKeyset({ createdAt: row.createdAt.toISOString(), id: String(row.id) });
}

export function decodeCursor(value: string | undefined | null): Cursor | null {
  return decodeKeyset(value, cursorSchema);
}

export const PAGE_SIZE = 25;

/** Fetch one row more than shown: its presence means there is a next page. */
export function toPage<T extends { createdAt: Date; id: string | number }>(rows: T[], size = PAGE_SIZE) {
  const items = rows.slice(0, size);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > size && last ? encodeCursor(last) : null };
}
