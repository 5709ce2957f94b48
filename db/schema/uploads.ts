import { index, integer, jsonb, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { bytea } from "./privacy";
import { users } from "./users";

/**
 * The kinds of thing a file can belong to. A new kind adds its name here and its adapter in
 * lib/uploads/owners/ (no migration: the column is text, the registry is the check).
 */
export const uploadOwnerTypes = ["announcement", "concern", "space", "space_post", "space_event"] as const;
export type UploadOwnerType = (typeof uploadOwnerTypes)[number];

export const uploadKinds = ["image", "pdf"] as const;
export type UploadKind = (typeof uploadKinds)[number];

/** One stored rendering of an upload: an image's re-encoded sizes, or a PDF as it came. */
export interface UploadVariant {
  name: string;
  contentType: string;
  width: number | null;
  height: number | null;
  bytes: number;
}

/**
 * A file someone attached to a thing (an announcement, later spaces, posts, events, concerns). Its bytes
 * are in the storage (lib/uploads/storage), one entry per variant. Personal data: the uploader —
 * deleted with their account, with the files.
 */
export const uploads = pgTable(
  "uploads",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    ownerType: text().$type<UploadOwnerType>().notNull(),
    ownerId: text().notNull(),
    uploaderId: text().references(() => users.id, { onDelete: "cascade" }),
    kind: text().$type<UploadKind>().notNull(),
    /** The name the file had on the uploader's device, cleaned; only used for the download's name. */
    fileName: text().notNull(),
    /** Required for images: what a screen reader says instead of the picture. */
    altText: text(),
    /** What arrived, counted against the uploader's daily quota. */
    receivedBytes: integer().notNull(),
    variants: jsonb().$type<UploadVariant[]>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("uploads_owner_idx").on(t.ownerType, t.ownerId, t.createdAt),
    // The daily quota and the deletion of an account read by uploader.
    index("uploads_uploader_idx").on(t.uploaderId, t.createdAt),
  ],
);

/** The default storage: the bytes of every variant in PostgreSQL, so one backup and every instance cover them. */
export const uploadBlobs = pgTable(
  "upload_blobs",
  {
    key: text().primaryKey(),
    bytes: bytea().notNull(),
    createdAt: createdAt(),
  },
);

export const isUploadOwnerType = (value: string): value is UploadOwnerType => (uploadOwnerTypes as readonly string[]).includes(value);
