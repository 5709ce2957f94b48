import { describe, expect, test } from "vitest";
import { MATCH_END, MATCH_START, splitHighlight } from "@/lib/search/highlight";
import { getDb } from "@/db/client";
import { announcements } from "@/db/schema";
import { SEARCH_CANDIDATES, searchAnnouncements, searchComments } from "@/lib/search/queries";
import { searchParamsSchema } from "@/lib/search/schemas";
import { createAnnouncement, createComment } from "../support/announcement-factory";
import { createUser, uniqueSuffix } from "../support/factories";

const HOUR = 60 * 60 * 1000;

/** A made-up word no other test uses, so each test sees only its own rows (German stemming leaves it alone). */
const word = () => `zqx${uniqueSuffix().replace(/[0-9]/g, (d) => "ghijklmnop"[Number(d)]!)}`;

const marked = (text: string) =>
  splitHighlight(text)
    .filter((p) => p.match)
    .map((p) => p.text);

describe("searching announcements", () => {
  test("German stemming: a search for 'Bäume' finds an announcement about a 'Baum', and the other way round", async () => {
    const tag = word();
    const baum = await createAnnouncement({ title: `Neuer Baum am Müggelsee ${tag}`, summary: "Pflanzung im Herbst", body: "Der Baum ist eine Linde." });
    const baeume = await createAnnouncement({ title: `Straßenarbeiten ${tag}`, summary: "Hinweise", body: "Die Bäume an der Bölschestraße bleiben stehen." });

    const forPlural = await searchAnnouncements({ q: `Bäume ${tag}` });
    const forSingular = await searchAnnouncements({ q: `baum ${tag}` });

    expect(forPlural.items.map((i) => i.id).sort()).toEqual([baum.id, baeume.id].sort());
    expect(forSingular.items.map((i) => i.id).sort()).toEqual([baum.id, baeume.id].sort());
  });

  test("ranking: a match in the title outranks one only in the body", async () => {
    const tag = word();
    const inBody = await createAnnouncement({ title: `Allgemeines ${tag}`, body: "Am Ende geht es auch um den Spielplatz." });
    const inTitle = await createAnnouncement({ title: `Spielplatz wird saniert ${tag}`, body: "Die Arbeiten dauern vier Wochen." });

    const { items } = await searchAnnouncements({ q: `Spielplätze ${tag}` });

    expect(items.map((i) => i.id)).toEqual([inTitle.id, inBody.id]);
  });

  test("snippets mark the matches with the private-use markers only; marker characters in the text are stripped first", async () => {
    const tag = word();
    await createAnnouncement({
      title: `Radweg in Grünau ${tag}`,
      summary: `Der neue Radweg${MATCH_END} & "Schutzstreifen" <3 ${MATCH_START}entlang der Regattastraße`,
      body: "Baubeginn ist im **März**. Radwege werden breiter.",
    });

    const [hit] = (await searchAnnouncements({ q: `Radwege ${tag}` })).items;

    expect(hit).toBeDefined();
    expect(marked(hit!.title)).toEqual(["Radweg", tag]);
    expect(marked(hit!.snippet)).toContain("Radweg");
    // The markers in the stored text are gone; the rest comes back as plain text for React to escape.
    expect(hit!.snippet).toContain(`Radweg${MATCH_END} & "Schutzstreifen" <3 entlang`);
    expect(hit!.snippet.replace(new RegExp(`${MATCH_START}(Radweg|Radwege)${MATCH_END}`, "g"), "")).not.toMatch(new RegExp(`[${MATCH_START}${MATCH_END}]`));
    // Markdown's markup does not clutter the excerpt.
    expect(hit!.snippet).not.toContain("**");
  });

  test("only visible announcements are found: not scheduled, expired or unpublished ones", async () => {
    const tag = word();
    const visible = await createAnnouncement({ title: `Sichtbar ${tag}` });
    await createAnnouncement({ title: `Geplant ${tag}`, publishAt: new Date(Date.now() + HOUR) });
    await createAnnouncement({ title: `Abgelaufen ${tag}`, expiresAt: new Date(Date.now() - 1000) });
    await createAnnouncement({ title: `Zurückgezogen ${tag}`, status: "unpublished" });

    expect((await searchAnnouncements({ q: tag })).items.map((i) => i.id)).toEqual([visible.id]);
  });

  test("keyset pagination over (rank, id): every hit once, best first", async () => {
    const tag = word();
    const created = [];
    for (let i = 0; i < 5; i++) created.push(await createAnnouncement({ title: `Eintrag ${i} ${tag}` }));

    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await searchAnnouncements({ q: tag, after, limit: 2 });
      seen.push(...page.items.map((i) => i.id));
      after = page.nextCursor ?? undefined;
      pages++;
    } while (after && pages < 10);

    expect(pages).toBe(3);
    expect(seen.sort()).toEqual(created.map((c) => c.id).sort());
  });

  test("a term in more announcements than are ranked: the best of the newest matches, an older one is left out", async () => {
    const tag = word();
    const older = await createAnnouncement({ title: `Spielplatz ${tag}`, publishAt: new Date(Date.now() - 10 * HOUR) });
    // Enough newer matches, the term only in their bodies, to fill every ranked place but one.
    await getDb()
      .insert(announcements)
      .values(
        Array.from({ length: SEARCH_CANDIDATES - 1 }, (_, i) => ({
          title: `Allgemeines ${i}`,
          summary: "Kurz",
          body: `Am Ende geht es auch um ${tag}.`,
          bodyHtml: "<p>…</p>",
          publishAt: new Date(Date.now() - 2 * HOUR - i * 1000),
        })),
      );
    const newest = await createAnnouncement({ title: `Spielplatz wird saniert ${tag}` });

    const { items } = await searchAnnouncements({ q: tag });

    // A title match outranks the body matches: the newest is first, the older one was never ranked.
    expect(items[0]?.id).toBe(newest.id);
    expect(items.map((i) => i.id)).not.toContain(older.id);
    // A narrower search finds it.
    expect((await searchAnnouncements({ q: `${tag} Spielplatz` })).items.map((i) => i.id).sort()).toEqual([newest.id, older.id].sort());
  });

  test("web-search syntax works and nonsense does not fail: phrases, exclusion, stop words only, stray quotes", async () => {
    const tag = word();
    const park = await createAnnouncement({ title: `Park am Wasser ${tag}` });
    await createAnnouncement({ title: `Parkplatz am Bahnhof ${tag}` });

    expect((await searchAnnouncements({ q: `${tag} -Parkplatz` })).items.map((i) => i.id)).toEqual([park.id]);
    expect((await searchAnnouncements({ q: `"Park am Wasser" ${tag}` })).items.map((i) => i.id)).toEqual([park.id]);
    expect((await searchAnnouncements({ q: "der die das" })).items).toEqual([]);
    expect((await searchAnnouncements({ q: `"( ) & | ! :* ${tag}` })).items).toHaveLength(2);
  });
});

