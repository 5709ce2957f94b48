import "server-only";
import { and, asc, desc, eq, ne, sql, type SQL } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db/client";
import {
  announcementLocalities,
  announcements,
  announcementTopics,
  departments,
  districtSettings,
  followedLocalities,
  followedTopics,
  localities,
  officialDomains,
  termsVersions,
  topics,
  users,
} from "@/db/schema";

export interface DistrictSettings {
  districtName: string;
  platformName: string;
  operatorContact: string;
  termsVersion: number;
}

export const getDistrictSettings = cache(async (): Promise<DistrictSettings> => {
  const [row] = await getDb()
    .select({
      districtName: districtSettings.districtName,
      platformName: districtSettings.platformName,
      operatorContact: districtSettings.operatorContact,
      termsVersion: districtSettings.termsVersion,
    })
    .from(districtSettings)
    .where(eq(districtSettings.id, 1));
  if (!row) throw new Error("District settings are missing: run `npm run db:migrate`.");
  return row;
});

export interface Locality {
  id: number;
  /** Stable in URLs (filters, feeds) even when the locality is renamed. */
  slug: string;
  name: string;
}

export const listLocalities = cache(async (): Promise<Locality[]> =>
  getDb()
    .select({ id: localities.id, slug: localities.slug, name: localities.name })
    .from(localities)
    .orderBy(asc(localities.sortOrder), asc(localities.name)),
);

export function emailDomain(email: string) {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}

export async function isOfficialDomain(email: string): Promise<boolean> {
  const [row] = await getDb()
    .select({ domain: officialDomains.domain })
    .from(officialDomains)
    .where(eq(officialDomains.domain, emailDomain(email)));
  return Boolean(row);
}

export const listOfficialDomains = cache(async (): Promise<string[]> =>
  (await getDb().select({ domain: officialDomains.domain }).from(officialDomains).orderBy(asc(officialDomains.domain))).map((r) => r.domain),
);

export interface Topic {
  id: number;
  slug: string;
  name: string;
}

export const listTopics = cache(async (): Promise<Topic[]> =>
  getDb().select({ id: topics.id, slug: topics.slug, name: topics.name }).from(topics).orderBy(asc(topics.sortOrder), asc(topics.name)),
);

export interface Department {
  id: number;
  name: string;
}

export const listDepartments = cache(async (): Promise<Department[]> =>
  getDb().select({ id: departments.id, name: departments.name }).from(departments).orderBy(asc(departments.sortOrder), asc(departments.name)),
);

export interface EditableDistrictSettings extends Omit<DistrictSettings, "termsVersion"> {
  verificationCodeValidityDays: number;
}

/** What the admin's settings form edits; read fresh (no per-request cache), as the form is about to change it. */
export async function getEditableDistrictSettings(): Promise<EditableDistrictSettings> {
  const [row] = await getDb()
    .select({
      districtName: districtSettings.districtName,
      platformName: districtSettings.platformName,
      operatorContact: districtSettings.operatorContact,
      verificationCodeValidityDays: districtSettings.verificationCodeValidityDays,
    })
    .from(districtSettings)
    .where(eq(districtSettings.id, 1));
  if (!row) throw new Error("District settings are missing: run `npm run db:migrate`.");
  return row;
}

/** How often a locality, topic or department is referred to; anything above zero is "in use". */
export interface CatalogUsage {
  /** Accounts whose home locality it is; for a department: staff accounts working for it. */
  accounts: number;
  /** Accounts following the locality or topic on "Mein Kiez". */
  followers: number;
  announcements: number;
}

export interface CatalogEntry {
  id: number;
  name: string;
  usage: CatalogUsage;
}

export type CatalogKind = "locality" | "topic" | "department";

/**
 * Whether an entry must stay because something depends on it (see removeCatalogEntry). A topic is
 * only a label, so it never blocks: removing it just detaches it.
 */
export const blocksRemoval = (kind: CatalogKind, usage: CatalogUsage) =>
  kind !== "topic" && usage.accounts + usage.followers + usage.announcements > 0;

const countWhere = (condition: SQL) => sql<number>`(select count(*)::int ${condition})`;

