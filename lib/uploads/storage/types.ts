import type { Transaction } from "@/db/client";

/**
 * Where the bytes of uploaded files live. The default keeps them in PostgreSQL (upload_blobs); a file
 * system or an object store can implement the same three calls. A database store joins the given
 * transaction; another store may ignore it (and should then delete only after the commit).
 */
export interface UploadStorage {
  put(key: string, bytes: Uint8Array, tx?: Transaction): Promise<void>;
  /** The bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Uint8Array | null>;
  delete(keys: readonly string[], tx?: Transaction): Promise<void>;
}
