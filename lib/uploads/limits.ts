/** How large one file may be: below the request limit of server actions (next.config.ts, 9 MB). */
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;

/** What one person may upload within 24 hours, in files and in bytes received. */
export const DAILY_UPLOAD_QUOTA = { files: 30, bytes: 100 * 1024 * 1024 } as const;
export type UploadQuota = { files: number; bytes: number };

/** The widths an image is re-encoded to: a phone's column and a wide screen. */
export const IMAGE_WIDTHS = [480, 1200] as const;

/** Larger pictures (decompression bombs) are refused before they are decoded. */
export const MAX_IMAGE_PIXELS = 50_000_000;

export const MAX_ALT_TEXT = 300;

/** The file types a person may upload, as the browser's file picker filter (the server checks the content). */
export const ACCEPTED_FILE_TYPES = "image/jpeg,image/png,image/webp,application/pdf,.jpg,.jpeg,.png,.webp,.pdf";
