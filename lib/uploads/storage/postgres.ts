import "server-only";
import { eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { uploadBlobs } from "@/db/schema";
import type { UploadStorage } from "./types";

/** The default storage: a bytea row per key, in the same transaction as the upload's own row. */
export const postgresStorage: UploadStorage = {
  async put(key, bytes, tx) {
    await (tx ?? getDb()).insert(uploadBlobs).values({ key, bytes });
  },
  async get(key) {
    const [row] = await getDb().select({ bytes: uploadBlobs.bytes }).from(uploadBlobs).where(eq(uploadBlobs.key, key));
    return row?.bytes ?? null;
  },
  async delete(keys, tx) {
    if (keys.length === 0) return;
    await (tx ?? getDb()).delete(uploadBlobs).where(inArray(uploadBlobs.key, [...keys]));
  },
};
