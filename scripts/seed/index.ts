import { count, inArray } from "drizzle-orm";
import { hashPassword } from "../../lib/auth/password";
import type { Database } from "../../db/client";
import { seedDemoAnnouncements } from "./announcements";
import { seedDemoModeration } from "./moderation";
import { ensureConcernCategories, seedDemoConcerns } from "./concerns";
import { seedDemoSpaces } from "./spaces";
import { seedDemoIdeas } from "./ideas";
import { seedDemoMessages } from "./messages";
import { INITIAL_TERMS_DE, INITIAL_TERMS_EN } from "../../lib/terms/initial-terms";
import { departments, districtSettings, followedLocalities, localities, officialDomains, termsAcceptances, termsVersions, topics, users } from "../../db/schema";

/** The 15 Ortsteile of Berlin Treptow-Köpenick, in the district's own order. */
export const TREPTOW_KOEPENICK_LOCALITIES = [
  ["alt-treptow", "Alt-Treptow"],
  ["plaenterwald", "Plänterwald"],
  ["baumschulenweg", "Baumschulenweg"],
  ["johannisthal", "Johannisthal"],
  ["niederschoeneweide", "Niederschöneweide"],
  ["adlershof", "Adlershof"],
  ["altglienicke", "Altglienicke"],
  ["bohnsdorf", "Bohnsdorf"],
  ["oberschoeneweide", "Oberschöneweide"],
  ["koepenick", "Köpenick"],
  ["friedrichshagen", "Friedrichshagen"],
  ["rahnsdorf", "Rahnsdorf"],
  ["gruenau", "Grünau"],
  ["mueggelheim", "Müggelheim"],
  ["schmoeckwitz", "Schmöckwitz"],
] as const;

export const DEFAULT_TOPICS = [
  ["verkehr", "Verkehr und Mobilität"],
  ["bauen", "Bauen und Stadtentwicklung"],
  ["umwelt", "Umwelt und Grünflächen"],
  ["bildung", "Bildung und Schule"],
  ["kultur", "Kultur und Freizeit"],
  ["soziales", "Soziales und Ehrenamt"],
  ["sport", "Sport"],
  ["ordnung", "Sicherheit und Ordnung"],
  ["beteiligung", "Bürgerbeteiligung"],
  ["wirtschaft", "Wirtschaft und Arbeit"],
] as const;

export const DEFAULT_DEPARTMENTS = [
  "Büro für Bürgerbeteiligung",
  "Straßen- und Grünflächenamt",
  "Stadtentwicklungsamt",
  "Schul- und Sportamt",
  "Ordnungsamt",
  "Amt für Soziales",
  "Jugendamt",
  "Umwelt- und Naturschutzamt",
  "Amt für Weiterbildung und Kultur",
  "Sozialraumorientierte Planungskoordination",
] as const;


/**
 * The district's configuration a fresh instance starts with. Written only where nothing is
 * configured yet, so an admin's later changes are never overwritten.
 */
export async function ensureDistrictConfiguration(db: Database) {
  await db
    .insert(districtSettings)
    .values({
      id: 1,
      districtName: "Treptow-Köpenick",
      platformName: "Kiezwerk",
      operatorContact:
        "Bezirksamt Treptow-Köpenick von Berlin\nBüro für Bürgerbeteiligung\nNeue Krugallee 4, 12435 Berlin\nbeteiligung@ba-tk.berlin.de",
      termsVersion: 1,
      // Barriers known at the start (the accessibility statement lists them; admins keep the list current).
      accessibilityKnownGaps: [
        "Es gibt noch keine Videos in Deutscher Gebärdensprache (DGS).",
        "In Leichter Sprache gibt es bisher nur die Seite „Leichte Sprache“, nicht die übrigen Seiten.",
        "Texte, die Mitglieder schreiben (etwa Kommentare), prüft niemand vorab auf Barrierefreiheit.",
      ].join("\n"),
    })
    .onConflictDoNothing();

  const [{ value: localityCount } = { value: 0 }] = await db.select({ value: count() }).from(localities);
  if (localityCount === 0) {
    await db.insert(localities).values(TREPTOW_KOEPENICK_LOCALITIES.map(([slug, name], i) => ({ slug, name, sortOrder: i })));
  }
  const [{ value: domainCount } = { value: 0 }] = await db.select({ value: count() }).from(officialDomains);
  if (domainCount === 0) {
    await db.insert(officialDomains).values([{ domain: "ba-tk.berlin.de" }]);
  }
  const [{ value: topicCount } = { value: 0 }] = await db.select({ value: count() }).from(topics);
  if (topicCount === 0) {
    await db.insert(topics).values(DEFAULT_TOPICS.map(([slug, name], i) => ({ slug, name, sortOrder: i })));
  }
  const [{ value: departmentCount } = { value: 0 }] = await db.select({ value: count() }).from(departments);
  if (departmentCount === 0) {
    await db.insert(departments).values(DEFAULT_DEPARTMENTS.map((name, i) => ({ name, sortOrder: i })));
  }
  await ensureConcernCategories(db);
  await db
    .insert(termsVersions)
    .values({ version: 1, body: INITIAL_TERMS_DE, bodyEn: INITIAL_TERMS_EN, changeSummary: "Erste Fassung" })
    .onConflictDoNothing();
}

