import { eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { announcementComments, announcements, notifications, reports, users } from "../../db/schema";

/** The demo announcement about safe school routes (scripts/seed/announcements.ts). */
const SCHOOL_ROUTE_ANNOUNCEMENT = "4f5b8e0a-6c1d-4a57-9d3e-0b1a2c3d4e05";

const DEMO_COMMENTS = [
  {
    id: "5a6b7c8d-0000-4000-8000-00000000c001",
    author: "anwohnerin@kiezwerk.example",
    body: "Danke für die Zählung! Die Ampel an der Kiefholzstraße bräuchte morgens eine längere Grünphase für die Kinder.",
    minutesAgo: 180,
  },
  {
    id: "5a6b7c8d-0000-4000-8000-00000000c002",
    author: "mitglied@kiezwerk.example",
    body: "Wer morgens mit dem SUV bis vor die Schultür fährt, ist einfach ein rücksichtsloser Idiot.",
    minutesAgo: 120,
  },
] as const;

const DEMO_REPORT_ID = "5a6b7c8d-0000-4000-8000-00000000a001";

/**
 * Two fictional comments under the school-route announcement and one open report, so a moderator
 * trying the demo finds a case in the queue. Idempotent (fixed ids); demo data only.
 */
export async function seedDemoModeration(db: Database) {
  const people = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, DEMO_COMMENTS.map((c) => c.author)));
  const idOf = (email: string) => people.find((p) => p.email === email)?.id;
  const [announcement] = await db.select({ id: announcements.id }).from(announcements).where(eq(announcements.id, SCHOOL_ROUTE_ANNOUNCEMENT));
  if (!announcement || people.length < DEMO_COMMENTS.length) return;

  const now = Date.now();
  await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(announcementComments)
      .values(
        DEMO_COMMENTS.map((c) => ({
          id: c.id,
          announcementId: announcement.id,
          authorId: idOf(c.author)!,
          body: c.body,
          createdAt: new Date(now - c.minutesAgo * 60_000),
        })),
      )
      .onConflictDoNothing()
      .returning({ id: announcementComments.id });
    if (inserted.length === 0) return;
    await tx
      .update(announcements)
      .set({ commentCount: sql`(select count(*)::int from ${announcementComments} where ${announcementComments.announcementId} = ${announcement.id})` })
      .where(eq(announcements.id, announcement.id));

    const reporterId = idOf("anwohnerin@kiezwerk.example")!;
    await tx
      .insert(reports)
      .values({
        id: DEMO_REPORT_ID,
        targetType: "comment",
        targetId: DEMO_COMMENTS[1].id,
        reporterId,
        reason: "insult",
        explanation: "Beschimpft Eltern, die mit dem Auto kommen, pauschal als Idioten.",
        contentSnapshot: DEMO_COMMENTS[1].body,
        createdAt: new Date(now - 60 * 60_000),
      })
      .onConflictDoNothing();
    await tx.insert(notifications).values({ userId: reporterId, kind: "report_received", data: { targetType: "comment", reason: "insult" } });
  });
}
