import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { inject } from "vitest";
import * as schema from "@/db/schema";
import { listComments } from "@/lib/announcements/comments/queries";
import { encodeAnnouncementCursor } from "@/lib/announcements/cursor";
import { listMeinKiez } from "@/lib/announcements/mein-kiez";
import { announcementInLocalities, listAnnouncements } from "@/lib/announcements/queries";
import { encodeCursor } from "@/lib/pagination";
import { searchAnnouncements, searchComments } from "@/lib/search/queries";
import { searchUsers } from "@/lib/users/queries";
import { follow, localityIds } from "../support/announcement-factory";
import { createUser } from "../support/factories";

/**
 * The lists of the announcements area must stay fast with many rows (DESIGN §8): each is keyset-
 * paginated and served by an index. This test records the exact SQL the pages run (through a
 * logging connection that the data layer uses as its database), fills a transaction with a few
 * thousand announcements, localities, topics and comments, and asks PostgreSQL for each query's plan.
 *
 * With a few thousand rows a sequential scan can honestly be the cheapest plan, so the check runs
 * with `enable_seqscan = off`: the planner then avoids sequential scans wherever an index can serve
 * the query. A "Seq Scan" on announcements (or announcement_comments) that remains means no usable
 * index exists for that query. Everything is rolled back afterwards. The admin's account search
 * (a name contains the term) is checked the same way, over a few thousand accounts.
 */

interface Captured {
  name: string;
  query: string;
  params: unknown[];
}

const url = inject("databaseUrl");
const client = postgres(url, { max: 1, onnotice: () => {} });
const log: Array<{ query: string; params: unknown[] }> = [];
const captured: Captured[] = [];
const globalForDb = globalThis as unknown as { kiezwerkDb?: { db: unknown; close: () => Promise<void> } };

/** Runs what a page runs and keeps the last statement it sent: the list query itself. */
async function capture(name: string, run: () => Promise<unknown>) {
  const before = log.length;
  await run();
  const last = log.slice(before).at(-1);
  if (!last) throw new Error(`${name} sent no query`);
  captured.push({ name, ...last });
}

// Realistic selectivity: a search term occurs in a few rows, not in all of them.
const SEED = [
  // 4000 announcements over ~4 weeks: every 20th withdrawn, every 15th expired, every 10th for the whole district.
  `insert into announcements (id, title, summary, body, body_html, whole_district, status, publish_at, expires_at, comments_enabled, comment_count)
   select 'explain-' || g,
          (array['Sperrung','Sprechstunde','Förderaufruf','Bürgerversammlung','Baustelle'])[1 + g % 5] || ' ' || g,
          'Kurzfassung ' || g || ' für den Kiez',
          'Ausführlicher Text ' || g || case when g % 400 = 0 then ': Die Bäume an der Straße werden gepflegt.'
                                             when g % 400 = 1 then ': Der Radweg wird erneuert.'
                                             else ': Auskunft gibt das Bezirksamt.' end,
          '<p>Text</p>',
          g % 10 = 0,
          (case when g % 20 = 0 then 'unpublished' else 'published' end)::announcement_status,
          now() - make_interval(mins => g * 10),
          case when g % 15 = 0 then now() - interval '1 day' end,
          g % 7 <> 0,
          3
   from generate_series(1, 4000) g`,
  `insert into announcement_localities (announcement_id, locality_id)
   select 'explain-' || g, l.id from generate_series(1, 4000) g join localities l on l.sort_order in (g % 15, (g * 7) % 15)
   where g % 10 <> 0`,
  `insert into announcement_topics (announcement_id, topic_id)
   select 'explain-' || g, t.id from generate_series(1, 4000) g join topics t on t.sort_order in (g % 10, (g * 3) % 10)`,
  // 10000 comments: most threads short, one (explain-1) long.
  `insert into announcement_comments (id, announcement_id, body, created_at)
   select 'explain-c-' || g,
          'explain-' || case when g <= 2000 then 1 else 1 + g % 4000 end,
          case when g % 500 = 0 then 'Danke für die Info zu den Bäumen.' else 'Kommentar ' || g || ': Gute Sache, danke.' end,
          now() - make_interval(secs => g)
   from generate_series(1, 10000) g`,
  // 4000 accounts for the account search.
  `insert into users (id, email, username, display_name, created_at)
   select 'explain-user-' || g, 'explain' || g || '@example.org', 'explain' || g, 'Nachbarin ' || g, now() - make_interval(secs => g)
   from generate_series(1, 4000) g`,
  // Fresh rows sit in the GIN indexes' pending lists until (auto)vacuum merges them, as it would long
  // have in a live database; the planner prices an unmerged list as a full scan of it.
  `select gin_clean_pending_list('announcements_search_idx')`,
  `select gin_clean_pending_list('announcement_comments_search_idx')`,
  `select gin_clean_pending_list('users_display_name_trgm_idx')`,
  `select gin_clean_pending_list('users_username_trgm_idx')`,
  `select gin_clean_pending_list('users_email_trgm_idx')`,
  `analyze announcements`,
  `analyze announcement_localities`,
  `analyze announcement_topics`,
  `analyze announcement_comments`,
  `analyze followed_localities`,
  `analyze followed_topics`,
  `analyze users`,
];

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Parent Relationship"?: string;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