describe("searching comments", () => {
  test("finds a comment by its text on a visible announcement, with its announcement and a marked snippet", async () => {
    const tag = word();
    const author = await createUser({ displayName: "Frieda Fragend" });
    const announcement = await createAnnouncement({ title: `Sperrung der Brücke ${tag}` });
    const comment = await createComment({ announcementId: announcement.id, authorId: author.id, body: `Gibt es eine Umleitung für Fahrräder? ${tag}` });

    const { items } = await searchComments({ q: `Fahrrad ${tag}` });

    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id: comment.id, announcementId: announcement.id, announcementTitle: announcement.title, authorName: "Frieda Fragend" });
    expect(marked(items[0]!.snippet)).toContain("Fahrräder");
  });

  test("comments on announcements that are not visible are not found", async () => {
    const tag = word();
    const hidden = await createAnnouncement({ status: "unpublished" });
    const expired = await createAnnouncement({ expiresAt: new Date(Date.now() - 1000) });
    const visible = await createAnnouncement();
    for (const { id } of [hidden, expired, visible]) await createComment({ announcementId: id, authorId: null, body: `Wichtiger Hinweis ${tag}` });

    const { items } = await searchComments({ q: tag });

    expect(items.map((i) => i.announcementId)).toEqual([visible.id]);
    expect(items[0]?.authorName).toBeNull();
  });
});

describe("the search term", () => {
  test("is trimmed, limited, and cannot carry the highlight markers", () => {
    expect(searchParamsSchema.parse({ q: `  Baum${MATCH_START}${MATCH_END}  ` }).q).toBe("Baum");
    expect(searchParamsSchema.safeParse({ q: "x".repeat(201) }).success).toBe(false);
    expect(searchParamsSchema.parse({ q: "a", art: "quatsch" }).art).toBeUndefined();
  });

  test("highlight parts: text outside markers stays text, an unbalanced marker cannot leak", () => {
    expect(splitHighlight(`a ${MATCH_START}Baum${MATCH_END} <i>b</i>`)).toEqual([
      { text: "a ", match: false },
      { text: "Baum", match: true },
      { text: " <i>b</i>", match: false },
    ]);
    expect(splitHighlight(`${MATCH_START}offen`)).toEqual([{ text: "offen", match: true }]);
    expect(splitHighlight(`x${MATCH_END}y`).map((p) => p.text).join("")).toBe("xy");
  });
});
