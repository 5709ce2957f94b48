import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { termsAcceptances } from "@/db/schema";

export interface TermsAcceptance {
  version: number;
  acceptedAt: Date;
}

/** Which versions of the terms the member accepted when: part of their own data. Newest first. */
export async function listOwnTermsAcceptances(userId: string): Promise<TermsAcceptance[]> {
  return getDb()
    .select({ version: termsAcceptances.version, acceptedAt: termsAcceptances.acceptedAt })
    .from(termsAcceptances)
    .where(eq(termsAcceptances.userId, userId))
    .orderBy(desc(termsAcceptances.version));
}
