import type { Sql } from "postgres";

/** Sizes of the data set: a district of ~300,000 residents after some years of use. */
export const SCALE = {
  members: 100_000,
  announcements: 50_000,
  comments: 1_000_000,
  /** The announcement every detail request reads gets this many comments. */
  hotComments: 5_000,
} as const;

export const HOT_ANNOUNCEMENT_ID = "bench-ann-1";
export const BENCH_MEMBER_ID = "bench-user-1";

/**
 * The text's version: a data set seeded with another version has its announcements and comments
 * seeded again (recorded in bench_seed_version, a table only the benchmark database has).
 * 1: ~75 words drawn uniformly, so every document matched every search. 2: the vocabulary below.
 */
const TEXT_VERSION = 2;

// A vocabulary with the shape of real text, so that a search term is as selective as it would be:
// word ranks are drawn log-uniformly from 1..VOCABULARY (Zipf's law, exponent 1). The first ranks are
// German function words (dropped as stop words, like ~40 % of real text), topical words sit at every
// TOPIC_STEP-th rank after them (from "Straße" in a quarter of the announcements to rare ones), and
// every other rank is a made-up compound ("Kalenweg", "Morerhof") — ~20,000 distinct words.
const FUNCTION_WORDS = [
  "die", "der", "und", "in", "das", "zu", "den", "mit", "für", "im", "ist", "auf", "am", "wird", "werden", "ab",
  "bis", "vom", "zum", "eine",
];
const TOPIC_WORDS = [
  "Straße", "Baum", "Kiez", "Bäume", "Schule", "Spielplatz", "Radweg", "Bürgersteig", "Sperrung", "Baustelle",
  "Bürgerversammlung", "Sprechstunde", "Förderung", "Ehrenamt", "Nachbarschaft", "Park", "Ufer", "Spree", "Dahme",
  "Müggelsee", "Bibliothek", "Jugendclub", "Sportplatz", "Kita", "Haltestelle", "Tram", "Bus", "Brücke", "Wasserleitung",
  "Grünfläche", "Pflanzung", "Beteiligung", "Verwaltung", "Bezirksamt", "Anwohnende", "Termin", "Information", "Umleitung",
  "Lärmschutz", "Sicherheit", "Schulweg", "Fahrrad", "Laterne", "Markt", "Fest", "Kultur", "Ausstellung", "Senioren",
  "Familien", "Kinder", "neue", "geplant", "zwischen", "wegen", "Köpenick", "Adlershof", "Treptow", "Friedrichshagen", "Grünau",
];
const TOPIC_STEP = 17;
const VOCABULARY = 40_000;
// Made-up compounds: 23 × 29 × 31 first syllables, middles and German place-name roots.
const HEADS = ["Ber", "Kal", "Lin", "Mor", "Sel", "Tan", "Wal", "Fri", "Hel", "Gor", "Ros", "Pal", "Dun", "Kes", "Mar", "Nor", "Ost", "Sar", "Ul", "Wen", "Zel", "Bir", "Lau"];
const MIDDLES = ["a", "e", "i", "o", "en", "er", "el", "ing", "an", "ol", "ur", "is", "am", "et", "ub", "or", "ik", "al", "un", "es", "ar", "il", "om", "ed", "ot", "ul", "as", "ern", "ib"];
const ROOTS = [
  "weg", "platz", "hof", "feld", "garten", "markt", "brück", "haus", "werk", "bach", "berg", "dorf", "turm", "wald", "kiez",
  "steig", "tor", "damm", "graben", "bahn", "land", "stein", "born", "hain", "grund", "anger", "horst", "heide", "ring", "eck", "kamp",
];

const array = (words: string[]) => `array[${words.map((w) => `'${w}'`).join(",")}]::text[]`;

