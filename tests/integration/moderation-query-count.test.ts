import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { getDb } from "@/db/client";
import * as schema from "@/db/schema";
import { appeals, mediationCases, mediationMessages, mediationParties, moderationDecisions, reports } from "@/db/schema";
import { listMediationCases, listOwnMediationCases } from "@/lib/mediation/queries";
import { listOpenAppeals } from "@/lib/moderation/appeals/list-appeals";
import { listQueue, type QueueState } from "@/lib/moderation/queue/list-queue";
import { createAnnouncement, createComment } from "../support/announcement-factory";
import { createUser, currentTermsVersion } from "../support/factories";
import { insertReport } from "../support/moderation-factory";

/**
 * The moderation lists load their rows with a fixed number of queries, whatever the page size
 * (DESIGN §8): the rows, then their targets (one query per kind of target), people and decisions
 * in batches — never one query per row. Each measurement runs in a transaction on a logging
 * connection that the data layer uses as its database: the moderation tables are emptied, n rows
 * created, every list read once while its queries are counted, and everything rolled back.
 */

const url = inject("databaseUrl");
// One connection: the manual BEGIN … ROLLBACK below then holds every query the data layer sends.
const client = postgres(url, { max: 1, onnotice: () => {} });
const log: string[] = [];
const globalForDb = globalThis as unknown as { kiezwerkDb?: { db: unknown; close: () => Promise<void> } };

beforeAll(async () => {
  await globalForDb.kiezwerkDb?.close();
  globalForDb.kiezwerkDb = {
    db: drizzle(client, { schema, casing: "snake_case", logger: { logQuery: (query) => void log.push(query) } }),
    close: async () => {},
  };
});

afterAll(async () => {
  globalForDb.kiezwerkDb = undefined;
  await client.end({ timeout: 5 });
});

async function queriesOf(run: () => Promise<unknown>) {
  const before = log.length;
  await run();
  return log.length - before;
}

interface Measured {
  /** Items each list returned, so a count of queries over an empty list cannot pass by accident. */
  items: Record<string, number>;
  queries: Record<string, number>;
}

/** Creates `n` rows for every list (comments with claimed and unclaimed reports, decisions under appeal, mediation cases) and counts each list's queries. */
async function measure(n: number): Promise<Measured> {
  await client.unsafe("begin");
  try {
    // Only this measurement's rows: other test files' reports and cases would change the page.
    await client.unsafe("delete from appeals; delete from reports; delete from moderation_decisions; delete from mediation_cases");
    const [moderator, author, reporter, party] = await Promise.all([
      createUser({ role: "moderator", verification: "verified" }),
      createUser(),
      createUser(),
      createUser(),
    ]);
    const announcement = await createAnnouncement();
    const termsVersion = await currentTermsVersion();
    for (let i = 0; i < n; i += 1) {
      const [unclaimed, claimed, decided] = await Promise.all([1, 2, 3].map(() => createComment({ announcementId: announcement.id, authorId: author.id })));
      await insertReport({ reporterId: reporter.id, target: { type: "comment", id: unclaimed!.id } });
      const report = await insertReport({ reporterId: reporter.id, target: { type: "comment", id: claimed!.id } });
      await getDb().update(reports).set({ claimedById: moderator.id, claimedAt: new Date() }).where(eq(reports.id, report.id));
      const [decision] = await getDb()
        .insert(moderationDecisions)
        .values({ targetType: "comment", targetId: decided!.id, affectedUserId: author.id, moderatorId: moderator.id, kind: "hide", ruleKey: "respect", termsVersion, facts: "Beleidigung eines Nachbarn." })
        .returning({ id: moderationDecisions.id });
      await insertReport({ reporterId: reporter.id, target: { type: "comment", id: decided!.id }, decisionId: decision!.id });
      await getDb().insert(appeals).values({ decisionId: decision!.id, appellantId: author.id, statement: "Das war sachliche Kritik." });
      const [mediation] = await getDb().insert(mediationCases).values({ title: `Fall ${i}`, openedById: moderator.id }).returning({ id: mediationCases.id });
      await getDb().insert(mediationParties).values([author, party].map((p) => ({ caseId: mediation!.id, userId: p.id })));
      await getDb().insert(mediationMessages).values({ caseId: mediation!.id, authorId: moderator.id, body: "Willkommen." });
    }

    const items: Record<string, number> = {};
    const queries: Record<string, number> = {};
    const count = async (name: string, run: () => Promise<unknown[]>) => {
      queries[name] = await queriesOf(async () => {
        items[name] = (await run()).length;
      });
    };
    for (const state of ["unclaimed", "claimed", "resolved"] satisfies QueueState[]) {
      await count(`queue: ${state}`, async () => (await listQueue({ state })).items.filter((item) => item.target !== null));
    }
    await count("open appeals", listOpenAppeals);
    await count("mediation cases", listMediationCases);
    await count("own mediation cases", () => listOwnMediationCases(party.id));
    return { items, queries };
  } finally {
    await client.unsafe("rollback");
  }
}

describe("the moderation lists cost the same number of queries for 1 row as for 50", () => {
  let one: Measured;
  let fifty: Measured;

  beforeAll(async () => {
    one = await measure(1);
    fifty = await measure(50);
  }, 120_000);

  test("the lists found their rows (a full queue page holds 25 targets)", () => {
    expect(one.items).toEqual({ "queue: unclaimed": 1, "queue: claimed": 1, "queue: resolved": 1, "open appeals": 1, "mediation cases": 1, "own mediation cases": 1 });
    expect(fifty.items).toEqual({ "queue: unclaimed": 25, "queue: claimed": 25, "queue: resolved": 25, "open appeals": 50, "mediation cases": 50, "own mediation cases": 50 });
  });

  test.each(["queue: unclaimed", "queue: claimed", "queue: resolved", "open appeals", "mediation cases", "own mediation cases"])("%s", (list) => {
    expect(fifty.queries[list]).toBe(one.queries[list]);
    // The rows, then one batch each for targets of one kind and for people: a handful, not one per row.
    expect(fifty.queries[list]).toBeLessThanOrEqual(3);
  });
});
