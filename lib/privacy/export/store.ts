import "server-only";
import { and, desc, eq, gt, isNotNull, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { personalDataExports } from "@/db/schema";
import type { Locale } from "@/lib/i18n/config";
import { enqueue } from "@/lib/jobs/enqueue";
import { QUEUES } from "@/lib/jobs/queues";
import { notify } from "@/lib/notifications/create";
import { DAY_MS, RETENTION } from "../retention-periods";
import { buildPersonalDataExport } from "./build";

const expiry = (from: Date) => new Date(from.getTime() + RETENTION.exportDays * DAY_MS);

/**
 * A person asks for a copy of their data: a pending export is recorded and its build enqueued in the
 * same transaction; the worker (lib/jobs/definitions/personal-data-export.ts) builds it and tells them.
 */
export async function requestPersonalDataExport(userId: string, { locale = "de", now = new Date() }: { locale?: Locale; now?: Date } = {}) {
  return getDb().transaction(async (tx) => {
    const [row] = await tx.insert(personalDataExports).values({ userId, createdAt: now, expiresAt: expiry(now) }).returning({ id: personalDataExports.id });
    if (!row) throw new Error("export request not stored");
    await enqueue(QUEUES.personalDataExport.name, { exportId: row.id, locale }, { tx });
    return row;
  });
}

/** The owner of a requested export the worker has not built yet; null when it is built or gone (e.g. the account was deleted). */
export async function loadPendingExport(exportId: string): Promise<{ userId: string } | null> {
  const [row] = await getDb()
    .select({ userId: personalDataExports.userId })
    .from(personalDataExports)
    .where(and(eq(personalDataExports.id, exportId), isNull(personalDataExports.zip)));
  return row ?? null;
}

/**
 * Builds and stores a person's export — into the requested row `exportId`, or a new one — and notifies
 * them (export_ready, with the download link) in the same transaction. It can be downloaded for
 * RETENTION.exportDays. Null when the requested row is gone meanwhile.
 */
export async function createPersonalDataExport(userId: string, { locale = "de", now = new Date(), exportId }: { locale?: Locale; now?: Date; exportId?: string } = {}) {
  const zip = await buildPersonalDataExport(userId, { locale, now });
  if (!zip) throw new Error(`no account ${userId} to export`);
  const values = { zip, readyAt: now, expiresAt: expiry(now) };
  const columns = { id: personalDataExports.id, createdAt: personalDataExports.createdAt, expiresAt: personalDataExports.expiresAt };
  return getDb().transaction(async (tx) => {
    const [row] = exportId
      ? await tx
          .update(personalDataExports)
          .set(values)
          .where(and(eq(personalDataExports.id, exportId), eq(personalDataExports.userId, userId)))
          .returning(columns)
      : await tx
          .insert(personalDataExports)
          .values({ userId, createdAt: now, ...values })
          .returning(columns);
    if (!row) return null;
    await notify([{ userId, kind: "export_ready", data: { exportId: row.id, expiresAt: row.expiresAt.toISOString() } }], tx);
    return row;
  });
}

export interface ExportSummary {
  id: string;
  createdAt: Date;
  expiresAt: Date;
  /** False while the worker is still building it. */
  ready: boolean;
  bytes: number;
}

/** The person's exports that are being built or can still be downloaded, newest first. */
export async function listOwnExports(userId: string, now = new Date()): Promise<ExportSummary[]> {
  return getDb()
    .select({
      id: personalDataExports.id,
      createdAt: personalDataExports.createdAt,
      expiresAt: personalDataExports.expiresAt,
      ready: sql<boolean>`${personalDataExports.zip} is not null`,
      bytes: sql<number>`coalesce(octet_length(${personalDataExports.zip}), 0)::int`,
    })
    .from(personalDataExports)
    .where(and(eq(personalDataExports.userId, userId), gt(personalDataExports.expiresAt, now)))
    .orderBy(desc(personalDataExports.createdAt))
    .limit(5);
}

/** Who a finished export belongs to, for the policy (null: none, not built yet, or expired). */
export async function loadExportFacts(id: string, now = new Date()): Promise<{ userId: string } | null> {
  const [row] = await getDb()
    .select({ userId: personalDataExports.userId })
    .from(personalDataExports)
    .where(and(eq(personalDataExports.id, id), isNotNull(personalDataExports.zip), gt(personalDataExports.expiresAt, now)));
  return row ?? null;
}

/** The ZIP itself; the owner is part of the query, so nobody else's export can be read by id. */
export async function readOwnExport(id: string, userId: string, now = new Date()): Promise<{ zip: Uint8Array; createdAt: Date } | null> {
  const [row] = await getDb()
    .select({ zip: personalDataExports.zip, createdAt: personalDataExports.createdAt })
    .from(personalDataExports)
    .where(and(eq(personalDataExports.id, id), eq(personalDataExports.userId, userId), gt(personalDataExports.expiresAt, now)));
  return row?.zip ? { zip: row.zip, createdAt: row.createdAt } : null;
}
