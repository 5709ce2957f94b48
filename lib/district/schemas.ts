import { z } from "zod";
import { serialIdSchema } from "@/lib/action/serial-id";

// Messages are keys into messages/*.json → validation.*; the form translates them.

export const CATALOG_KINDS = ["locality", "topic", "department"] as const;

export const MAX_VERIFICATION_CODE_VALIDITY_DAYS = 730;

/** Line breaks as typed in any browser, one per line, without blank lines (the imprint shows it line by line). */
const contactLines = (value: string) =>
  value
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join("\n");

export const districtSettingsSchema = z.object({
  platformName: z.string().trim().min(1, { error: "required" }).max(60, { error: "tooLong" }),
  districtName: z.string().trim().min(1, { error: "required" }).max(80, { error: "tooLong" }),
  operatorContact: z.string().transform(contactLines).pipe(z.string().min(1, { error: "required" }).max(1000, { error: "tooLong" })),
  verificationCodeValidityDays: z.coerce
    .number({ error: "validityDays" })
    .int({ error: "validityDays" })
    .min(1, { error: "validityDays" })
    .max(MAX_VERIFICATION_CODE_VALIDITY_DAYS, { error: "validityDays" }),
});

const kind = z.enum(CATALOG_KINDS);
const entryId = serialIdSchema();
const entryName = z.string().trim().min(2, { error: "nameTooShort" }).max(80, { error: "tooLong" });

export const addCatalogEntrySchema = z.object({ kind, name: entryName });
export const renameCatalogEntrySchema = z.object({ kind, id: entryId, name: entryName });
/** One step up or down, or to a position (1 = first) typed into the "Reihenfolge" mode. */
export const moveCatalogEntrySchema = z
  .object({
    kind,
    id: entryId,
    direction: z.enum(["up", "down"]).optional(),
    position: z.coerce.number({ error: "positionInvalid" }).int({ error: "positionInvalid" }).min(1, { error: "positionInvalid" }).max(10_000, { error: "positionInvalid" }).optional(),
  })
  .refine((value) => value.direction !== undefined || value.position !== undefined, { path: ["position"], error: "positionInvalid" });
export const sortCatalogEntriesSchema = z.object({ kind });
export const removeCatalogEntrySchema = z.object({ kind, id: entryId });

/**
 * A host name as DNS allows it: labels of letters, digits and hyphens (not at either end), at least
 * two of them, ending in a top-level domain of letters (or its punycode form).
 */
const DOMAIN_PATTERN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

export const officialDomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  // "@ba-tk.berlin.de", as people copy it from an address, means the same domain.
  .transform((value) => value.replace(/^@/, ""))
  .pipe(z.string().min(1, { error: "required" }).regex(DOMAIN_PATTERN, { error: "domainInvalid" }));

export const addOfficialDomainSchema = z.object({ domain: officialDomainSchema });
export const removeOfficialDomainSchema = z.object({ domain: z.string().min(1).max(253) });
