import "server-only";
import { and, asc, count, eq, like, ne, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import {
  announcementLocalities,
  announcements,
  departments,
  districtSettings,
  followedLocalities,
  localities,
  officialDomains,
  topics,
  users,
} from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { blocksRemoval, type CatalogKind, type CatalogUsage, type EditableDistrictSettings } from "./queries";


// Drizzle wraps the driver's error; PostgreSQL's code sits on its `cause`.
const hasPgCode = (error: unknown, code: string): boolean =>
  typeof error === "object" &&
  error !== null &&
  (("code" in error && error.code === code) || ("cause" in error && hasPgCode(error.cause, code)));

/** Every change to the settings row, with what each changed field was before and is now. */
export async function updateDistrictSettings({ actorId, values }: { actorId: string; values: EditableDistrictSettings }) {
  return getDb().transaction(async (tx) => {
    const [before] = await tx
      .select({
        platformName: districtSettings.platformName,
        districtName: districtSettings.districtName,
        operatorContact: districtSettings.operatorContact,
        verificationCodeValidityDays: districtSettings.verificationCodeValidityDays,
      })
      .from(districtSettings)
      .where(eq(districtSettings.id, 1))
      .for("update");
    if (!before) throw new Error("District settings are missing.");
    const changed = (Object.keys(before) as Array<keyof EditableDistrictSettings>).filter((key) => before[key] !== values[key]);
    if (changed.length === 0) return { changed };
    await tx.update(districtSettings).set(values).where(eq(districtSettings.id, 1));
    await recordAudit(
      {
        actorId,
        action: "district.settings_changed",
        targetType: "district_settings",
        targetId: "1",
        details: {
          before: Object.fromEntries(changed.map((key) => [key, before[key]])),
          after: Object.fromEntries(changed.map((key) => [key, values[key]])),
        },
      },
      tx,
    );
    return { changed };
  });
}

/** A stable, readable key for URLs: "Müggelheim" → "mueggelheim". */
export function slugify(name: string): string {
  const slug = name
    .toLowerCase()
    .replaceAll("ä", "ae")
    .replaceAll("ö", "oe")
    .replaceAll("ü", "ue")
    .replaceAll("ß", "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "eintrag";
}

/** The slug, or the first of slug-2, slug-3 … not taken yet. */
function firstFreeSlug(base: string, taken: string[]) {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

const tableOf = (kind: CatalogKind) => (kind === "locality" ? localities : kind === "topic" ? topics : departments);

/** The list in display order (as the lists in the app show it). */
async function entriesInOrder(tx: Transaction, kind: CatalogKind) {
  const table = tableOf(kind);
  return tx.select({ id: table.id, name: table.name, sortOrder: table.sortOrder }).from(table).orderBy(asc(table.sortOrder), asc(table.name)).for("update");
}

async function nameTaken(tx: Transaction, kind: CatalogKind, name: string, exceptId?: number) {
  const table = tableOf(kind);
  const [row] = await tx
    .select({ id: table.id })
    .from(table)
    .where(and(sql`lower(${table.name}) = lower(${name})`, exceptId === undefined ? undefined : ne(table.id, exceptId)))
    .limit(1);
  return Boolean(row);
}

const AUDIT_TARGET = { locality: "locality", topic: "topic", department: "department" } as const satisfies Record<CatalogKind, string>;

async function insertDepartment(tx: Transaction, values: { name: string; sortOrder: number }) {
  const [row] = await tx.insert(departments).values(values).returning({ id: departments.id });
  return row!.id;
}

async function insertSlugged(tx: Transaction, kind: "locality" | "topic", values: { name: string; sortOrder: number }) {
  const table = kind === "locality" ? localities : topics;
  const base = slugify(values.name);
  const taken = await tx.select({ slug: table.slug }).from(table).where(like(table.slug, `${base}%`));
  const slug = firstFreeSlug(base, taken.map((row) => row.slug));
  const [row] = await tx.insert(table).values({ ...values, slug }).returning({ id: table.id });
  return row!.id;
}

export type AddEntryOutcome = { outcome: "added"; id: number } | { outcome: "exists" };

/** Adds a locality, topic or department at the end of its list. Names are unique regardless of case. */
export async function addCatalogEntry({ actorId, kind, name }: { actorId: string; kind: CatalogKind; name: string }): Promise<AddEntryOutcome> {
  try {
    return await getDb().transaction(async (tx) => {
      const entries = await entriesInOrder(tx, kind);
      if (await nameTaken(tx, kind, name)) return { outcome: "exists" as const };
      const sortOrder = entries.reduce((highest, entry) => Math.max(highest, entry.sortOrder), -1) + 1;
      const id = kind === "department" ? await insertDepartment(tx, { name, sortOrder }) : await insertSlugged(tx, kind, { name, sortOrder });
      await recordAudit({ actorId, action: `district.${kind}_added`, targetType: AUDIT_TARGET[kind], targetId: String(id), details: { name } }, tx);
      return { outcome: "added" as const, id };
    });
  } catch (error) {
    // Two admins adding the same department at once: the unique index decides.
    if (hasPgCode(error, "23505")) return { outcome: "exists" };
    throw error;
  }
}

export type RenameEntryOutcome = "renamed" | "unchanged" | "exists" | "not_found";

/** Renames an entry. The slug stays, so links that name the entry keep working. */
export async function renameCatalogEntry(input: { actorId: string; kind: CatalogKind; id: number; name: string }): Promise<RenameEntryOutcome> {
  const { actorId, kind, id, name } = input;
  const table = tableOf(kind);
  try {
    return await getDb().transaction(async (tx) => {
      const [entry] = await tx.select({ name: table.name }).from(table).where(eq(table.id, id)).for("update");
      if (!entry) return "not_found";
      if (entry.name === name) return "unchanged";
      if (await nameTaken(tx, kind, name, id)) return "exists";
      await tx.update(table).set({ name }).where(eq(table.id, id));
      await recordAudit(
        { actorId, action: `district.${kind}_renamed`, targetType: AUDIT_TARGET[kind], targetId: String(id), details: { from: entry.name, to: name } },
        tx,
      );
      return "renamed";
    });
  } catch (error) {
    if (hasPgCode(error, "23505")) return "exists";
    throw error;
  }
}

export type MoveEntryOutcome = "moved" | "unchanged" | "at_edge" | "not_found";

/** Swaps an entry with its neighbour; the whole list is renumbered 0…n so equal sort keys cannot pin it. */
/**
 * Moves an entry one step ("up"/"down") or to a position (1 = first; beyond the end means last).
 * The order is the one every selection list shows.
 */
export async function moveCatalogEntry(input: {
  actorId: string;
  kind: CatalogKind;
  id: number;
  direction?: "up" | "down";
  position?: number;
}): Promise<MoveEntryOutcome> {
  const { actorId, kind, id, direction, position } = input;
  return getDb().transaction(async (tx) => {
    const entries = await entriesInOrder(tx, kind);
    const index = entries.findIndex((entry) => entry.id === id);
    if (index < 0) return "not_found";
    const target = position !== undefined ? Math.min(Math.max(position, 1), entries.length) - 1 : direction === "up" ? index - 1 : index + 1;
    if (target < 0 || target >= entries.length) return "at_edge";
    if (target === index) return "unchanged";
    const reordered = [...entries];
    const [moved] = reordered.splice(index, 1);
    reordered.splice(target, 0, moved!);
    await storeOrder(tx, kind, entries, reordered);
    await recordAudit(
      {
        actorId,
        action: `district.${kind}_moved`,
        targetType: AUDIT_TARGET[kind],
        targetId: String(id),
        details: { name: entries[index]!.name, direction: target < index ? "up" : "down", position: target + 1 },
      },
      tx,
    );
    return "moved";
  });
}

/** Puts all entries of a list in alphabetical order (German collation). */
export async function sortCatalogEntries({ actorId, kind }: { actorId: string; kind: CatalogKind }): Promise<"sorted" | "unchanged"> {
  return getDb().transaction(async (tx) => {
    const entries = await entriesInOrder(tx, kind);
    const collator = new Intl.Collator("de", { sensitivity: "base", numeric: true });
    const sorted = [...entries].sort((a, b) => collator.compare(a.name, b.name) || a.id - b.id);
    if (sorted.every((entry, i) => entry.id === entries[i]!.id && entry.sortOrder === i)) return "unchanged";
    await storeOrder(tx, kind, entries, sorted);
    await recordAudit({ actorId, action: `district.${kind}_sorted`, targetType: AUDIT_TARGET[kind], targetId: null, details: { count: sorted.length } }, tx);
    return "sorted";
  });
}

async function storeOrder(tx: Transaction, kind: CatalogKind, before: Array<{ id: number; sortOrder: number }>, after: Array<{ id: number }>) {
  const table = tableOf(kind);
  const current = new Map(before.map((entry) => [entry.id, entry.sortOrder]));
  for (const [position, entry] of after.entries()) {
    if (current.get(entry.id) !== position) await tx.update(table).set({ sortOrder: position }).where(eq(table.id, entry.id));
  }
}

async function usageOf(tx: Transaction, kind: CatalogKind, id: number): Promise<CatalogUsage> {
  const countOf = async (query: Promise<Array<{ value: number }>>) => Number((await query)[0]?.value ?? 0);
  if (kind === "locality") {
    return {
      accounts: await countOf(tx.select({ value: count() }).from(users).where(eq(users.localityId, id))),
      followers: await countOf(tx.select({ value: count() }).from(followedLocalities).where(eq(followedLocalities.localityId, id))),
      announcements: await countOf(tx.select({ value: count() }).from(announcementLocalities).where(eq(announcementLocalities.localityId, id))),
    };
  }
  if (kind === "department") {
    return {
      accounts: await countOf(tx.select({ value: count() }).from(users).where(eq(users.departmentId, id))),
      followers: 0,
      announcements: await countOf(tx.select({ value: count() }).from(announcements).where(eq(announcements.departmentId, id))),
    };
  }
  // A topic is only a label (blocksRemoval ignores it): removing it detaches it from announcements and follows.
  return { accounts: 0, followers: 0, announcements: 0 };
}

export type RemoveEntryOutcome = "removed" | "in_use" | "not_found";

/**
 * Removes an entry nobody depends on. A locality someone lives in or follows, or that
 * announcements are filed under, stays; so does a department that staff work for or that signed
 * announcements (they keep their sender). Such entries can be renamed instead.
 */
export async function removeCatalogEntry({ actorId, kind, id }: { actorId: string; kind: CatalogKind; id: number }): Promise<RemoveEntryOutcome> {
  const table = tableOf(kind);
  try {
    return await getDb().transaction(async (tx) => {
      const [entry] = await tx.select({ name: table.name }).from(table).where(eq(table.id, id)).for("update");
      if (!entry) return "not_found";
      if (blocksRemoval(kind, await usageOf(tx, kind, id))) return "in_use";
      await tx.delete(table).where(eq(table.id, id));
      await recordAudit({ actorId, action: `district.${kind}_removed`, targetType: AUDIT_TARGET[kind], targetId: String(id), details: { name: entry.name } }, tx);
      return "removed";
    });
  } catch (error) {
    // A table this code does not know of yet still refers to it (foreign key): in use, too.
    if (hasPgCode(error, "23503")) return "in_use";
    throw error;
  }
}

export type AddDomainOutcome = "added" | "exists";

export async function addOfficialDomain({ actorId, domain }: { actorId: string; domain: string }): Promise<AddDomainOutcome> {
  return getDb().transaction(async (tx) => {
    const inserted = await tx.insert(officialDomains).values({ domain }).onConflictDoNothing().returning({ domain: officialDomains.domain });
    if (inserted.length === 0) return "exists";
    await recordAudit({ actorId, action: "district.domain_added", targetType: "official_domain", targetId: domain, details: { domain } }, tx);
    return "added";
  });
}

export type RemoveDomainOutcome = "removed" | "not_found";

/** Removes a domain from the list. Staff on it keep their role: the admin page lists them for a decision. */
export async function removeOfficialDomain({ actorId, domain }: { actorId: string; domain: string }): Promise<RemoveDomainOutcome> {
  return getDb().transaction(async (tx) => {
    const removed = await tx.delete(officialDomains).where(eq(officialDomains.domain, domain)).returning({ domain: officialDomains.domain });
    if (removed.length === 0) return "not_found";
    await recordAudit({ actorId, action: "district.domain_removed", targetType: "official_domain", targetId: domain, details: { domain } }, tx);
    return "removed";
  });
}
