import "server-only";
import { and, asc, eq, ne } from "drizzle-orm";
import { getDb } from "@/db/client";
import { reports, users } from "@/db/schema";
import { loadTarget, type TargetType } from "@/lib/moderation/targets";
import type { MediationSourceFacts } from "@/lib/policy";
import type { MediationPerson } from "./queries";

/** A reported target a mediation case is opened from: what the rule decides on, and whom to propose as parties. */
export interface MediationSource {
  ref: { type: TargetType; id: string };
  facts: { source: MediationSourceFacts };
  /** The author of the content (the account itself for a reported profile); null once gone. */
  author: MediationPerson | null;
  /** Reporters who agreed to take part in a mediation, oldest report first. */
  consentingReporters: MediationPerson[];
  /** How many reporters did not agree: they are neither named nor proposed. */
  confidentialReporterCount: number;
}

/** Null when neither the target nor any report on it exists. */
export async function loadMediationSource(type: TargetType, id: string): Promise<MediationSource | null> {
  const [target, rows] = await Promise.all([
    loadTarget(type, id),
    getDb()
      .select({
        consent: reports.mediationConsent,
        id: users.id,
        displayName: users.displayName,
        username: users.username,
        role: users.role,
        verification: users.verification,
      })
      .from(reports)
      .innerJoin(users, and(eq(users.id, reports.reporterId), ne(users.status, "deleted")))
      .where(and(eq(reports.targetType, type), eq(reports.targetId, id)))
      .orderBy(asc(reports.createdAt))
      .limit(200),
  ]);
  // Reports by accounts deleted since count as reports too.
  const reported = rows.length > 0 || (await hasReport(type, id));
  if (!target && !reported) return null;
  const author = target?.author ?? null;
  // A reporter who consented once (of several reports) has consented; one who never did stays confidential.
  const consenting = new Map<string, MediationPerson>();
  for (const { consent, ...person } of rows) if (consent && person.id !== author?.id) consenting.set(person.id, person);
  const confidential = [...new Set(rows.filter((r) => !consenting.has(r.id) && r.id !== author?.id).map((r) => r.id))];
  return {
    ref: { type, id },
    facts: { source: { reported, authorId: author?.id ?? null, confidentialReporterIds: confidential } },
    author: author && { id: author.id, displayName: author.displayName, username: author.username, role: author.role, verification: author.verification },
    consentingReporters: [...consenting.values()],
    confidentialReporterCount: confidential.length,
  };
}

async function hasReport(type: TargetType, id: string) {
  const [row] = await getDb().select({ id: reports.id }).from(reports).where(and(eq(reports.targetType, type), eq(reports.targetId, id))).limit(1);
  return Boolean(row);
}
