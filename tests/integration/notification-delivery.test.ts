import { and, eq, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { notificationPreferences, notifications } from "@/db/schema";
import { notifyDueAnnouncements } from "@/lib/announcements/notify-followers";
import { addComment } from "@/lib/announcements/comments/mutations";
import { runPendingJobs } from "@/lib/jobs/drain";
import { deliverNotifications } from "@/lib/notifications/deliver";
import { runDigest } from "@/lib/notifications/digest";
import { retryDeliveries, setNotificationChannels, unsubscribe } from "@/lib/notifications/mutations";
import { listFailedDeliveries } from "@/lib/notifications/queries";
import { verifyUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { createAnnouncement, follow } from "../support/announcement-factory";
import { uniqueSuffix } from "../support/factories";
import { captureMail, createActor } from "../support/moderation-factory";

process.env.AUTH_SECRET ??= "integration-secret-0123456789abcdef0123456789";
const mail = captureMail();

const rowsOf = (userId: string) =>
  getDb()
    .select({ id: notifications.id, kind: notifications.kind, channel: notifications.channel, mailedAt: notifications.mailedAt, mailAttempts: notifications.mailAttempts, mailFailedAt: notifications.mailFailedAt })
    .from(notifications)
    .where(eq(notifications.userId, userId));

/** Lets a job waiting for its backoff run now. */
const skipBackoff = () => getDb().execute(sql`update pgboss.job set start_after = now() where state = 'retry'`);

describe("delivery through the worker", () => {
  test("a mail the provider refuses at first is retried and then delivered", async () => {
    const person = await createActor();
    const { changePassword } = await import("@/lib/users/mutations");
    // Deliveries other test files left in the queue go first, so the refusal below meets ours.
    await runPendingJobs();
    mail.failNext(1);
    expect(await changePassword({ userId: person.user.id, password: `neues-Passwort-${uniqueSuffix()}-Kiez`, sessionIsFresh: true })).toMatchObject({ outcome: "saved" });
    expect(await mail.to(person.user.email)).toEqual([]);
    const [failed] = await rowsOf(person.user.id);
    expect(failed).toMatchObject({ kind: "password_changed", channel: "immediate", mailedAt: null, mailAttempts: 1, mailFailedAt: null });

    await skipBackoff();
    await runPendingJobs();
    expect((await mail.to(person.user.email)).map((m) => m.subject)).toEqual(["Dein Kiezwerk-Passwort wurde geändert"]);
    expect((await rowsOf(person.user.id))[0]?.mailedAt).toBeInstanceOf(Date);
  });

  test("after the last retry the failure is listed for admins, and a retry from there delivers it", async () => {
    const person = await createActor();
    const [row] = await getDb().insert(notifications).values({ userId: person.user.id, kind: "password_changed", data: {}, channel: "immediate" }).returning({ id: notifications.id });
    mail.failNext(1);
    await expect(deliverNotifications([row!.id], { lastAttempt: true })).rejects.toThrow(/mail delivery failed/);
    expect((await listFailedDeliveries()).map((f) => f.id)).toContain(row!.id);

    expect(await retryDeliveries([row!.id])).toBe(1);
    expect((await listFailedDeliveries()).map((f) => f.id)).not.toContain(row!.id);
    expect(await mail.to(person.user.email)).toHaveLength(1);
  });

  test("a non-essential mail sent at once carries the one-click unsubscribe headers and footer link", async () => {
    const [first, second] = [await createActor(), await createActor()];
    await setNotificationChannels(first.user.id, { comment_reply: "immediate" });
    const announcement = await createAnnouncement({ title: `Schulweg Dahmestraße ${uniqueSuffix()}` });
    await addComment({ actor: first.actor, announcementId: announcement.id, body: "Gute Idee!" });
    await addComment({ actor: second.actor, announcementId: announcement.id, body: "Finde ich auch." });
    const [sent] = await mail.to(first.user.email);
    expect(sent?.subject).toBe("Neuer Kommentar unter einer Bekanntmachung");
    const headers = sent?.headers as Record<string, string>;
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const url = headers["List-Unsubscribe"]!.slice(1, -1);
    expect(url).toMatch(/^https:\/\/kiezwerk\.test\/abbestellen\?t=/);
    expect(sent?.text).toContain(url);
    expect(verifyUnsubscribeToken(new URL(url).searchParams.get("t")!)).toEqual({ ok: true, userId: first.user.id, kind: "comment_reply" });
    // The one who commented last is not told about their own comment.
    expect(await rowsOf(second.user.id)).toEqual([]);
  });
});

describe("digests", () => {
  test("select only people with new, unread, unsent items, group them by thread, and never send them twice", async () => {
    const [reader, quiet, readAlready, inAppOnly, other] = await Promise.all([createActor(), createActor(), createActor(), createActor(), createActor()]);
    await setNotificationChannels(inAppOnly.user.id, { comment_reply: "in_app" });
    const school = await createAnnouncement({ title: `Schulweg Dahmestraße ${uniqueSuffix()}` });
    const park = await createAnnouncement({ title: `Parkbänke Wuhlheide ${uniqueSuffix()}` });
    for (const person of [reader, readAlready, inAppOnly]) {
      await addComment({ actor: person.actor, announcementId: school.id, body: "Erster Kommentar" });
    }
    await addComment({ actor: reader.actor, announcementId: park.id, body: "Mehr Bänke bitte" });
    for (let i = 0; i < 3; i++) await addComment({ actor: other.actor, announcementId: school.id, body: `Antwort ${i}` });
    await addComment({ actor: other.actor, announcementId: park.id, body: "Ja!" });
    await getDb().update(notifications).set({ readAt: new Date() }).where(eq(notifications.userId, readAlready.user.id));

    await runDigest("daily");
    const [digest, ...more] = await mail.to(reader.user.email);
    expect(more).toEqual([]);
    expect(digest?.subject).toBe("Deine tägliche Übersicht von Kiezwerk");
    // Two who commented after the reader, and three answers: five, in one line.
    expect(digest?.text).toContain(`5 neue Kommentare unter »${school.title}«`);
    expect(digest?.text).toContain(`1 neuer Kommentar unter »${park.title}«`);
    expect((digest?.headers as Record<string, string>)["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    for (const person of [quiet, readAlready, inAppOnly]) expect(await mail.to(person.user.email)).toEqual([]);
    expect((await rowsOf(reader.user.id)).every((r) => r.mailedAt !== null)).toBe(true);

    await runDigest("daily");
    expect(await mail.to(reader.user.email)).toHaveLength(1);
    // A weekly digest does not repeat what the daily one sent.
    await runDigest("weekly");
    expect(await mail.to(reader.user.email)).toHaveLength(1);
  });

  test("works through the recipients in batches", async () => {
    const people = await Promise.all(Array.from({ length: 5 }, () => createActor()));
    const announcement = await createAnnouncement();
    for (const person of people) await addComment({ actor: person.actor, announcementId: announcement.id, body: "Hallo" });
    const run = await runDigest("daily", { batchSize: 2 });
    expect(run.recipients).toBeGreaterThanOrEqual(4);
    for (const person of people.slice(0, 4)) expect(await mail.to(person.user.email)).toHaveLength(1);
  });
});

describe("unsubscribe and announcements", () => {
  test("unsubscribing changes exactly that kind to in-app only", async () => {
    const person = await createActor();
    await setNotificationChannels(person.user.id, { announcement_published: "weekly" });
    await unsubscribe(person.user.id, "comment_reply");
    const stored = await getDb().select({ kind: notificationPreferences.kind, channel: notificationPreferences.channel }).from(notificationPreferences).where(eq(notificationPreferences.userId, person.user.id));
    expect(stored.sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: "announcement_published", channel: "weekly" },
      { kind: "comment_reply", channel: "in_app" },
    ]);
  });

  test("a scheduled announcement notifies its followers when it becomes visible, once", async () => {
    const follower = await createActor();
    await follow(follower.user.id, { localities: ["koepenick"] });
    const publishAt = new Date(Date.now() + 60 * 60 * 1000);
    const announcement = await createAnnouncement({ localities: ["koepenick"], publishAt });
    await notifyDueAnnouncements(new Date());
    expect(await rowsOf(follower.user.id)).toEqual([]);
    await notifyDueAnnouncements(new Date(publishAt.getTime() + 60_000));
    await notifyDueAnnouncements(new Date(publishAt.getTime() + 120_000));
    const rows = await getDb().select().from(notifications).where(and(eq(notifications.userId, follower.user.id), eq(notifications.kind, "announcement_published")));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ channel: "daily", threadTitle: announcement.title, data: { announcementId: announcement.id } });
  });
});
