import { eq, inArray } from "drizzle-orm";
import { renderAnnouncementBody } from "../../lib/announcements/render";
import type { Database } from "../../db/client";
import { departments, localities, spaceEventRsvps, spaceEvents, spaceLocalities, spaceMembers, spacePartners, spacePosts, spaces, spaceShifts, spaceShiftSignups, spaceTopics, topics, users } from "../../db/schema";

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const BOUCHE = "5a1e0c3b-7d2f-4c8a-9b6e-1f2a3b4c5d01";
const STERNENFISCHER = "5a1e0c3b-7d2f-4c8a-9b6e-1f2a3b4c5d02";

/** A day from now at a wall-clock hour (approximate: the seed only needs plausible times). */
function at(daysAhead: number, hour: number, minute = 0) {
  const day = new Date(Date.now() + daysAhead * DAY);
  day.setUTCHours(hour - 1, minute, 0, 0);
  return day;
}

/** The next given weekday (1 = Monday … 5 = Friday) at least two days from now, at a wall-clock hour (approximate, like at()). */
function nextWeekday(weekday: number, hour: number, minute = 0) {
  const today = new Date().getUTCDay();
  const days = ((weekday - today + 7) % 7) + (((weekday - today + 7) % 7) < 2 ? 7 : 0);
  return at(days, hour, minute);
}