export const DEMO_PASSWORD = "kiezwerk-demo-2026";

export const DEMO_ACCOUNTS = [
  { email: "mitglied@kiezwerk.example", username: "mira", displayName: "Mira Mitglied", locality: "adlershof", role: "member", verification: "email" },
  { email: "anwohnerin@kiezwerk.example", username: "anton", displayName: "Anton Anwohner", locality: "koepenick", role: "member", verification: "verified" },
  { email: "verwaltung@ba-tk.berlin.de", username: "svenja", displayName: "Svenja Sachbearbeiterin", locality: "alt-treptow", role: "staff", verification: "verified", department: "Straßen- und Grünflächenamt" },
  { email: "moderation@kiezwerk.example", username: "moritz", displayName: "Moritz Moderator", locality: "friedrichshagen", role: "moderator", verification: "verified" },
  // A second moderator: an appeal is always decided by a different moderator than the one who decided.
  { email: "moderation2@kiezwerk.example", username: "maren", displayName: "Maren Moderatorin", locality: "gruenau", role: "moderator", verification: "verified" },
  { email: "admin@kiezwerk.example", username: "ada", displayName: "Ada Admin", locality: "oberschoeneweide", role: "admin", verification: "verified" },
] as const;

/** Demo accounts, one per kind of user (see README). Idempotent. Never runs by itself against a server database. */
export async function seedDemoData(db: Database) {
  await ensureDistrictConfiguration(db);
  const localityRows = await db.select({ id: localities.id, slug: localities.slug }).from(localities);
  const localityId = (slug: string) => localityRows.find((l) => l.slug === slug)?.id ?? null;
  const departmentRows = await db.select({ id: departments.id, name: departments.name }).from(departments);
  const departmentId = (name: string | undefined) => departmentRows.find((d) => d.name === name)?.id ?? null;
  const [settings] = await db.select({ termsVersion: districtSettings.termsVersion }).from(districtSettings);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = new Date();

  for (const account of DEMO_ACCOUNTS) {
    await db
      .insert(users)
      .values({
        email: account.email,
        emailVerified: now,
        username: account.username,
        displayName: account.displayName,
        localityId: localityId(account.locality),
        departmentId: departmentId("department" in account ? account.department : undefined),
        role: account.role,
        verification: account.verification,
        verifiedAt: account.verification === "verified" ? now : null,
        acceptedTermsVersion: settings?.termsVersion ?? 1,
        acceptedTermsAt: now,
        passwordHash,
      })
      .onConflictDoNothing({ target: users.email });
  }
  const demoUsers = await db
    .select({ id: users.id, localityId: users.localityId, version: users.acceptedTermsVersion })
    .from(users)
    .where(inArray(users.email, DEMO_ACCOUNTS.map((a) => a.email)));
  for (const user of demoUsers) {
    if (user.version) await db.insert(termsAcceptances).values({ userId: user.id, version: user.version, acceptedAt: now }).onConflictDoNothing();
    if (user.localityId) await db.insert(followedLocalities).values({ userId: user.id, localityId: user.localityId }).onConflictDoNothing();
  }
  await seedDemoAnnouncements(db);
  await seedDemoModeration(db);
  await seedDemoConcerns(db);
  await seedDemoSpaces(db);
  await seedDemoIdeas(db);
  await seedDemoMessages(db);
}

export async function isDatabaseEmpty(db: Database) {
  const [{ value } = { value: 0 }] = await db.select({ value: count() }).from(users);
  return value === 0;
}
