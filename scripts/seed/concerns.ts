import { count, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/client";
import { concernCategories, concernCosignatures, concernEvents, concernReplyTemplates, concerns, departments, localities, users } from "../../db/schema";

const DAY = 24 * 60 * 60 * 1000;

/** What residents raise concerns about, and which department answers: a fresh instance starts with this mapping. */
export const DEFAULT_CONCERN_CATEGORIES = [
  ["Verkehrssicherheit und Schulwege", "Straßen- und Grünflächenamt"],
  ["Straßen, Gehwege und Beleuchtung", "Straßen- und Grünflächenamt"],
  ["Grünanlagen, Bäume und Spielplätze", "Straßen- und Grünflächenamt"],
  ["Müll, Sauberkeit und Ordnung", "Ordnungsamt"],
  ["Bus, Tram und S-Bahn", "Büro für Bürgerbeteiligung"],
  ["Schulen und Sportanlagen", "Schul- und Sportamt"],
  ["Umwelt und Naturschutz", "Umwelt- und Naturschutzamt"],
  ["Sonstiges", "Büro für Bürgerbeteiligung"],
] as const;

/** Written only where no category exists yet, so an admin's later changes are never overwritten. */
export async function ensureConcernCategories(db: Database) {
  const [{ value } = { value: 0 }] = await db.select({ value: count() }).from(concernCategories);
  if (value > 0) return;
  const rows = await db.select({ id: departments.id, name: departments.name }).from(departments);
  await db
    .insert(concernCategories)
    .values(DEFAULT_CONCERN_CATEGORIES.map(([name, department], i) => ({ name, departmentId: rows.find((d) => d.name === department)?.id ?? null, sortOrder: i })))
    .onConflictDoNothing();
}

interface DemoEvent {
  daysAgo: number;
  status: (typeof concerns.$inferInsert)["status"] & string;
  body: string;
}

interface DemoConcern {
  id: string;
  title: string;
  description: string;
  category: string;
  locality: string;
  place: string;
  daysAgo: number;
  events: DemoEvent[];
  forwardedTo?: string;
  cosigners: string[];
}

const AUTHOR = "anwohnerin@kiezwerk.example";
const STAFF = "verwaltung@ba-tk.berlin.de";

const DEMO_CONCERNS: DemoConcern[] = [
  {
    id: "7c1e2a10-5b3d-4c8e-9f01-2a3b4c5d6e01",
    title: "Gefährliche Kreuzung auf dem Schulweg zur Bouché-Grundschule",
    description:
      "An der Kreuzung Bouchéstraße / Heidelberger Straße queren jeden Morgen viele Kinder auf dem Weg zur Bouché-Grundschule. Autos biegen schnell ab, parkende Transporter verdecken die Sicht. Es gibt weder Zebrastreifen noch Ampel. Wir – die Elterninitiative „Sichere Schulwege“ – bitten um einen Fußgängerüberweg und Poller gegen das Parken im Kreuzungsbereich.",
    category: "Verkehrssicherheit und Schulwege",
    locality: "alt-treptow",
    place: "Kreuzung Bouchéstraße / Heidelberger Straße",
    daysAgo: 12,
    events: [
      { daysAgo: 10, status: "in_review", body: "Danke für den Hinweis. Wir prüfen die Kreuzung mit der Straßenverkehrsbehörde und sehen uns die Unfalldaten an. Ein Ortstermin ist für die kommende Woche geplant." },
      { daysAgo: 4, status: "in_progress", body: "Beim Ortstermin haben wir die Sichtbehinderung bestätigt. Als erster Schritt werden im Kreuzungsbereich Poller gesetzt; einen Fußgängerüberweg haben wir bei der Straßenverkehrsbehörde beantragt." },
    ],
    cosigners: ["moderation@kiezwerk.example", "admin@kiezwerk.example"],
  },
  {
    id: "7c1e2a10-5b3d-4c8e-9f01-2a3b4c5d6e02",
    title: "Straßenlaterne in der Bölschestraße defekt",
    description: "Die Laterne vor Hausnummer 58 ist seit zwei Wochen dunkel. Abends ist der Gehweg an dieser Stelle kaum zu sehen, besonders an der Baumscheibe stolpert man leicht.",
    category: "Straßen, Gehwege und Beleuchtung",
    locality: "friedrichshagen",
    place: "Bölschestraße 58",
    daysAgo: 20,
    events: [
      { daysAgo: 17, status: "in_progress", body: "Die Störung ist an den Betreiber der Straßenbeleuchtung gemeldet. Die Reparatur ist beauftragt." },
      { daysAgo: 9, status: "resolved", body: "Das Leuchtmittel und das Vorschaltgerät wurden getauscht. Die Laterne brennt wieder." },
    ],
    cosigners: ["moderation2@kiezwerk.example"],
  },
  {
    id: "7c1e2a10-5b3d-4c8e-9f01-2a3b4c5d6e03",
    title: "Bus 164 fährt abends zu selten",
    description: "Nach 20 Uhr fährt der 164er zwischen S-Bahnhof Köpenick und Müggelheim nur noch alle 40 Minuten. Wer Spätschicht hat, wartet lange im Dunkeln. Ein 20-Minuten-Takt bis 22 Uhr würde vielen helfen.",
    category: "Bus, Tram und S-Bahn",
    locality: "koepenick",
    place: "S-Bahnhof Köpenick, Haltestelle Bahnhofstraße",
    daysAgo: 15,
    events: [
      {
        daysAgo: 13,
        status: "forwarded",
        body: "Den Fahrplan der Buslinien legt nicht das Bezirksamt fest, sondern die BVG im Auftrag des Landes Berlin. Wir haben Ihr Anliegen an die BVG weitergegeben; bitte wenden Sie sich für Rückfragen direkt dorthin.\n\nBVG Kundendialog – Telefon 030 19449 (täglich 6–22 Uhr), Kontaktformular unter www.bvg.de/kontakt. Für Wünsche zum Angebot ist außerdem die Senatsverwaltung für Mobilität, Verkehr, Klimaschutz und Umwelt zuständig (Nahverkehrsplan).",
      },
    ],
    forwardedTo: "BVG Kundendialog – Telefon 030 19449 (täglich 6–22 Uhr), Kontaktformular unter www.bvg.de/kontakt. Für Wünsche zum Angebot ist außerdem die Senatsverwaltung für Mobilität, Verkehr, Klimaschutz und Umwelt zuständig (Nahverkehrsplan).",
    cosigners: [],
  },
  {
    id: "7c1e2a10-5b3d-4c8e-9f01-2a3b4c5d6e04",
    title: "Gehweg am Adlergestell durch Wurzeln aufgebrochen",
    description: "Zwischen Dörpfeldstraße und Rudower Chaussee haben Baumwurzeln die Gehwegplatten angehoben. Mit Rollator oder Kinderwagen muss man auf die Straße ausweichen.",
    category: "Straßen, Gehwege und Beleuchtung",
    locality: "adlershof",
    place: "Adlergestell zwischen Dörpfeldstraße und Rudower Chaussee",
    daysAgo: 24,
    events: [],
    cosigners: [],
  },
];

/** The demo concerns (see README): fixed ids, so seeding twice changes nothing. */
export async function seedDemoConcerns(db: Database) {
  await ensureConcernCategories(db);
  const [categoryRows, localityRows, people] = await Promise.all([
    db.select({ id: concernCategories.id, name: concernCategories.name, departmentId: concernCategories.departmentId }).from(concernCategories),
    db.select({ id: localities.id, slug: localities.slug }).from(localities),
    db.select({ id: users.id, email: users.email, departmentId: users.departmentId }).from(users).where(inArray(users.email, [AUTHOR, STAFF, ...DEMO_CONCERNS.flatMap((c) => c.cosigners)])),
  ]);
  const person = (email: string) => people.find((p) => p.email === email)?.id ?? null;
  const authorId = person(AUTHOR);
  const staffId = person(STAFF);
  const now = Date.now();
  for (const demo of DEMO_CONCERNS) {
    const category = categoryRows.find((c) => c.name === demo.category);
    const last = demo.events.at(-1);
    const resolved = demo.events.find((e) => e.status === "resolved");
    const inserted = await db
      .insert(concerns)
      .values({
        id: demo.id,
        authorId,
        title: demo.title,
        description: demo.description,
        categoryId: category?.id ?? null,
        departmentId: category?.departmentId ?? null,
        localityId: localityRows.find((l) => l.slug === demo.locality)?.id ?? null,
        place: demo.place,
        status: last?.status ?? "received",
        forwardedTo: demo.forwardedTo ?? "",
        claimedById: demo.events.length > 0 ? staffId : null,
        cosignCount: demo.cosigners.length,
        createdAt: new Date(now - demo.daysAgo * DAY),
        firstAnsweredAt: demo.events[0] ? new Date(now - demo.events[0].daysAgo * DAY) : null,
        statusChangedAt: new Date(now - (last?.daysAgo ?? demo.daysAgo) * DAY),
        resolvedAt: resolved ? new Date(now - resolved.daysAgo * DAY) : null,
      })
      .onConflictDoNothing()
      .returning({ id: concerns.id });
    if (inserted.length === 0) continue;
    if (demo.events.length) {
      await db.insert(concernEvents).values(demo.events.map((e) => ({ concernId: demo.id, actorId: staffId, kind: "status" as const, status: e.status, body: e.body, createdAt: new Date(now - e.daysAgo * DAY) })));
    }
    const cosignerIds = demo.cosigners.map(person).filter((id): id is string => id !== null);
    if (cosignerIds.length) await db.insert(concernCosignatures).values(cosignerIds.map((userId) => ({ concernId: demo.id, userId }))).onConflictDoNothing();
  }
  const roadDepartment = people.find((p) => p.email === STAFF)?.departmentId;
  if (roadDepartment) {
    const [{ value } = { value: 0 }] = await db.select({ value: count() }).from(concernReplyTemplates).where(eq(concernReplyTemplates.departmentId, roadDepartment));
    if (value === 0) {
      await db.insert(concernReplyTemplates).values([
        { departmentId: roadDepartment, title: "Eingang bestätigt, Ortstermin", body: "Danke für Ihren Hinweis. Wir sehen uns die Stelle bei einem Ortstermin an und melden uns danach mit dem weiteren Vorgehen." },
        { departmentId: roadDepartment, title: "Reparatur beauftragt", body: "Die Reparatur ist beauftragt. Sobald sie erledigt ist, geben wir hier Bescheid." },
      ]);
    }
  }
}
