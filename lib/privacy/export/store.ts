import "server-only";
import { and, desc, eq, gt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { personalDataExports } from "@/db/schema";
import type { Locale } from "@/lib/i18n/config";
import { DAY_MS, RETENTION } from "../retention-periods";
import { buildPersonalDataExport } from "./build";

/**
 * Builds and stores a person's export; it can be downloaded for RETENTION.exportDays. A job (#12)
 * will call this and then notify the person; until then the settings action calls it directly.
 */
export async function createPersonalDataExport(userId: string, { locale = "de", now = new Date() }: { locale?: Locale; now?: Date } = {}) {
  const zip = await buildPersonalDataExport(userId, { locale, now });
  if (!zip) throw new Error(`no account ${userId} to export`);
  const expiresAt = new Date(now.getTime() + RETENTION.exportDays * DAY_MS);
  const [row] = await getDb()
    .insert(personalDataExports)
    .values({ userId, zip, createdAt: now, expiresAt })
    .returning({ id: personalDataExports.id, createdAt: personalDataExports.createdAt, expiresAt: personalDataExports.expiresAt });
  return row!;
}

export interface ExportSummary {
  id: string;
  createdAt: Date;
  expiresAt: Date;
  bytes: number;
}

/** The person's exports that can still be downloaded, newest first. */
export async function listOwnExports(userId: string, now = new Date()): Promise<ExportSummary[]> {
  return getDb()
    .select({ id: personalDataExports.id, createdAt: personalDataExports.createdAt, expiresAt: personalDataExports.expiresAt, bytes: sql<number>`octet_length(${personalDataExports.zip})::int` })
    .from(personalDataExports)
    .where(and(eq(personalDataExports.userId, userId), gt(personalDataExports.expiresAt, now)))
    .orderBy(desc(personalDataExports.createdAt))
    .limit(5);
}

/** Who an export belongs to, for the policy (null: none, or expired). */
export async function loadExportFacts(id: string, now = new Date()): Promise<{ userId: string } | null> {
  const [row] = await getDb()
    .select({ userId: personalDataExports.userId })
    .from(personalDataExports)
    .where(and(eq(personalDataExports.id, id), gt(personalDataExports.expiresAt, now)));
  return row ?? null;
}

/** The ZIP itself; the owner is part of the query, so nobody else's export can be read by id. */
export async function readOwnExport(id: string, userId: string, now = new Date()): Promise<{ zip: Uint8Array; createdAt: Date } | null> {
  const [row] = await getDb()
    .select({ zip: personalDataExports.zip, createdAt: personalDataExports.createdAt })
    .from(personalDataExports)
    .where(and(eq(personalDataExports.id, id), eq(personalDataExports.userId, userId), gt(personalDataExports.expiresAt, now)));
  return row ?? null;
}
