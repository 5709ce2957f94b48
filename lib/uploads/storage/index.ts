import "server-only";
import { postgresStorage } from "./postgres";
import type { UploadStorage } from "./types";

export type { UploadStorage } from "./types";

/** The storage in use. Another backend (file system, S3-compatible store) is chosen here. */
export function uploadStorage(): UploadStorage {
  return postgresStorage;
}

/** Where one variant of an upload is stored. */
export const storageKey = (uploadId: string, variant: string) => `${uploadId}/${variant}`;
