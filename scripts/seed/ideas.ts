import { inArray } from "drizzle-orm";
import type { Database } from "../../db/client";
import { concernCategories, ideaComments, ideaSupports, ideas, localities, users } from "../../db/schema";
import { ensureConcernCategories } from "./concerns";

const DAY = 24 * 60 * 60 * 1000;

interface DemoIdea {
  id: string;
  title: string;
  description: string;
  category: string;
  locality: string;
  daysAgo: number;
  supporters: string[];
  status?: (typeof ideas.$inferInsert)["status"] & string;
  answer?: { daysAgo: number; body: string };
  comments?: Array<{ by: string; daysAgo: number; body: string }>;
}

const AUTHOR = "anwohnerin@kiezwerk.example";
const STAFF = "verwaltung@ba-tk.berlin.de";

const DEMO_IDEAS: DemoIdea[] = [
  {
    id: "5a9d3e20-7c4b-4f1a-8e02-3b4c5d6e7f01",
    title: "Mehr Sitzbänke am Müggelseeufer in Friedrichshagen",
    description:
      "Auf dem Uferweg zwischen Müggelseedamm und Strandbad gibt es auf über einem Kilometer keine einzige Bank. Gerade ältere Menschen und Familien mit kleinen Kindern brauchen unterwegs eine Pause. Vorschlag: alle 200 Meter eine Bank, gern aus Holz aus dem Köpenicker Forst.",
    category: "Grünanlagen, Bäume und Spielplätze",
    locality: "friedrichshagen",
    daysAgo: 40,
    supporters: ["moderation@kiezwerk.example", "moderation2@kiezwerk.example", "admin@kiezwerk.example"],
    status: "accepted",
    answer: {
      daysAgo: 12,
      body: "Vielen Dank für die Idee. Das Straßen- und Grünflächenamt stellt im Frühjahr sechs Bänke am Uferweg auf; die Standorte stimmen wir mit dem Naturschutz ab. Über den Baubeginn informieren wir hier.",
    },
    comments: [{ by: "moderation2@kiezwerk.example", daysAgo: 30, body: "Sehr gern – am Fähranleger Rahnsdorfer Straße fehlt auch eine." }],
  },
  {
    id: "5a9d3e20-7c4b-4f1a-8e02-3b4c5d6e7f02",
    title: "Laufbus zur Bouché-Grundschule mit festen Haltestellen",
    description:
      "Die Elterninitiative „Sichere Schulwege“ begleitet Kinder zu Fuß zur Bouché-Grundschule. Feste, beschilderte Haltestellen (wie bei einem Bus) würden mehr Familien mitmachen lassen. Wir bitten das Amt, drei Haltestellenschilder an Laternen zu erlauben.",
    category: "Verkehrssicherheit und Schulwege",
    locality: "alt-treptow",
    daysAgo: 9,
    supporters: ["moderation2@kiezwerk.example"],
  },
  {
    id: "5a9d3e20-7c4b-4f1a-8e02-3b4c5d6e7f03",
    title: "Trinkbrunnen am Spreeufer im Plänterwald",
    description: "Im Sommer sind am Spreeufer zwischen Treptower Park und Plänterwald viele Menschen unterwegs, aber es gibt kein Trinkwasser. Ein Trinkbrunnen der Wasserbetriebe am Eierhäuschen würde helfen.",
    category: "Grünanlagen, Bäume und Spielplätze",
    locality: "plaenterwald",
    daysAgo: 3,
    supporters: ["moderation@kiezwerk.example", "admin@kiezwerk.example"],
  },
];

/** The demo ideas (see README): fixed ids, so seeding twice changes nothing. */
export async function seedDemoIdeas(db: Database) {
  await ensureConcernCategories(db);
  const emails = [AUTHOR, STAFF, ...DEMO_IDEAS.flatMap((i) => [...i.supporters, ...(i.comments ?? []).map((c) => c.by)])];
  const [categoryRows, localityRows, people] = await Promise.all([
    db.select({ id: concernCategories.id, name: concernCategories.name, departmentId: concernCategories.departmentId }).from(concernCategories),
    db.select({ id: localities.id, slug: localities.slug }).from(localities),
    db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails)),
  ]);
  const person = (email: string) => people.find((p) => p.email === email)?.id ?? null;
  const now = Date.now();
  for (const demo of DEMO_IDEAS) {
    const category = categoryRows.find((c) => c.name === demo.category);
    const supporterIds = demo.supporters.map(person).filter((id): id is string => id !== null);
    const answeredAt = demo.answer ? new Date(now - demo.answer.daysAgo * DAY) : null;
    const inserted = await db
      .insert(ideas)
      .values({
        id: demo.id,
        authorId: person(AUTHOR),
        title: demo.title,
        description: demo.description,
        categoryId: category?.id ?? null,
        departmentId: category?.departmentId ?? null,
        localityId: localityRows.find((l) => l.slug === demo.locality)?.id ?? null,
        status: demo.status ?? "new",
        officialAnswer: demo.answer?.body ?? "",
        answeredById: demo.answer ? person(STAFF) : null,
        answeredAt,
        firstAnsweredAt: answeredAt,
        supportCount: supporterIds.length,
        commentCount: demo.comments?.length ?? 0,
        createdAt: new Date(now - demo.daysAgo * DAY),
      })
      .onConflictDoNothing()
      .returning({ id: ideas.id });
    if (inserted.length === 0) continue;
    if (supporterIds.length) await db.insert(ideaSupports).values(supporterIds.map((userId) => ({ ideaId: demo.id, userId }))).onConflictDoNothing();
    for (const comment of demo.comments ?? []) {
      await db.insert(ideaComments).values({ ideaId: demo.id, authorId: person(comment.by), body: comment.body, createdAt: new Date(now - comment.daysAgo * DAY) });
    }
  }
}