/** The two real test projects, with posts and events, so a fresh `npm run dev` shows spaces alive. */
export async function seedDemoSpaces(db: Database) {
  const people = await db
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(users.username, ["anton", "mira", "svenja", "ada"]));
  const id = (name: string) => people.find((p) => p.username === name)?.id ?? null;
  const [anton, mira, svenja, ada] = [id("anton"), id("mira"), id("svenja"), id("ada")];
  if (!anton || !mira) return;
  const place = async (slug: string) => (await db.select({ id: localities.id }).from(localities).where(eq(localities.slug, slug)))[0]?.id;
  const topic = async (slug: string) => (await db.select({ id: topics.id }).from(topics).where(eq(topics.slug, slug)))[0]?.id;
  const [road] = await db.select({ id: departments.id }).from(departments).where(eq(departments.name, "Straßen- und Grünflächenamt"));
  const [social] = await db.select({ id: departments.id }).from(departments).where(eq(departments.name, "Amt für Soziales"));

  const bouche = `Wir sind Eltern der **Bouché-Grundschule** in Alt-Treptow und setzen uns für sichere Schulwege ein.

- Wir gehen die Schulwege gemeinsam ab und sammeln Gefahrenstellen.
- Im **Laufbus** begleiten Eltern die Kinder morgens zu Fuß zur Schule – feste Haltestellen, feste Zeiten.
- Mit dem Straßen- und Grünflächenamt sprechen wir über Zebrastreifen, Tempo 30 und Schulwegschilder.

*Fiktives Beispiel aus den Demo-Daten von Kiezwerk.*`;
  const sterne = `Das Freiwilligenzentrum **Sternenfischer** vermittelt Engagement in Treptow-Köpenick: in der Kleiderkammer, bei Lesepatenschaften, beim Kiezfest.

Schau dir die offenen Termine an und melde dich an – auch einmalig ist Hilfe willkommen.

*Fiktives Beispiel aus den Demo-Daten von Kiezwerk.*`;
  await db
    .insert(spaces)
    .values([
      { id: BOUCHE, createdById: anton, name: "Sicherer Schulweg Bouché-Grundschule", summary: "Elterninitiative für sichere Schulwege und den Laufbus an der Bouché-Grundschule.", description: bouche, descriptionHtml: renderAnnouncementBody(bouche), visibility: "public", joinPolicy: "request", createdAt: new Date(Date.now() - 30 * DAY) },
      { id: STERNENFISCHER, createdById: mira, name: "Freiwilligenzentrum Sternenfischer", summary: "Freiwilliges Engagement in Treptow-Köpenick finden und mitmachen.", description: sterne, descriptionHtml: renderAnnouncementBody(sterne), visibility: "public", joinPolicy: "open", createdAt: new Date(Date.now() - 20 * DAY) },
    ])
    .onConflictDoNothing();
  const altTreptow = await place("alt-treptow");
  const koepenick = await place("koepenick");
  const [traffic, school, social2] = [await topic("verkehr"), await topic("bildung"), await topic("soziales")];
  await db.insert(spaceLocalities).values([altTreptow && { spaceId: BOUCHE, localityId: altTreptow }, koepenick && { spaceId: STERNENFISCHER, localityId: koepenick }].filter((v): v is { spaceId: string; localityId: number } => !!v)).onConflictDoNothing();
  await db
    .insert(spaceTopics)
    .values([traffic && { spaceId: BOUCHE, topicId: traffic }, school && { spaceId: BOUCHE, topicId: school }, social2 && { spaceId: STERNENFISCHER, topicId: social2 }].filter((v): v is { spaceId: string; topicId: number } => !!v))
    .onConflictDoNothing();
  if (road) await db.insert(spacePartners).values({ spaceId: BOUCHE, departmentId: road.id, contactId: svenja }).onConflictDoNothing();
  if (social) await db.insert(spacePartners).values({ spaceId: STERNENFISCHER, departmentId: social.id }).onConflictDoNothing();
  await db
    .insert(spaceMembers)
    .values([
      { spaceId: BOUCHE, userId: anton, membership: "owner" as const },
      { spaceId: BOUCHE, userId: mira, membership: "organiser" as const },
      ...(ada ? [{ spaceId: BOUCHE, userId: ada, membership: "requested" as const, message: "Mein Sohn kommt nach den Ferien in die erste Klasse." }] : []),
      { spaceId: STERNENFISCHER, userId: mira, membership: "owner" as const },
      { spaceId: STERNENFISCHER, userId: anton, membership: "member" as const },
    ])
    .onConflictDoNothing();

  const posts = [
    { id: "6b2f1d4c-8e3a-4d9b-8c7f-2a3b4c5d6e01", spaceId: BOUCHE, authorId: anton, body: "Die **Schulwegbegehung** steht: Wir treffen uns am Haupteingang und gehen die Wege über die Kiefholzstraße und die Bouchéstraße ab. Bitte zusagen, damit wir genug Warnwesten haben.", pinned: true, days: 5 },
    { id: "6b2f1d4c-8e3a-4d9b-8c7f-2a3b4c5d6e02", spaceId: BOUCHE, authorId: mira, body: "Der Laufbus-Plan für die nächsten Wochen ist online. Pro Tag brauchen wir **zwei Begleitpersonen** – tragt euch unter „Mithelfen“ ein.", pinned: false, days: 3 },
    { id: "6b2f1d4c-8e3a-4d9b-8c7f-2a3b4c5d6e03", spaceId: BOUCHE, authorId: anton, body: "Rückmeldung vom Straßen- und Grünflächenamt: Der Wunsch nach einem Zebrastreifen an der Ecke Bouchéstraße wird geprüft. Frau Sachbearbeiterin kommt zur Begehung mit.", pinned: false, days: 1 },
    { id: "6b2f1d4c-8e3a-4d9b-8c7f-2a3b4c5d6e04", spaceId: STERNENFISCHER, authorId: mira, body: "Für die **Kleiderkammer** suchen wir noch Helfer:innen zum Sortieren der Winterspenden. Keine Vorkenntnisse nötig!", pinned: true, days: 2 },
  ];
  await db
    .insert(spacePosts)
    .values(posts.map(({ days, ...p }) => ({ ...p, bodyHtml: renderAnnouncementBody(p.body), createdAt: new Date(Date.now() - days * DAY) })))
    .onConflictDoNothing();

  const events = [
    { id: "7c3a2e5d-9f4b-4e0c-9d8a-3b4c5d6e7f01", spaceId: BOUCHE, title: "Schulwegbegehung mit dem Straßen- und Grünflächenamt", startsAt: at(6, 16), hours: 2, place: "Haupteingang der Bouché-Grundschule", localityId: altTreptow ?? null, description: "Wir gehen gemeinsam die Schulwege ab und notieren Gefahrenstellen. Warnwesten sind da.", capacity: 30 },
    { id: "7c3a2e5d-9f4b-4e0c-9d8a-3b4c5d6e7f04", spaceId: STERNENFISCHER, title: "Infoabend: Engagement in Treptow-Köpenick", startsAt: at(8, 18), hours: 1.5, place: "Sternenfischer, Freiheit 14, Köpenick", localityId: koepenick ?? null, description: "Wir stellen Einsatzmöglichkeiten vor und beantworten Fragen.", capacity: null },
  ];
  await db
    .insert(spaceEvents)
    .values(events.map(({ hours, ...e }) => ({ ...e, createdById: e.spaceId === BOUCHE ? anton : mira, endsAt: new Date(e.startsAt.getTime() + hours * HOUR) })))
    .onConflictDoNothing();
  await db
    .insert(spaceEventRsvps)
    .values([
      { eventId: events[0]!.id, userId: anton, answer: "yes" as const, showName: true },
      { eventId: events[0]!.id, userId: mira, answer: "yes" as const, showName: true },
      ...(svenja ? [{ eventId: events[0]!.id, userId: svenja, answer: "yes" as const, showName: true }] : []),
    ])
    .onConflictDoNothing();
  await seedDemoShifts(db, { anton, mira, altTreptow: altTreptow ?? null, koepenick: koepenick ?? null });
}

