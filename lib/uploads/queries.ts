import "server-only";
import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import { getDb, type Database, type Transaction } from "@/db/client";
import { uploads, type UploadKind, type UploadOwnerType, type UploadVariant } from "@/db/schema";
import { uploadPath } from "./paths";

/** A file as a page shows it: an image with its sizes, or a PDF with its size. */
export interface Attachment {
  id: string;
  kind: UploadKind;
  fileName: string;
  altText: string | null;
  createdAt: Date;
  /** The served renderings, smallest first, each with its URL. */
  variants: Array<UploadVariant & { url: string }>;
}

const withUrls = (id: string, variants: UploadVariant[]) =>
  [...variants].sort((a, b) => (a.width ?? 0) - (b.width ?? 0)).map((variant) => ({ ...variant, url: uploadPath(id, variant.name) }));

/**
 * The files of one thing, oldest first: one query. The caller has checked that the viewer may see
 * the thing (the files' own route checks again for each file).
 */
export async function listAttachments(ownerType: UploadOwnerType, ownerId: string): Promise<Attachment[]> {
  const rows = await getDb()
    .select({ id: uploads.id, kind: uploads.kind, fileName: uploads.fileName, altText: uploads.altText, createdAt: uploads.createdAt, variants: uploads.variants })
    .from(uploads)
    .where(and(eq(uploads.ownerType, ownerType), eq(uploads.ownerId, ownerId)))
    .orderBy(asc(uploads.createdAt), asc(uploads.id))
    .limit(100);
  return rows.map((row) => ({ ...row, variants: withUrls(row.id, row.variants) }));
}

/**
 * The files of many things of one kind at once (a page of posts), by owner id: one query whatever the
 * number of things. As with listAttachments, the caller has checked that the viewer may see each thing.
 */
export async function listAttachmentsFor(ownerType: UploadOwnerType, ownerIds: readonly string[]): Promise<Map<string, Attachment[]>> {
  const byOwner = new Map<string, Attachment[]>();
  if (ownerIds.length === 0) return byOwner;
  const rows = await getDb()
    .select({ ownerId: uploads.ownerId, id: uploads.id, kind: uploads.kind, fileName: uploads.fileName, altText: uploads.altText, createdAt: uploads.createdAt, variants: uploads.variants })
    .from(uploads)
    .where(and(eq(uploads.ownerType, ownerType), inArray(uploads.ownerId, [...ownerIds])))
    .orderBy(asc(uploads.createdAt), asc(uploads.id));
  for (const { ownerId, ...row } of rows) {
    const list = byOwner.get(ownerId) ?? [];
    list.push({ ...row, variants: withUrls(row.id, row.variants) });
    byOwner.set(ownerId, list);
  }
  return byOwner;
}

/** What the file route needs: whose thing the upload belongs to and how it is stored. Null when unknown. */
export async function loadUploadForServing(id: string) {
  const [row] = await getDb()
    .select({ id: uploads.id, ownerType: uploads.ownerType, ownerId: uploads.ownerId, kind: uploads.kind, fileName: uploads.fileName, variants: uploads.variants })
    .from(uploads)
    .where(eq(uploads.id, id));
  return row ?? null;
}

/** The thing an upload belongs to, for the policy of removing it. Null when there is no such upload. */
export async function loadUploadOwner(id: string): Promise<{ ownerType: UploadOwnerType; ownerId: string } | null> {
  const [row] = await getDb().select({ ownerType: uploads.ownerType, ownerId: uploads.ownerId }).from(uploads).where(eq(uploads.id, id));
  return row ?? null;
}

/** How many files and bytes a person uploaded since `since` (the daily quota). */
export async function uploadUsageSince(uploaderId: string, since: Date, db: Database | Transaction = getDb()) {
  const [row] = await db
    .select({ files: sql<number>`count(*)::int`, bytes: sql<number>`coalesce(sum(${uploads.receivedBytes}), 0)::bigint` })
    .from(uploads)
    .where(and(eq(uploads.uploaderId, uploaderId), gt(uploads.createdAt, since)));
  return { files: Number(row?.files ?? 0), bytes: Number(row?.bytes ?? 0) };
}
