import { eq, inArray } from "drizzle-orm";
import { renderAnnouncementBody } from "../../lib/announcements/render";
import type { Database } from "../../db/client";
import { announcementLocalities, announcements, announcementTopics, departments, localities, topics, users } from "../../db/schema";

const DAY = 24 * 60 * 60 * 1000;
const DEMO_AUTHOR_EMAIL = "verwaltung@ba-tk.berlin.de";
const FICTIONAL = "\n\n---\n\n*Fiktives Beispiel: Diese Bekanntmachung gehört zu den Demo-Daten von Kiezwerk.*";

interface DemoAnnouncement {
  /** Fixed, so seeding twice finds the row instead of adding another. */
  id: string;
  title: string;
  summary: string;
  body: string;
  department: string;
  localities: string[] | "whole-district";
  topics: string[];
  /** Days from the moment of seeding: negative is in the past. */
  publishInDays: number;
  expiresInDays?: number;
  editedInDays?: number;
  commentsEnabled?: boolean;
}

const DEMO_ANNOUNCEMENTS: DemoAnnouncement[] = [
  {
    id: "4f5b8e0a-6c1d-4a57-9d3e-0b1a2c3d4e01",
    title: "Sperrung der Bahnhofstraße in Köpenick wegen Leitungsbau",
    summary: "Zwischen Elcknerplatz und S-Bahnhof Köpenick wird die Bahnhofstraße für drei Wochen stadteinwärts gesperrt. Eine Umleitung ist ausgeschildert.",
    body: `Die Berliner Wasserbetriebe erneuern in der Bahnhofstraße eine Trinkwasserleitung. Dafür wird die Fahrbahn stadteinwärts **zwischen Elcknerplatz und S-Bahnhof Köpenick** gesperrt.

## Zeitraum

Die Arbeiten beginnen am Montag um 7 Uhr und dauern voraussichtlich drei Wochen.

## Umleitung

- Kraftfahrzeuge: über Lindenstraße und Am Generalshof
- Radverkehr: auf der Gegenrichtung, mit Baustellenampel
- Busse: Die Haltestelle „Bahnhofstraße/Lindenstraße“ entfällt, Ersatzhaltestelle in der Lindenstraße

Gehwege und Zufahrten zu den Geschäften bleiben offen. Anliegerinnen und Anlieger erreichen ihre Grundstücke weiterhin.

Fragen beantwortet das Straßen- und Grünflächenamt unter [strassen@ba-tk.berlin.de](mailto:strassen@ba-tk.berlin.de).`,
    department: "Straßen- und Grünflächenamt",
    localities: ["koepenick"],
    topics: ["verkehr", "bauen"],
    publishInDays: -2,
    // The closure lasts three weeks: the announcement ends with it (the home page's "only for a short time").
    expiresInDays: 19,
  },
  {
    id: "4f5b8e0a-6c1d-4a57-9d3e-0b1a2c3d4e02",
    title: "Sprechstunde der Sozialraumorientierten Planungskoordination in Adlershof",
    summary: "Was fehlt in Adlershof, was läuft gut? Die Planungskoordination lädt zur offenen Sprechstunde ins Stadtteilzentrum ein.",
    body: `Die Sozialraumorientierte Planungskoordination (SPK) sammelt, was Menschen in Adlershof für ihren Kiez brauchen: Spielplätze, Treffpunkte, Beratungsangebote, sichere Wege.

## Wann und wo

Jeden ersten Dienstag im Monat von 16 bis 18 Uhr im Stadtteilzentrum Adlershof. Eine Anmeldung ist nicht nötig.

## Worüber wir sprechen können

1. Ideen für den Kiez und wie daraus ein Vorhaben wird
2. Fragen zu laufenden Planungen im Ortsteil
3. Kontakte zu Initiativen und Einrichtungen in der Nachbarschaft

Die Räume sind barrierefrei erreichbar.`,
    department: "Sozialraumorientierte Planungskoordination",
    localities: ["adlershof"],
    topics: ["beteiligung", "soziales"],
    publishInDays: -5,
  },
  {
    id: "4f5b8e0a-6c1d-4a57-9d3e-0b1a2c3d4e03",
    title: "Förderaufruf Kiezkasse 2027",
    summary: "Nachbarschaftsprojekte in allen Ortsteilen können bis zu 1.000 Euro aus der Kiezkasse erhalten. Anträge sind bis Ende Februar möglich.",
    body: `Mit der Kiezkasse unterstützt der Bezirk kleine Vorhaben, die das Zusammenleben im Kiez stärken: ein Hoffest, eine Pflanzaktion, ein Reparaturcafé.

## Wer kann beantragen?

Initiativen, Vereine und Nachbarschaftsgruppen aus Treptow-Köpenick. Einzelpersonen können gemeinsam mit mindestens zwei weiteren Menschen aus dem Ortsteil einen Antrag stellen.

## Wie viel?

Bis zu **1.000 Euro** je Vorhaben. Über die Vergabe entscheiden die Kiezversammlungen der Ortsteile.

## So geht es

- Antrag mit kurzer Beschreibung, Kostenplan und Ansprechperson
- Einreichen beim Büro für Bürgerbeteiligung, Neue Krugallee 4
- Frist: 28. Februar 2027

> Tipp: Stellen Sie Ihr Vorhaben vorher in der Kiezversammlung vor – dann wissen alle schon, worum es geht.`,
    department: "Büro für Bürgerbeteiligung",
    localities: "whole-district",
    topics: ["beteiligung", "soziales"],
    publishInDays: -9,
    editedInDays: -1,
  },
  {
    id: "4f5b8e0a-6c1d-4a57-9d3e-0b1a2c3d4e04",
    title: "Baumpflanzaktion im Plänterwald",
    summary: "Gemeinsam mit Freiwilligen pflanzt das Straßen- und Grünflächenamt 120 junge Eichen und Hainbuchen am Rand des Plänterwalds.",
    body: `Nach den Trockenjahren ersetzen wir abgängige Bäume am Waldrand entlang der Neuen Krugallee durch klimaresistente Arten.

## Mitmachen

Samstag, 10 bis 14 Uhr, Treffpunkt am Eingang Dammweg. Handschuhe und Spaten stellen wir, bitte an feste Schuhe denken.

| Baumart | Anzahl |
|:--|--:|
| Traubeneiche | 70 |
| Hainbuche | 35 |
| Winterlinde | 15 |

Für Kinder gibt es eine Baumrallye mit dem Umweltbildungszentrum.`,
    department: "Straßen- und Grünflächenamt",
    localities: ["plaenterwald"],
    topics: ["umwelt"],
    publishInDays: -1,
  },
  {
    id: "4f5b8e0a-6c1d-4a57-9d3e-0b1a2c3d4e05",
    title: "Schulwegsicherheit an der Bouché-Grundschule: Ergebnisse der Verkehrszählung",
    summary: "Die Elterninitiative und das Bezirksamt haben den Verkehr vor der Bouché-Grundschule gezählt. Die Ergebnisse und nächsten Schritte.",
    body: `Auf Anregung der Elterninitiative „Sicherer Schulweg Bouché“ hat das Bezirksamt an drei Schultagen den Verkehr vor der Schule in Alt-Treptow gezählt.

## Ergebnisse

- Morgens zwischen 7:30 und 8:00 Uhr fahren im Schnitt 240 Kraftfahrzeuge durch die Straße.
- Jedes dritte Fahrzeug hält kurz im Halteverbot („Elterntaxi“).
- An der Querung zur Bouchéstraße fehlt eine sichere Überquerungsmöglichkeit.

## Nächste Schritte

1. Prüfung einer Schulzone mit Tempo 20
2. Markierung einer Elternhaltestelle 200 Meter vor der Schule
3. Gemeinsamer Schulwegplan mit der Elterninitiative

Die Initiative stellt die Ergebnisse auf dem nächsten Elternabend vor.`,
    department: "Schul- und Sportamt",
    localities: ["alt-treptow"],
    topics: ["verkehr", "bildung"],
    publishInDays: -3,
  },
  {
    id: "4f5b8e0a-6c1d-4a57-9d3e-0b1a2c3d4e06",
    title: "Ehrenamtsbörse mit dem Sternenfischer Freiwilligenzentrum",
    summary: "Über 30 Vereine und Initiativen stellen sich vor: Wer sich engagieren möchte, findet bei der Ehrenamtsbörse in Oberschöneweide die passende Aufgabe.",
    body: `Gemeinsam mit dem Sternenfischer Freiwilligenzentrum lädt das Amt für Soziales zur Ehrenamtsbörse ein.

## Was erwartet Sie?

- Stände von Sportvereinen, Nachbarschaftshilfen, Tafeln und Kulturinitiativen
- Kurze Gespräche statt langer Vorträge
- Beratung, welches Engagement zu Ihrer Zeit und Ihren Interessen passt

Der Eintritt ist frei. Für Kinderbetreuung ist gesorgt.`,
    department: "Amt für Soziales",
    localities: ["oberschoeneweide"],
    topics: ["soziales"],
    publishInDays: -7,
  },
  {
    id: "4f5b8e0a-6c1d-4a57-9d3e-0b1a2c3d4e07",
    title: "Bürgerversammlung zur Entwicklung des Spreeufers in Oberschöneweide",
    summary: "Wie soll das Spreeufer zwischen Wilhelminenhofstraße und Kaisersteg künftig aussehen? Das Stadtentwicklungsamt stellt erste Entwürfe vor.",
    body: `Das Stadtentwicklungsamt lädt zur Bürgerversammlung ein. Vorgestellt werden drei Entwürfe für einen durchgehenden Uferweg mit Aufenthaltsflächen.

## Ablauf

1. Begrüßung durch die Bezirksstadträtin
2. Vorstellung der Entwürfe
3. Fragen und Diskussion an Thementischen

Wer nicht kommen kann, kann die Entwürfe vier Wochen lang hier auf Kiezwerk kommentieren.`,
    department: "Stadtentwicklungsamt",
    localities: ["oberschoeneweide", "niederschoeneweide"],
    topics: ["beteiligung", "bauen"],
    publishInDays: -4,
  },
  {
    id: "4f5b8e0a-6c1d-4a57-9d3e-0b1a2c3d4e08",
    title: "Neue Öffnungszeiten der Stadtteilbibliothek Friedrichshagen",
    summary: "Ab dem kommenden Monat ist die Stadtteilbibliothek Friedrichshagen auch samstags geöffnet, dafür montags geschlossen.",
    body: `Viele Leserinnen und Leser haben sich längere Öffnungszeiten am Wochenende gewünscht. Ab dem kommenden Monat gilt:

- Dienstag bis Freitag: 10 bis 19 Uhr
- Samstag: 10 bis 15 Uhr
- Montag: geschlossen

Die Rückgabebox am Eingang ist rund um die Uhr nutzbar.`,
    department: "Amt für Weiterbildung und Kultur",
    localities: ["friedrichshagen"],
    topics: ["kultur", "bildung"],
    publishInDays: -12,
  },
  {
    id: "4f5b8e0a-6c1d-4a57-9d3e-0b1a2c3d4e09",
    title: "Sanierung des Sportplatzes in Altglienicke",
    summary: "Der Kunstrasenplatz in Altglienicke wird erneuert. Während der Bauzeit trainieren die Vereine auf Ausweichplätzen in Bohnsdorf.",
    body: `Der Kunstrasen ist nach 15 Jahren abgenutzt und wird ersetzt. Außerdem erhält der Platz eine neue, energiesparende Flutlichtanlage.

## Ausweichplätze

Die Trainingszeiten auf den Plätzen in Bohnsdorf hat das Schul- und Sportamt mit den Vereinen abgestimmt. Der Belegungsplan hängt im Vereinsheim aus.`,
    department: "Schul- und Sportamt",
    localities: ["altglienicke", "bohnsdorf"],
    topics: ["sport"],
    publishInDays: -15,
  },
  {
    id: "4f5b8e0a-6c1d-4a57-9d3e-0b1a2c3d4e10",
    title: "Mahd der Uferwiesen in Müggelheim und Rahnsdorf",
    summary: "Die Uferwiesen am Müggelsee werden abschnittsweise gemäht. Ein Teil bleibt als Rückzugsort für Insekten bewusst stehen.",
    body: `Zum Schutz der Artenvielfalt mähen wir die Uferwiesen nur zweimal im Jahr und nie alle Flächen auf einmal.

Bitte beachten Sie die Absperrungen während der Mäharbeiten. Hunde bitte an der Leine führen – in den Wiesen brüten Vögel.`,
    department: "Umwelt- und Naturschutzamt",
    localities: ["mueggelheim", "rahnsdorf"],
    topics: ["umwelt"],
    publishInDays: -6,
    commentsEnabled: false,
  },
  {
    id: "4f5b8e0a-6c1d-4a57-9d3e-0b1a2c3d4e11",
    title: "Sommerferienprogramm der Jugendfreizeiteinrichtungen",
    summary: "Ausflüge, Workshops und Sport: Das Ferienprogramm der bezirklichen Jugendfreizeiteinrichtungen für alle Ortsteile.",
    body: `Die Jugendfreizeiteinrichtungen des Bezirks bieten in den Sommerferien ein kostenloses Programm für Kinder und Jugendliche von 8 bis 18 Jahren an.

## Höhepunkte

- Kanutour auf der Dahme
- Graffiti-Workshop mit legaler Wand
- Fußballturnier der Ortsteile

Anmeldung direkt in den Einrichtungen.`,
    department: "Jugendamt",
    localities: "whole-district",
    topics: ["kultur", "soziales"],
    publishInDays: 3,
  },
  {
    id: "4f5b8e0a-6c1d-4a57-9d3e-0b1a2c3d4e12",
    title: "Winterdienst: Hinweise zur Räumpflicht",
    summary: "Eigentümerinnen und Eigentümer müssen Gehwege vor ihren Grundstücken von Schnee und Eis befreien. Was gilt, wann und wie?",
    body: `Bei Schnee und Glätte gilt die Räum- und Streupflicht für Gehwege an allen Wochentagen von 7 bis 20 Uhr.

- Gehwege auf mindestens 1,50 Meter Breite räumen
- Streuen mit abstumpfenden Mitteln, **kein Streusalz**
- Schnee nicht auf die Fahrbahn schieben`,
    department: "Ordnungsamt",
    localities: "whole-district",
    topics: ["ordnung"],
    publishInDays: -60,
    expiresInDays: -20,
  },
];

