import { sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";

// Later features (searching ideas, concerns, announcements) rely on PostgreSQL's German text search.
describe("the german text search configuration", () => {
  test("exists and stems German compounds, so a search for the singular finds the plural", async () => {
    const [row] = await getDb().execute<{ vector: string; matches: boolean; simpleMatches: boolean }>(sql`
      select to_tsvector('german', 'Straßenbäume')::text as vector,
             to_tsvector('german', 'Neue Straßenbäume für Adlershof') @@ plainto_tsquery('german', 'Straßenbaum') as matches,
             to_tsvector('simple', 'Neue Straßenbäume für Adlershof') @@ plainto_tsquery('simple', 'Straßenbaum') as "simpleMatches"`);
    expect(row?.vector).toMatch(/^'\S+':1$/);
    expect(row?.matches).toBe(true);
    // The match above is the stemmer's doing, not a coincidence of the words.
    expect(row?.simpleMatches).toBe(false);
  });

  test("drops German stop words", async () => {
    const [row] = await getDb().execute<{ vector: string }>(sql`select to_tsvector('german', 'der Baum und die Bäume')::text as vector`);
    expect(row?.vector).not.toMatch(/'der'|'und'|'die'/);
  });
});