/** A configuration list in its display order, with how much each entry is in use (for the admin page). */
export async function listCatalogEntries(kind: CatalogKind): Promise<CatalogEntry[]> {
  const db = getDb();
  const zero = sql<number>`0`;
  const rows =
    kind === "locality"
      ? await db
          .select({
            id: localities.id,
            name: localities.name,
            accounts: countWhere(sql`from ${users} where ${users.localityId} = ${localities.id}`),
            followers: countWhere(sql`from ${followedLocalities} where ${followedLocalities.localityId} = ${localities.id}`),
            announcements: countWhere(sql`from ${announcementLocalities} where ${announcementLocalities.localityId} = ${localities.id}`),
          })
          .from(localities)
          .orderBy(asc(localities.sortOrder), asc(localities.name))
      : kind === "topic"
        ? await db
            .select({
              id: topics.id,
              name: topics.name,
              accounts: zero,
              followers: countWhere(sql`from ${followedTopics} where ${followedTopics.topicId} = ${topics.id}`),
              announcements: countWhere(sql`from ${announcementTopics} where ${announcementTopics.topicId} = ${topics.id}`),
            })
            .from(topics)
            .orderBy(asc(topics.sortOrder), asc(topics.name))
        : await db
            .select({
              id: departments.id,
              name: departments.name,
              accounts: countWhere(sql`from ${users} where ${users.departmentId} = ${departments.id}`),
              followers: zero,
              announcements: countWhere(sql`from ${announcements} where ${announcements.departmentId} = ${departments.id}`),
            })
            .from(departments)
            .orderBy(asc(departments.sortOrder), asc(departments.name));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    usage: { accounts: Number(row.accounts), followers: Number(row.followers), announcements: Number(row.announcements) },
  }));
}

export interface StaffOutsideOfficialDomains {
  id: string;
  displayName: string | null;
  username: string | null;
  email: string;
}

/**
 * Staff accounts whose address is on no official domain (any more): removing a domain does not
 * demote anyone by itself, so the admin sees whom to check.
 */
export async function listStaffOutsideOfficialDomains(): Promise<StaffOutsideOfficialDomains[]> {
  // The domain is what follows the last "@", as in emailDomain().
  const domainOf = sql`lower(regexp_replace(${users.email}, '^.*@', ''))`;
  return getDb()
    .select({ id: users.id, displayName: users.displayName, username: users.username, email: users.email })
    .from(users)
    .where(and(eq(users.role, "staff"), ne(users.status, "deleted"), sql`${domainOf} not in (select ${officialDomains.domain} from ${officialDomains})`))
    .orderBy(asc(users.email));
}

export interface TermsVersionListItem {
  version: number;
  publishedAt: Date;
  publishedByName: string | null;
  changeSummary: string | null;
}

/** Every published version of the terms, newest first. */
export async function listTermsVersions(): Promise<TermsVersionListItem[]> {
  return getDb()
    .select({
      version: termsVersions.version,
      publishedAt: termsVersions.publishedAt,
      publishedByName: users.displayName,
      changeSummary: termsVersions.changeSummary,
    })
    .from(termsVersions)
    .leftJoin(users, eq(users.id, termsVersions.publishedById))
    .orderBy(desc(termsVersions.version));
}

export interface CurrentTerms {
  version: number;
  /** German, binding. Paragraphs separated by blank lines. */
  body: string;
  bodyEn: string | null;
  changeSummary: string | null;
  publishedAt: Date;
}

/** The version in force (district_settings.terms_version) with its text. */
export const getCurrentTerms = cache(async (): Promise<CurrentTerms> => {
  const [row] = await getDb()
    .select({
      version: termsVersions.version,
      body: termsVersions.body,
      bodyEn: termsVersions.bodyEn,
      changeSummary: termsVersions.changeSummary,
      publishedAt: termsVersions.publishedAt,
    })
    .from(districtSettings)
    .innerJoin(termsVersions, eq(termsVersions.version, districtSettings.termsVersion))
    .where(eq(districtSettings.id, 1));
  if (!row) throw new Error("The current terms version is missing: run `npm run db:migrate`.");
  return row;
});