/** The plan without its subplans: what produces the rows and their order (subplans fill in e.g. locality names per row). */
function mainPath(plan: PlanNode): PlanNode[] {
  const children = (plan.Plans ?? []).filter((child) => child["Parent Relationship"] !== "SubPlan" && child["Parent Relationship"] !== "InitPlan");
  return [plan, ...children.flatMap(mainPath)];
}

const plans = new Map<string, PlanNode>();

beforeAll(async () => {
  // The data layer opens its database through getDb(); here that is the logging connection.
  await globalForDb.kiezwerkDb?.close();
  globalForDb.kiezwerkDb = {
    db: drizzle(client, { schema, casing: "snake_case", logger: { logQuery: (query, params) => void log.push({ query, params }) } }),
    close: async () => {},
  };

  const member = await createUser();
  await follow(member.id, { localities: ["koepenick", "adlershof"], topics: ["umwelt"] });
  const [koepenick] = await localityIds("koepenick");
  const somewhere = encodeAnnouncementCursor({ publishAt: new Date(Date.now() - 3 * 24 * 60 * 60 * 1000), id: "explain-400" });
  const rankCursor = Buffer.from(JSON.stringify({ rank: "0.0607927", id: "explain-2000" })).toString("base64url");

  await capture("public list", () => listAnnouncements({}));
  await capture("public list, later page", () => listAnnouncements({ cursor: somewhere }));
  await capture("public list for a locality", () => listAnnouncements({ where: announcementInLocalities([koepenick!]) }));
  await capture("Mein Kiez", () => listMeinKiez({ userId: member.id }));
  await capture("Mein Kiez, later page", () => listMeinKiez({ userId: member.id, cursor: somewhere }));
  await capture("search announcements", () => searchAnnouncements({ q: "Bäume" }));
  await capture("search announcements, two words", () => searchAnnouncements({ q: "Radweg erneuert" }));
  await capture("search announcements, later page", () => searchAnnouncements({ q: "Bäume", after: rankCursor }));
  await capture("search comments", () => searchComments({ q: "Bäume" }));
  // In every announcement: only the newest matches are ranked, read along the time index.
  await capture("search announcements, common term", () => searchAnnouncements({ q: "Kurzfassung" }));
  await capture("account search", () => searchUsers({ q: "1234" }));
  await capture("comment thread", () => listComments({ announcementId: "explain-1" }));
  await capture("comment thread, later page", () =>
    listComments({ announcementId: "explain-1", from: encodeCursor({ createdAt: new Date(Date.now() - 1000 * 1000), id: "explain-c-1000" }) }),
  );

  const rollback = new Error("rollback");
  await client
    .begin(async (tx) => {
      for (const statement of SEED) await tx.unsafe(statement);
      await tx.unsafe("set local enable_seqscan = off");
      for (const { name, query, params } of captured) {
        const [row] = await tx.unsafe(`explain (format json) ${query}`, params as never[]);
        const json = (row as Record<string, unknown>)["QUERY PLAN"];
        const [explained] = (typeof json === "string" ? JSON.parse(json) : json) as Array<{ Plan: PlanNode }>;
        plans.set(name, explained!.Plan);
        if (process.env.EXPLAIN_DEBUG) console.log(name, "\n", (await tx.unsafe(`explain ${query}`, params as never[])).map((r) => r["QUERY PLAN"]).join("\n"));
      }
      throw rollback;
    })
    .catch((error: unknown) => {
      if (error !== rollback) throw error;
    });
}, 120_000);

