import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { concernCosignatures, concernEvents, concerns } from "@/db/schema";

/** The person's part of concerns for the data export: what they filed, what they wrote on them, what they co-signed. */
export async function collectConcernData(userId: string) {
  const db = getDb();
  const [filed, written, cosigned] = await Promise.all([
    db
      .select({ id: concerns.id, title: concerns.title, description: concerns.description, place: concerns.place, visibility: concerns.visibility, status: concerns.status, createdAt: concerns.createdAt })
      .from(concerns)
      .where(eq(concerns.authorId, userId))
      .orderBy(asc(concerns.createdAt)),
    db
      .select({ concernId: concernEvents.concernId, kind: concernEvents.kind, status: concernEvents.status, body: concernEvents.body, createdAt: concernEvents.createdAt })
      .from(concernEvents)
      .where(eq(concernEvents.actorId, userId))
      .orderBy(asc(concernEvents.createdAt)),
    db
      .select({ concernId: concernCosignatures.concernId, title: concerns.title, createdAt: concernCosignatures.createdAt })
      .from(concernCosignatures)
      .innerJoin(concerns, eq(concerns.id, concernCosignatures.concernId))
      .where(eq(concernCosignatures.userId, userId))
      .orderBy(asc(concernCosignatures.createdAt)),
  ]);
  return { filed, written, cosigned };
}