/**
 * A dozen clearly fictional announcements across localities and topics, written by the demo staff
 * account: one scheduled, one expired, one edited, one without comments. Idempotent (fixed ids);
 * only seedDemoData calls it, so real instances never get them.
 */
export async function seedDemoAnnouncements(db: Database) {
  const [author] = await db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_AUTHOR_EMAIL));
  const [localityRows, topicRows, departmentRows, existing] = await Promise.all([
    db.select({ id: localities.id, slug: localities.slug }).from(localities),
    db.select({ id: topics.id, slug: topics.slug }).from(topics),
    db.select({ id: departments.id, name: departments.name }).from(departments),
    db
      .select({ id: announcements.id })
      .from(announcements)
      .where(inArray(announcements.id, DEMO_ANNOUNCEMENTS.map((a) => a.id))),
  ]);
  const idOf = (rows: Array<{ id: number; slug: string }>, slug: string) => rows.find((r) => r.slug === slug)?.id;
  const known = new Set(existing.map((row) => row.id));
  const now = Date.now();

  for (const demo of DEMO_ANNOUNCEMENTS.filter((a) => !known.has(a.id))) {
    const body = demo.body + FICTIONAL;
    await db.transaction(async (tx) => {
      await tx.insert(announcements).values({
        id: demo.id,
        authorId: author?.id ?? null,
        departmentId: departmentRows.find((d) => d.name === demo.department)?.id ?? null,
        title: demo.title,
        summary: demo.summary,
        body,
        bodyHtml: renderAnnouncementBody(body),
        wholeDistrict: demo.localities === "whole-district",
        status: "published",
        publishAt: new Date(now + demo.publishInDays * DAY),
        expiresAt: demo.expiresInDays === undefined ? null : new Date(now + demo.expiresInDays * DAY),
        editedAt: demo.editedInDays === undefined ? null : new Date(now + demo.editedInDays * DAY),
        commentsEnabled: demo.commentsEnabled ?? true,
        createdAt: new Date(now + Math.min(demo.publishInDays, 0) * DAY),
      });
      const localityIds = demo.localities === "whole-district" ? [] : demo.localities.map((slug) => idOf(localityRows, slug));
      const topicIds = demo.topics.map((slug) => idOf(topicRows, slug));
      const presentLocalities = localityIds.filter((id): id is number => id !== undefined);
      const presentTopics = topicIds.filter((id): id is number => id !== undefined);
      if (presentLocalities.length) await tx.insert(announcementLocalities).values(presentLocalities.map((localityId) => ({ announcementId: demo.id, localityId })));
      if (presentTopics.length) await tx.insert(announcementTopics).values(presentTopics.map((topicId) => ({ announcementId: demo.id, topicId })));
    });
  }
}
