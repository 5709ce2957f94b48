import { index, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz } from "./columns";
import { users } from "./users";

/**
 * One-time codes the citizen-participation office hands out (counter or letter) to verify a
 * resident. Only a hash of the code is stored; a code is used, expired or revoked exactly once.
 */
export const verificationCodes = pgTable(
  "verification_codes",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    codeHash: text().notNull().unique(),
    /** Codes issued together for a letter run share a batch. */
    batchId: text(),
    /** Internal note of the issuing office, e.g. "Schalter, Ausweis geprüft". Never shown to the resident. */
    note: text(),
    issuedById: text().references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamptz().notNull(),
    usedAt: timestamptz(),
    usedById: text().references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamptz(),
    revokedById: text().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("verification_codes_created_at_idx").on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()), index("verification_codes_batch_idx").on(t.batchId)],
);
