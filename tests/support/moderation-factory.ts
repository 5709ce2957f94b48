import { runPendingJobs } from "@/lib/jobs/drain";
import { and, asc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, notifications, reports } from "@/db/schema";
import { findSessionUser, type SessionUser } from "@/lib/auth/session-lookup";
import { listQueue, type QueueItem, type QueueState } from "@/lib/moderation/queue/list-queue";
import type { ReportReason } from "@/lib/moderation/types";
import type { TargetType } from "@/lib/moderation/targets";
import { createSession, createUser, type NewUser } from "./factories";
import { startFakeResend, type FakeResend, type ReceivedEmail } from "./fake-resend";

/** An account with a live session, and the actor the session lookup builds for it (what actions see). */
export async function createActor(input: NewUser = {}) {
  const user = await createUser(input);
  const token = await createSession(user.id);
  const actor = await findSessionUser(token);
  if (!actor) throw new Error("no session user");
  return { user, token, actor: actor as SessionUser };
}

export const createModerator = (input: NewUser = {}) => createActor({ role: "moderator", verification: "verified", ...input });

export interface NewReport {
  reporterId: string | null;
  target: { type: TargetType; id: string };
  reason?: ReportReason;
  explanation?: string;
  createdAt?: Date;
  status?: "open" | "resolved";
  /** The decision that resolved it (implies status "resolved"). */
  decisionId?: string;
  /** The reporter agreed to take part in a mediation (and so to be named to the author). */
  mediationConsent?: boolean;
}

/** Inserts a report directly, e.g. with an explicit time for the queue's order (no receipt, no audit entry). */
export async function insertReport(input: NewReport) {
  const [row] = await getDb()
    .insert(reports)
    .values({
      targetType: input.target.type,
      targetId: input.target.id,
      reporterId: input.reporterId,
      reason: input.reason ?? "insult",
      explanation: input.explanation ?? "Das ist beleidigend gegenüber der Nachbarschaft.",
      status: input.decisionId ? "resolved" : (input.status ?? "open"),
      decisionId: input.decisionId ?? null,
      mediationConsent: input.mediationConsent ?? false,
      resolvedAt: input.decisionId || input.status === "resolved" ? (input.createdAt ?? new Date()) : null,
      ...(input.createdAt ? { createdAt: input.createdAt } : {}),
    })
    .returning();
  if (!row) throw new Error("report not inserted");
  return row;
}

export async function reportsOn(target: { type: TargetType; id: string }) {
  return getDb()
    .select()
    .from(reports)
    .where(and(eq(reports.targetType, target.type), eq(reports.targetId, target.id)))
    .orderBy(asc(reports.createdAt), asc(reports.id));
}

/** A person's in-app notifications, oldest first. */
export async function notificationsOf(userId: string) {
  return getDb().select().from(notifications).where(eq(notifications.userId, userId)).orderBy(asc(notifications.createdAt), asc(notifications.id));
}

/** The audit entries about one target, oldest first. */
export async function auditEntriesAbout(targetId: string) {
  return getDb().select().from(auditLog).where(eq(auditLog.targetId, targetId)).orderBy(asc(auditLog.id));
}

/**
 * The queue's items for these targets in the order the queue shows them, reading every page (other
 * tests' reports share the queue). Also returns how many pages it read.
 */
export async function queueItemsFor(targetIds: string[], { state, reason }: { state?: QueueState; reason?: ReportReason } = {}) {
  const wanted = new Set(targetIds);
  const items: QueueItem[] = [];
  let after: string | undefined;
  let pages = 0;
  do {
    const page = await listQueue({ state, reason, after });
    pages += 1;
    items.push(...page.items.filter((item) => wanted.has(item.id)));
    after = page.nextCursor ?? undefined;
    if (pages > 1000) throw new Error("the queue does not end");
  } while (after);
  return { items, pages };
}

export async function deleteReports(ids: string[]) {
  if (ids.length > 0) await getDb().delete(reports).where(inArray(reports.id, ids));
}

const API_KEY = "re_test_moderation_0123456789";

export interface MailCapture {
  /** Every mail the fake Resend API accepted while this file ran. */
  readonly sent: ReceivedEmail[];
  /** The mails to one address, oldest first, once the queued deliveries have run (as the worker would after the commit). */
  to(email: string): Promise<ReceivedEmail["body"][]>;
  /** The next `count` mails are refused by the fake API (500). */
  failNext(count: number): void;
}

/**
 * Sends this file's mail through the real Resend SDK to a local fake of its API (DESIGN §7), so
 * nothing lands in the developer's outbox in .data/. Call once at the top of a test file.
 */
export function captureMail(): MailCapture {
  let resend: FakeResend | undefined;
  beforeAll(async () => {
    resend = await startFakeResend({ apiKey: API_KEY });
  });
  beforeEach(() => {
    vi.stubEnv("RESEND_API_KEY", API_KEY);
    vi.stubEnv("RESEND_BASE_URL", resend!.url);
    vi.stubEnv("MAIL_TRANSPORT", undefined);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await resend?.close();
  });
  return {
    get sent() {
      return resend?.sent ?? [];
    },
    failNext(count) {
      resend!.failNext(count);
    },
    async to(email) {
      await runPendingJobs();
      return (resend?.sent ?? []).filter((m) => ([] as string[]).concat(m.body.to ?? []).includes(email)).map((m) => m.body);
    },
  };
}