// Small arrays only: reading element k of a text array walks the k elements before it.
const wordsFunctions = [
  `create or replace function pg_temp.bench_word(r int) returns text language sql immutable as $$
    select case
      when r <= ${FUNCTION_WORDS.length} then (${array(FUNCTION_WORDS)})[r]
      when (r - ${FUNCTION_WORDS.length}) % ${TOPIC_STEP} = 0 and (r - ${FUNCTION_WORDS.length}) / ${TOPIC_STEP} <= ${TOPIC_WORDS.length}
        then (${array(TOPIC_WORDS)})[(r - ${FUNCTION_WORDS.length}) / ${TOPIC_STEP}]
      else (${array(HEADS)})[1 + (r / ${ROOTS.length}) % ${HEADS.length}] || (${array(MIDDLES)})[1 + (r / ${ROOTS.length * HEADS.length}) % ${MIDDLES.length}]
           || (${array(ROOTS)})[1 + r % ${ROOTS.length}]
    end
  $$`,
  // n words for the text numbered seed; hashint8 is PostgreSQL's stable hash, a deterministic uniform draw.
  `create or replace function pg_temp.bench_words(n int, seed bigint) returns text language sql immutable as $$
    select string_agg(pg_temp.bench_word(floor(exp((hashint8(seed * 1000 + i)::float8 + 2147483648) / 4294967296 * ln(${VOCABULARY})))::int), ' ')
    from generate_series(1, n) as i
  $$`,
];

async function count(sql: Sql, query: string) {
  const [row] = await sql.unsafe<{ n: string }[]>(query);
  return Number(row?.n ?? 0);
}

async function textVersion(sql: Sql) {
  await sql.unsafe("create table if not exists bench_seed_version (part text primary key, version int not null)");
  const [row] = await sql.unsafe<{ version: number }[]>("select version from bench_seed_version where part = 'text'");
  return row?.version ?? 1;
}

/**
 * Fills the database set-based (INSERT … SELECT over generate_series): minutes, not hours.
 * Idempotent: each part is skipped when its rows are already there (and its text is current).
 */
