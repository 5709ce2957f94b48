import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { uploads, users, type UploadOwnerType } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { DAILY_UPLOAD_QUOTA, type UploadQuota } from "./limits";
import type { ProcessedFile } from "./process";
import { uploadUsageSince } from "./queries";
import { storageKey, uploadStorage } from "./storage";

const DAY_MS = 24 * 60 * 60 * 1000;

export type AttachOutcome = { ok: true; id: string } | { ok: false; quota: UploadQuota };

/**
 * Stores a processed file for a thing, if the uploader's daily quota (files and bytes within 24 hours)
 * allows it. The uploader's row is locked, so two uploads at once cannot both slip under the quota.
 */
export async function attachUpload(input: {
  uploaderId: string;
  ownerType: UploadOwnerType;
  ownerId: string;
  fileName: string;
  altText: string | null;
  receivedBytes: number;
  file: ProcessedFile;
  quota?: UploadQuota;
  now?: Date;
}): Promise<AttachOutcome> {
  const quota = input.quota ?? DAILY_UPLOAD_QUOTA;
  const now = input.now ?? new Date();
  return getDb().transaction(async (tx) => {
    await tx.select({ id: users.id }).from(users).where(eq(users.id, input.uploaderId)).for("update");
    const used = await uploadUsageSince(input.uploaderId, new Date(now.getTime() - DAY_MS), tx);
    if (used.files + 1 > quota.files || used.bytes + input.receivedBytes > quota.bytes) return { ok: false, quota };
    const [row] = await tx
      .insert(uploads)
      .values({
        ownerType: input.ownerType,
        ownerId: input.ownerId,
        uploaderId: input.uploaderId,
        kind: input.file.kind,
        fileName: input.fileName,
        altText: input.file.kind === "image" ? input.altText : null,
        receivedBytes: input.receivedBytes,
        variants: input.file.variants.map((v) => ({ name: v.name, contentType: v.contentType, width: v.width, height: v.height, bytes: v.bytes })),
        createdAt: now,
      })
      .returning({ id: uploads.id });
    if (!row) throw new Error("upload not stored");
    const storage = uploadStorage();
    for (const variant of input.file.variants) await storage.put(storageKey(row.id, variant.name), variant.data, tx);
    await recordAudit(
      { actorId: input.uploaderId, action: "upload.attached", targetType: input.ownerType, targetId: input.ownerId, details: { uploadId: row.id, kind: input.file.kind } },
      tx,
    );
    return { ok: true, id: row.id };
  });
}

async function deleteRows(rows: Array<{ id: string; variants: Array<{ name: string }> }>, tx: Transaction) {
  if (rows.length === 0) return;
  await uploadStorage().delete(rows.flatMap((row) => row.variants.map((variant) => storageKey(row.id, variant.name))), tx);
}

/** Removes one file of a thing; false when it is not (any more) one of its files. */
export async function removeUpload({ actorId, id }: { actorId: string; id: string }): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx.delete(uploads).where(eq(uploads.id, id)).returning({ id: uploads.id, ownerType: uploads.ownerType, ownerId: uploads.ownerId, kind: uploads.kind, variants: uploads.variants });
    if (!row) return false;
    await deleteRows([row], tx);
    await recordAudit({ actorId, action: "upload.removed", targetType: row.ownerType, targetId: row.ownerId, details: { uploadId: id, kind: row.kind } }, tx);
    return true;
  });
}

/** Every file of a thing, with their bytes: called in the transaction that deletes the thing. */
export async function removeUploadsOf(ownerType: UploadOwnerType, ownerId: string, tx: Transaction) {
  const rows = await tx
    .delete(uploads)
    .where(and(eq(uploads.ownerType, ownerType), eq(uploads.ownerId, ownerId)))
    .returning({ id: uploads.id, variants: uploads.variants });
  await deleteRows(rows, tx);
}

/** Every file a person uploaded, with their bytes: part of deleting the account. */
export async function removeUploadsBy(uploaderId: string, tx: Transaction) {
  const rows = await tx.delete(uploads).where(eq(uploads.uploaderId, uploaderId)).returning({ id: uploads.id, variants: uploads.variants });
  await deleteRows(rows, tx);
}
