import { inArray } from "drizzle-orm";
import type { Database } from "../../db/client";
import { conversationMembers, conversations, messages, users } from "../../db/schema";

const MINUTE = 60 * 1000;
const LAUFBUS = "8d4b3f6e-0a5c-4f1d-8e9b-4c5d6e7f8a01";

/** Two parents of the Bouché initiative arrange a Laufbus shift by direct message (both are in the space). */
export async function seedDemoMessages(db: Database) {
  const people = await db.select({ id: users.id, username: users.username }).from(users).where(inArray(users.username, ["anton", "mira"]));
  const anton = people.find((p) => p.username === "anton")?.id;
  const mira = people.find((p) => p.username === "mira")?.id;
  if (!anton || !mira) return;
  const start = new Date(Date.now() - 3 * 60 * MINUTE);
  const lines = [
    { id: "8d4b3f6e-0a5c-4f1d-8e9b-4c5d6e7f8b01", senderId: mira, body: "Hallo Anton, kannst du am Donnerstag den Laufbus übernehmen? Ich habe früh einen Arzttermin.", minutes: 0 },
    { id: "8d4b3f6e-0a5c-4f1d-8e9b-4c5d6e7f8b02", senderId: anton, body: "Ja, mache ich gern. Treffpunkt wie immer um 7:30 an der Haltestelle Treptower Park?", minutes: 12 },
    { id: "8d4b3f6e-0a5c-4f1d-8e9b-4c5d6e7f8b03", senderId: mira, body: "Genau. Die Warnwesten bringe ich dir Mittwoch vorbei. Danke dir!", minutes: 20 },
  ].map(({ minutes, ...m }) => ({ ...m, conversationId: LAUFBUS, createdAt: new Date(start.getTime() + minutes * MINUTE) }));
  const last = lines.at(-1)!.createdAt;
  await db.insert(conversations).values({ id: LAUFBUS, createdById: mira, isGroup: false, createdAt: start, lastMessageAt: last }).onConflictDoNothing();
  await db
    .insert(conversationMembers)
    .values([
      { conversationId: LAUFBUS, userId: mira, joinedAt: start, lastReadAt: last },
      { conversationId: LAUFBUS, userId: anton, joinedAt: start, lastReadAt: last },
    ])
    .onConflictDoNothing();
  await db.insert(messages).values(lines).onConflictDoNothing();
}