/** The Laufbus rota of the Bouché initiative and the volunteer centre's opportunities, as helper shifts. */
async function seedDemoShifts(db: Database, { anton, mira, altTreptow, koepenick }: { anton: string; mira: string; altTreptow: number | null; koepenick: number | null }) {
  const stop = "Haltestelle Treptower Park, Ecke Bouchéstraße";
  const walk = "Begleitung der Laufbus-Gruppe von der Haltestelle bis zum Schultor, etwa 20 Minuten. Bitte Warnweste mitbringen (liegen sonst an der Haltestelle).";
  const shifts = [
    { id: "8d4b3f6e-0a5c-4f1d-8e9b-4c5d6e7f8a01", spaceId: BOUCHE, title: "Laufbus Montag 7:30 – 2 Begleitpersonen", timing: "at" as const, at: nextWeekday(1, 7, 30), place: stop, localityId: altTreptow, description: walk, helpersNeeded: 2 },
    { id: "8d4b3f6e-0a5c-4f1d-8e9b-4c5d6e7f8a02", spaceId: BOUCHE, title: "Laufbus Mittwoch 7:30 – 2 Begleitpersonen", timing: "at" as const, at: nextWeekday(3, 7, 30), place: stop, localityId: altTreptow, description: walk, helpersNeeded: 2 },
    { id: "8d4b3f6e-0a5c-4f1d-8e9b-4c5d6e7f8a03", spaceId: BOUCHE, title: "Laufbus Freitag 7:30 – 2 Begleitpersonen", timing: "at" as const, at: nextWeekday(5, 7, 30), place: stop, localityId: altTreptow, description: walk, helpersNeeded: 2 },
    { id: "8d4b3f6e-0a5c-4f1d-8e9b-4c5d6e7f8a04", spaceId: STERNENFISCHER, title: "Kleiderkammer sortieren – 4 Personen", timing: "at" as const, at: at(4, 10), place: "Kleiderkammer Köpenick", localityId: koepenick, description: "Winterspenden sortieren und ins Regal räumen, etwa drei Stunden. Keine Vorkenntnisse nötig.", helpersNeeded: 4 },
    { id: "8d4b3f6e-0a5c-4f1d-8e9b-4c5d6e7f8a05", spaceId: STERNENFISCHER, title: "Lesepat:innen für die Stadtteilbibliothek", timing: "at" as const, at: at(10, 15), place: "Stadtteilbibliothek Köpenick", localityId: koepenick, description: "Eine Stunde Vorlesen für Kinder von 6 bis 9 Jahren.", helpersNeeded: 3 },
    { id: "8d4b3f6e-0a5c-4f1d-8e9b-4c5d6e7f8a06", spaceId: STERNENFISCHER, title: "Flyer für das Kiezfest verteilen", timing: "due" as const, at: at(12, 23, 59), place: "", localityId: null, description: "Ein Stapel Flyer für deine Straße: abholen im Sternenfischer, verteilen, wann es dir passt.", helpersNeeded: 6 },
  ];
  await db
    .insert(spaceShifts)
    .values(shifts.map((shift) => ({ ...shift, createdById: shift.spaceId === BOUCHE ? anton : mira })))
    .onConflictDoNothing();
  await db
    .insert(spaceShiftSignups)
    .values([
      { shiftId: shifts[0]!.id, userId: mira },
      { shiftId: shifts[0]!.id, userId: anton },
      { shiftId: shifts[1]!.id, userId: mira },
      { shiftId: shifts[3]!.id, userId: anton },
    ])
    .onConflictDoNothing();
}
