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

// German words for realistic text lengths and a search vocabulary with stems ("Baum", "Bäume").
const WORDS = [
  "Straße", "Baum", "Bäume", "Schule", "Kiez", "Spielplatz", "Radweg", "Bürgersteig", "Sperrung", "Baustelle",
  "Bürgerversammlung", "Sprechstunde", "Förderung", "Ehrenamt", "Nachbarschaft", "Park", "Ufer", "Spree", "Dahme",
  "Müggelsee", "Bibliothek", "Jugendclub", "Sportplatz", "Kita", "Haltestelle", "Tram", "Bus", "Brücke", "Wasserleitung",
  "Grünfläche", "Pflanzung", "Beteiligung", "Verwaltung", "Bezirksamt", "Anwohnende", "Termin", "Information", "Umleitung",
  "Lärmschutz", "Sicherheit", "Schulweg", "Fahrrad", "Laterne", "Markt", "Fest", "Kultur", "Ausstellung", "Senioren",
  "Familien", "Kinder", "wird", "werden", "für", "im", "am", "die", "der", "das", "und", "mit", "neue", "geplant",
  "ab", "bis", "zwischen", "wegen", "vom", "zum", "Köpenick", "Adlershof", "Treptow", "Friedrichshagen", "Grünau",
];

const wordsFunction = `
create or replace function pg_temp.bench_words(n int, seed bigint) returns text language sql immutable as $$
  select string_agg(w[1 + ((seed * 7919 + i * 104729 + i * i * 31) % array_length(w, 1))::int], ' ')
  from generate_series(1, n) as i, (select array[${WORDS.map((w) => `'${w}'`).join(",")}]::text[] as w) as words
$$`;

async function count(sql: Sql, query: string) {
  const [row] = await sql.unsafe<{ n: string }[]>(query);
  return Number(row?.n ?? 0);
}

/**
 * Fills the database set-based (INSERT … SELECT over generate_series): minutes, not hours.
 * Idempotent: each part is skipped when its rows are already there.
 */
export async function seedAtScale(sql: Sql, log: (line: string) => void) {
  await sql.unsafe(wordsFunction);
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

  if ((await count(sql, "select count(*) as n from announcements where id like 'bench-ann-%'")) < SCALE.announcements) {
    await time(`${SCALE.announcements} announcements`, async () => {
      await sql.unsafe(`delete from announcements where id like 'bench-ann-%'`);
      await sql.unsafe(`
        with d as (select array_agg(id order by id) as ids from departments),
             author as (select id from users where role = 'staff' order by created_at limit 1)
        insert into announcements (id, author_id, department_id, title, summary, body, body_html, whole_district,
                                   status, publish_at, comments_enabled, created_at)
        select 'bench-ann-' || g, (select id from author), d.ids[1 + (g % cardinality(d.ids))],
               initcap(pg_temp.bench_words(6, g)), pg_temp.bench_words(25, g + 1),
               pg_temp.bench_words(160, g + 2), '<p>' || pg_temp.bench_words(160, g + 2) || '</p>',
               g % 20 = 0, 'published', now() - (g || ' minutes')::interval, true, now() - (g || ' minutes')::interval
        from generate_series(1, ${SCALE.announcements}) as g, d`);
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

  if ((await count(sql, "select count(*) as n from announcement_comments where id like 'bench-c-%'")) < SCALE.comments) {
    await time(`${SCALE.comments} comments`, async () => {
      await sql.unsafe(`delete from announcement_comments where id like 'bench-c-%'`);
      await sql.unsafe(`
        insert into announcement_comments (id, announcement_id, author_id, body, created_at)
        select 'bench-c-' || g,
               case when g <= ${SCALE.hotComments} then '${HOT_ANNOUNCEMENT_ID}' else 'bench-ann-' || (1 + g % ${SCALE.announcements}) end,
               'bench-user-' || (1 + g % ${SCALE.members}), pg_temp.bench_words(18 + (g % 30)::int, g),
               now() - ((${SCALE.comments} - g) || ' seconds')::interval
        from generate_series(1, ${SCALE.comments}) as g`);
      await sql.unsafe(`
        update announcements a set comment_count = c.n
        from (select announcement_id, count(*)::int as n from announcement_comments group by announcement_id) c
        where c.announcement_id = a.id`);
    });
  }

  await time("ANALYZE", () => sql.unsafe("analyze"));
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
