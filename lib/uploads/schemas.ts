import { z } from "zod";
import { MAX_ALT_TEXT, MAX_UPLOAD_BYTES } from "./limits";

const isFile = (value: unknown): value is File => typeof File !== "undefined" && value instanceof File;

// Messages are keys: looked up in uploads.validation.*, then in validation.*. What the file really is,
// the server decides from its content (lib/uploads/process.ts); here only that there is one, and its size.
export const attachUploadSchema = z.object({
  ownerType: z.string().min(1).max(40),
  ownerId: z.string().min(1).max(100),
  file: z
    .custom<File>((value) => isFile(value) && value.size > 0, { error: "fileRequired" })
    .refine((file) => file.size <= MAX_UPLOAD_BYTES, { error: "fileTooLarge" }),
  altText: z.string().trim().max(MAX_ALT_TEXT, { error: "tooLong" }).default(""),
});

export const uploadIdSchema = z.object({ id: z.uuid() });