afterAll(async () => {
  globalForDb.kiezwerkDb = undefined;
  await client.end({ timeout: 5 });
});

const planOf = (name: string) => {
  const plan = plans.get(name);
  if (!plan) throw new Error(`no plan for ${name}`);
  return plan;
};

const seqScans = (plan: PlanNode) =>
  nodes(plan)
    .filter((n) => n["Node Type"] === "Seq Scan")
    .map((n) => n["Relation Name"]);

describe("the announcement queries are index-backed (EXPLAIN with thousands of rows)", () => {
  const listQueries = ["public list", "public list, later page", "public list for a locality", "Mein Kiez", "Mein Kiez, later page"];
  const searchQueries = ["search announcements", "search announcements, two words", "search announcements, later page"];
  const allQueries = [...listQueries, ...searchQueries, "search announcements, common term", "search comments", "comment thread", "comment thread, later page"];

  test.each(allQueries)("%s: no sequential scan of announcements or comments", (name) => {
    const scanned = seqScans(planOf(name));
    expect(scanned, JSON.stringify(planOf(name), null, 1)).not.toContain("announcements");
    expect(scanned, JSON.stringify(planOf(name), null, 1)).not.toContain("announcement_comments");
  });

  test.each(listQueries)("%s: newest first straight from announcements_published_idx, no sort", (name) => {
    const all = mainPath(planOf(name));
    expect(all.map((n) => n["Index Name"])).toContain("announcements_published_idx");
    expect(all.map((n) => n["Node Type"])).not.toContain("Sort");
    expect(all.map((n) => n["Node Type"])).not.toContain("Incremental Sort");
  });

  test.each(searchQueries)("%s: matches found through the GIN index announcements_search_idx", (name) => {
    expect(nodes(planOf(name)).map((n) => n["Index Name"])).toContain("announcements_search_idx");
  });

  test("search comments: matches found through announcement_comments_search_idx", () => {
    expect(nodes(planOf("search comments")).map((n) => n["Index Name"])).toContain("announcement_comments_search_idx");
  });

  test("search announcements, common term: the newest matches are read along announcements_published_idx, not every match", () => {
    const all = mainPath(planOf("search announcements, common term"));
    expect(all.map((n) => n["Index Name"]), JSON.stringify(planOf("search announcements, common term"), null, 1)).toContain("announcements_published_idx");
  });

  test("account search: a name containing the term is found through the trigram indexes, not by reading every account", () => {
    const plan = planOf("account search");
    expect(seqScans(plan), JSON.stringify(plan, null, 1)).not.toContain("users");
    expect(nodes(plan).map((n) => n["Index Name"])).toEqual(expect.arrayContaining(["users_display_name_trgm_idx", "users_username_trgm_idx", "users_email_trgm_idx"]));
  });

  test.each(["comment thread", "comment thread, later page"])("%s: oldest first from announcement_comments_thread_idx, no sort", (name) => {
    const all = mainPath(planOf(name));
    expect(all.map((n) => n["Index Name"])).toContain("announcement_comments_thread_idx");
    expect(all.map((n) => n["Node Type"])).not.toContain("Sort");
  });
});
