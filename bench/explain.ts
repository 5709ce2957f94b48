/**
 * Query check: runs the app's own list queries against the benchmark database, captures the SQL
 * they send, and reports EXPLAIN (ANALYZE) for each: execution time and whether an index is used.
 * Run with `tsx --conditions=react-server` (the data layer is server-only). Prints JSON to stdout.
 */
import postgres from "postgres";
import { connectDatabase, setDatabase } from "../db/client";
import { listAuditEntries } from "../lib/audit/queries";
import { searchUsers } from "../lib/users/queries";
import { LIST_QUERIES } from "./list-queries";

interface Captured {
  query: string;
  params: unknown[];
}

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Plan Rows"?: number;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

/** From this size on, a sequential scan in a list query is a finding. */
const LARGE_TABLE_ROWS = 10_000;

function walk(node: PlanNode, visit: (n: PlanNode) => void) {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is required");
  let captured: Captured[] = [];
  const connection = connectDatabase(url, { logger: { logQuery: (query, params) => captured.push({ query, params }) } });
  setDatabase(connection);
  const explainer = postgres(url, { max: 1, onnotice: () => {} });

  const queries: Array<{ name: string; run: () => Promise<unknown> }> = [
    { name: "Kontensuche (Administration)", run: () => searchUsers({ q: "" }) },
    { name: "Kontensuche mit Suchbegriff", run: () => searchUsers({ q: "Mitglied 4711" }) },
    { name: "Protokoll (Administration)", run: () => listAuditEntries({}) },
    ...LIST_QUERIES,
  ];

  // Table sizes, so the report can tell a sequential scan of a large table from one of a small
  // table (for which the planner rightly prefers reading it whole).
  const sizes = new Map(
    (await explainer.unsafe<{ relname: string; rows: number }[]>(
      "select relname, greatest(reltuples, 0)::bigint as rows from pg_class where relkind = 'r' and relnamespace = 'public'::regnamespace",
    )).map((r) => [r.relname, Number(r.rows)]),
  );
  const report = [];
  for (const { name, run } of queries) {
    captured = [];
    await run();
    // Reads only; the search's set_config (its plan settings) is no list query.
    const selects = captured.filter((c) => /^\s*(select|with)\b/i.test(c.query) && !/^\s*select set_config\(/i.test(c.query));
    for (const [i, { query, params }] of selects.entries()) {
      const rows = await explainer.unsafe(`explain (analyze, format json) ${query}`, params as never[]);
      const plan = (rows[0] as unknown as { "QUERY PLAN": Array<{ Plan: PlanNode; "Execution Time": number }> })["QUERY PLAN"][0]!;
      const indexes = new Set<string>();
      const seqScans = new Set<string>();
      walk(plan.Plan, (n) => {
        if (n["Index Name"]) indexes.add(n["Index Name"]);
        if (n["Node Type"] === "Seq Scan" && n["Relation Name"]) seqScans.add(n["Relation Name"]);
      });
      report.push({
        name: selects.length > 1 ? `${name} (${i + 1}/${selects.length})` : name,
        executionMs: plan["Execution Time"],
        indexes: [...indexes],
        seqScans: [...seqScans].map((table) => `${table} (${sizes.get(table) ?? "?"} rows)`),
        largeSeqScans: [...seqScans].filter((table) => (sizes.get(table) ?? 0) >= LARGE_TABLE_ROWS),
      });
    }
  }
  process.stdout.write(JSON.stringify(report));
  await connection.close();
  await explainer.end();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
