import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { notifications } from "@/db/schema";

/**
 * Marks the person's notifications read — the given ones (those shown when the list was opened), or
 * all. Ownership is part of the where. What is read is no longer mailed in a digest.
 */
export async function markNotificationsRead(userId: string, ids?: string[]) {
  if (ids && ids.length === 0) return;
  await getDb()
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), ids ? inArray(notifications.id, ids) : undefined));
}