export async function seedAtScale(sql: Sql, log: (line: string) => void) {
  for (const statement of wordsFunctions) await sql.unsafe(statement);
  const textIsCurrent = (await textVersion(sql)) === TEXT_VERSION;
  const time = async (label: string, work: () => Promise<unknown>) => {
    const started = Date.now();
    await work();
    log(`  ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  };

  if ((await count(sql, "select count(*) as n from users where id like 'bench-user-%'")) < SCALE.members) {
    await time(`${SCALE.members} members`, async () => {
      await sql.unsafe(`delete from users where id like 'bench-user-%'`);
      await sql.unsafe(`
        with l as (select array_agg(id order by id) as ids from localities),
             t as (select terms_version as v from district_settings where id = 1)
        insert into users (id, email, email_verified, username, display_name, locality_id, role, verification,
                           accepted_terms_version, accepted_terms_at, created_at)
        select 'bench-user-' || g, 'bench' || g || '@bench.kiezwerk.example', now(), 'bench' || g,
               'Mitglied ' || g, l.ids[1 + (g % cardinality(l.ids))], 'member',
               case when g % 3 = 0 then 'verified'::user_verification else 'email'::user_verification end,
               t.v, now(), now() - (g || ' seconds')::interval
        from generate_series(1, ${SCALE.members}) as g, l, t`);
      await sql.unsafe(`
        insert into followed_localities (user_id, locality_id)
        select id, locality_id from users where id like 'bench-user-%' on conflict do nothing`);
      await sql.unsafe(`
        with tp as (select array_agg(id order by id) as ids from topics)
        insert into followed_topics (user_id, topic_id)
        select 'bench-user-' || g, tp.ids[1 + (g % cardinality(tp.ids))]
        from generate_series(1, ${SCALE.members}, 4) as g, tp on conflict do nothing`);
    });
  }

  if (!textIsCurrent || (await count(sql, "select count(*) as n from announcements where id like 'bench-ann-%'")) < SCALE.announcements) {
    await time(`${SCALE.announcements} announcements`, async () => {
      // Their comments first, in one statement: the cascade would delete a million rows one by one.
      await sql.unsafe(`delete from announcement_comments where announcement_id like 'bench-ann-%'`);
      await sql.unsafe(`delete from announcements where id like 'bench-ann-%'`);
      await sql.unsafe(`
        with d as (select array_agg(id order by id) as ids from departments),
             author as (select id from users where role = 'staff' order by created_at limit 1)
        insert into announcements (id, author_id, department_id, title, summary, body, body_html, whole_district,
                                   status, publish_at, comments_enabled, created_at)
        select 'bench-ann-' || g, (select id from author), d.ids[1 + (g % cardinality(d.ids))],
               initcap(pg_temp.bench_words(6, g * 4)), pg_temp.bench_words(25, g * 4 + 1),
               b.text, '<p>' || b.text || '</p>',
               g % 20 = 0, 'published', now() - (g || ' minutes')::interval, true, now() - (g || ' minutes')::interval
        from generate_series(1, ${SCALE.announcements}) as g
             cross join lateral (select pg_temp.bench_words(160, g * 4 + 2) as text) as b, d`);
      await sql.unsafe(`
        with l as (select array_agg(id order by id) as ids from localities)
        insert into announcement_localities (announcement_id, locality_id)
        select 'bench-ann-' || g, l.ids[1 + (g % cardinality(l.ids))] from generate_series(1, ${SCALE.announcements}) g, l where g % 20 <> 0
        union
        select 'bench-ann-' || g, l.ids[1 + ((g * 7) % cardinality(l.ids))] from generate_series(1, ${SCALE.announcements}, 3) g, l where g % 20 <> 0`);
      await sql.unsafe(`
        with tp as (select array_agg(id order by id) as ids from topics)
        insert into announcement_topics (announcement_id, topic_id)
        select 'bench-ann-' || g, tp.ids[1 + (g % cardinality(tp.ids))] from generate_series(1, ${SCALE.announcements}) g, tp`);
    });
  }

  if (!textIsCurrent || (await count(sql, "select count(*) as n from announcement_comments where id like 'bench-c-%'")) < SCALE.comments) {
    await time(`${SCALE.comments} comments`, async () => {
      await sql.unsafe(`delete from announcement_comments where id like 'bench-c-%'`);
      await sql.unsafe(`
        insert into announcement_comments (id, announcement_id, author_id, body, created_at)
        select 'bench-c-' || g,
               case when g <= ${SCALE.hotComments} then '${HOT_ANNOUNCEMENT_ID}' else 'bench-ann-' || (1 + g % ${SCALE.announcements}) end,
               'bench-user-' || (1 + g % ${SCALE.members}), pg_temp.bench_words(18 + (g % 30)::int, ${SCALE.announcements * 4} + g),
               now() - ((${SCALE.comments} - g) || ' seconds')::interval
        from generate_series(1, ${SCALE.comments}) as g`);
      await sql.unsafe(`
        update announcements a set comment_count = c.n
        from (select announcement_id, count(*)::int as n from announcement_comments group by announcement_id) c
        where c.announcement_id = a.id`);
    });
  }

  await sql.unsafe(`insert into bench_seed_version (part, version) values ('text', ${TEXT_VERSION})
                    on conflict (part) do update set version = excluded.version`);

  // VACUUM merges the GIN indexes' pending lists, as autovacuum long would have in a live database
  // (the planner prices an unmerged list as a full scan of it), and fills the visibility map.
  await time("VACUUM ANALYZE", () => sql.unsafe("vacuum (analyze)"));
}

/** A real database session for the seeded member, so "Mein Kiez" is measured signed in. */
export async function benchSession(sql: Sql): Promise<string> {
  const token = "bench-session-token-0123456789abcdef0123456789abcdef";
  await sql.unsafe(
    `insert into sessions (session_token, user_id, expires) values ('${token}', '${BENCH_MEMBER_ID}', now() + interval '30 days')
     on conflict (session_token) do update set expires = excluded.expires`,
  );
  return token;
}
