import { sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { createBoss, getJobs } from "@/lib/jobs/boss";
import { runPendingJobs } from "@/lib/jobs/drain";
import { enqueue } from "@/lib/jobs/enqueue";
import { QUEUES } from "@/lib/jobs/queues";
import { notify } from "@/lib/notifications/create";
import { notifications } from "@/db/schema";
import { eq } from "drizzle-orm";
import { captureMail } from "../support/moderation-factory";
import { createUser } from "../support/factories";

const mail = captureMail();
const QUEUE = QUEUES.deliverNotifications.name;

/** The job's state as pg-boss keeps it. */
async function jobState(id: string) {
  const [row] = await getDb().execute<{ state: string; retry_count: number }>(sql`select state, retry_count from pgboss.job where id = ${id}::uuid`);
  return row;
}

describe("the job queue (pg-boss over the app's own connection)", () => {
  test("a job enqueued in a transaction that rolls back never exists, so it never runs", async () => {
    const person = await createUser();
    const marker = new Error("rolled back on purpose");
    await expect(
      getDb().transaction(async (tx) => {
        await notify([{ userId: person.id, kind: "password_changed", data: {} }], tx);
        throw marker;
      }),
    ).rejects.toBe(marker);
    await runPendingJobs();
    expect(await mail.to(person.email)).toEqual([]);
    expect(await getDb().select().from(notifications).where(eq(notifications.userId, person.id))).toEqual([]);
    const [queued] = await getDb().execute<{ n: number }>(sql`select count(*)::int as n from pgboss.job where name = ${QUEUE} and data::text like ${`%${person.id}%`}`);
    expect(queued?.n ?? 0).toBe(0);
  });

  test("a job enqueued in a committed transaction runs after the commit and mails in the person's language", async () => {
    const person = await createUser();
    await getDb().execute(sql`update users set locale = 'en' where id = ${person.id}`);
    await getDb().transaction(async (tx) => {
      await notify([{ userId: person.id, kind: "password_changed", data: {} }], tx);
    });
    const [sent] = await mail.to(person.email);
    expect(sent?.subject).toBe("Your Kiezwerk password was changed");
    // An account notice is essential: no unsubscribe header.
    expect(sent?.headers).toBeUndefined();
    const [row] = await getDb().select({ mailedAt: notifications.mailedAt }).from(notifications).where(eq(notifications.userId, person.id));
    expect(row?.mailedAt).toBeInstanceOf(Date);
  });

  test("a crashed job is retried", async () => {
    const boss = await getJobs();
    const queue = QUEUES.announcementsDue.name;
    const id = await enqueue(queue, {});
    expect(id).toBeTruthy();
    const [first] = await boss.fetch(queue, { includeMetadata: true });
    expect(first?.id).toBe(id);
    await boss.fail(queue, id!, { message: "the worker crashed" });
    expect(await jobState(id!)).toMatchObject({ state: "retry" });
    // Backoff: not before its delay; then it is handed out again.
    await getDb().execute(sql`update pgboss.job set start_after = now() where id = ${id}::uuid`);
    const [again] = await boss.fetch(queue, { includeMetadata: true });
    expect(again).toMatchObject({ id, retryCount: 1 });
    await boss.complete(queue, id!);
    expect(await jobState(id!)).toMatchObject({ state: "completed" });
  });

  test("two workers never get the same job", async () => {
    const other = await createBoss({ worker: false });
    const boss = await getJobs();
    const queue = QUEUES.announcementsDue.name;
    const ids = await Promise.all(Array.from({ length: 20 }, () => enqueue(queue, {})));
    const fetched: string[] = [];
    for (let round = 0; round < 10; round++) {
      const [a, b] = await Promise.all([boss.fetch(queue, { batchSize: 3 }), other.fetch(queue, { batchSize: 3 })]);
      fetched.push(...a.map((j) => j.id), ...b.map((j) => j.id));
    }
    const ours = fetched.filter((id) => ids.includes(id));
    expect(ours.length).toBe(20);
    expect(new Set(ours).size).toBe(ours.length);
    await boss.complete(queue, ours);
    await other.stop({ graceful: false, close: false });
  });
});
