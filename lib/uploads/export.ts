import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { uploads, type UploadVariant } from "@/db/schema";
import { storageKey, uploadStorage } from "./storage";

/** The one rendering that goes into a data export: an image's largest size, a PDF as it came. */
const exportedVariant = (variants: UploadVariant[]) => [...variants].sort((a, b) => (b.width ?? 0) - (a.width ?? 0))[0]!;

const exportPath = (row: { id: string; kind: string; fileName: string }) => `uploads/${row.id}-${row.fileName}.${row.kind === "pdf" ? "pdf" : "webp"}`;

async function ownUploads(userId: string) {
  return getDb()
    .select({ id: uploads.id, ownerType: uploads.ownerType, ownerId: uploads.ownerId, kind: uploads.kind, fileName: uploads.fileName, altText: uploads.altText, createdAt: uploads.createdAt, variants: uploads.variants })
    .from(uploads)
    .where(eq(uploads.uploaderId, userId))
    .orderBy(asc(uploads.createdAt), asc(uploads.id));
}

/** uploads.json of a person's export: each file they uploaded, what it belongs to, and where it is in the ZIP. */
export async function listUploadsForExport(userId: string) {
  const rows = await ownUploads(userId);
  return rows.map((row) => ({
    id: row.id,
    belongsTo: { type: row.ownerType, id: row.ownerId },
    kind: row.kind,
    fileName: row.fileName,
    altText: row.altText,
    createdAt: row.createdAt,
    file: exportPath(row),
  }));
}

/** The files themselves, by their path in the ZIP. */
export async function readUploadsForExport(userId: string): Promise<Record<string, Uint8Array>> {
  const storage = uploadStorage();
  const files: Record<string, Uint8Array> = {};
  for (const row of await ownUploads(userId)) {
    const bytes = await storage.get(storageKey(row.id, exportedVariant(row.variants).name));
    if (bytes) files[exportPath(row)] = bytes;
  }
  return files;
}
