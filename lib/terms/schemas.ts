import { z } from "zod";
import { serialIdSchema } from "@/lib/action/serial-id";

// Messages are keys into messages/*.json → validation.*; the form translates them.

/** One line break style, no trailing spaces, at most one blank line between paragraphs. */
const normaliseText = (value: string) =>
  value
    .split(/\r\n|\r|\n/)
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();

export const publishTermsSchema = z.object({
  body: z.string().transform(normaliseText).pipe(z.string().min(50, { error: "termsTooShort" }).max(50_000, { error: "tooLong" })),
  // Optional: an empty field means "no English translation for this version".
  bodyEn: z
    .string()
    .optional()
    .transform((value) => normaliseText(value ?? ""))
    .pipe(z.string().max(50_000, { error: "tooLong" }).refine((value) => value === "" || value.length >= 50, { error: "termsTooShort" })),
  changeSummary: z.string().trim().min(5, { error: "changeSummaryTooShort" }).max(1000, { error: "tooLong" }),
});

export const acceptTermsSchema = z.object({
  /** The version the member read: a newer one published meanwhile must be read first. */
  version: serialIdSchema(),
  accept: z.literal(true, { error: "termsRequired" }),
});

/** Paragraphs of a terms text, as the admin separated them with blank lines. */
export const termsParagraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
