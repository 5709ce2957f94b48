import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, verificationCodes } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { codeReference, generateCode, hashCode } from "./codes";
import { codeStatus, findCodeFacts, getCodeValidityDays } from "./queries";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface IssuedCode {
  id: string;
  reference: string;
  /** The plain code, formatted: it exists only in this return value, never in the database. */
  code: string;
}

export interface IssuedCodes {
  codes: IssuedCode[];
  expiresAt: Date;
  batchId: string | null;
  batchReference: string | null;
}

/**
 * Issues `count` codes and returns them in plain text, once. A letter run (`batch`) shares a batch
 * id and one audit entry with the count; a single counter code gets its own entry.
 */
export async function issueVerificationCodes(input: {
  actorId: string;
  count: number;
  note: string | null;
  /** A letter run, in the letters' language; null for a single code at the counter. */
  batch: { language: string } | null;
}): Promise<IssuedCodes> {
  const expiresAt = new Date(Date.now() + (await getCodeValidityDays()) * DAY_MS);
  const batchId = input.batch ? randomUUID() : null;
  const plain = Array.from({ length: input.count }, () => ({ id: randomUUID(), code: generateCode() }));
  await getDb().transaction(async (tx) => {
    await tx.insert(verificationCodes).values(
      plain.map(({ id, code }) => ({ id, codeHash: hashCode(code), batchId, note: input.note, issuedById: input.actorId, expiresAt })),
    );
    const target = batchId
      ? { targetType: "verification_batch", targetId: batchId, details: { count: input.count, language: input.batch?.language } }
      : { targetType: "verification_code", targetId: plain[0]!.id, details: { count: 1 } };
    await recordAudit({ actorId: input.actorId, action: "verification.code_issued", ...target }, tx);
  });
  return {
    codes: plain.map(({ id, code }) => ({ id, code, reference: codeReference(id) })),
    expiresAt,
    batchId,
    batchReference: batchId && codeReference(batchId),
  };
}

export type RedeemOutcome = { ok: true } | { ok: false; reason: "unknown" | "used" | "expired" | "revoked" | "already_verified" };

class AlreadyVerified extends Error {}

/**
 * Uses a code for `userId` and verifies the account, both or neither. The code is claimed by one
 * conditional UPDATE, so of two people typing the same code at the same moment exactly one gets
 * it: the second UPDATE waits for the first's row lock and then no longer matches.
 */
export async function redeemVerificationCode({ userId, code }: { userId: string; code: string }): Promise<RedeemOutcome> {
  const codeHash = hashCode(code);
  let claimed: boolean;
  try {
    claimed = await getDb().transaction(async (tx) => {
      const [used] = await tx
        .update(verificationCodes)
        .set({ usedAt: sql`now()`, usedById: userId })
        .where(
          and(
            eq(verificationCodes.codeHash, codeHash),
            isNull(verificationCodes.usedAt),
            isNull(verificationCodes.revokedAt),
            gt(verificationCodes.expiresAt, sql`now()`),
          ),
        )
        .returning({ id: verificationCodes.id, batchId: verificationCodes.batchId });
      if (!used) return false;
      const [verified] = await tx
        .update(users)
        .set({ verification: "verified", verifiedAt: new Date() })
        .where(and(eq(users.id, userId), eq(users.verification, "email")))
        .returning({ id: users.id });
      // Already verified (e.g. by an admin a moment ago): roll back, the code stays usable for someone else.
      if (!verified) throw new AlreadyVerified();
      await recordAudit(
        { actorId: userId, action: "verification.code_redeemed", targetType: "user", targetId: userId, details: { code: codeReference(used.id) } },
        tx,
      );
      return true;
    });
  } catch (error) {
    if (error instanceof AlreadyVerified) return { ok: false, reason: "already_verified" };
    throw error;
  }
  if (claimed) return { ok: true };

  const facts = await findCodeFacts({ codeHash });
  if (!facts) return { ok: false, reason: "unknown" };
  const status = codeStatus(facts);
  // A code that was open a moment ago and is open again cannot happen; report it as expired rather than lie.
  return { ok: false, reason: status === "open" ? "expired" : status };
}

export type RevokeOutcome = { ok: true } | { ok: false; reason: "not_found" | "used" | "expired" | "revoked" };

/** Revokes an open code; one conditional UPDATE, so a code cannot be revoked after it was used. */
export async function revokeVerificationCode({ actorId, codeId, reason }: { actorId: string; codeId: string; reason: string | null }): Promise<RevokeOutcome> {
  const revoked = await getDb().transaction(async (tx) => {
    const [row] = await tx
      .update(verificationCodes)
      .set({ revokedAt: sql`now()`, revokedById: actorId })
      .where(
        and(
          eq(verificationCodes.id, codeId),
          isNull(verificationCodes.usedAt),
          isNull(verificationCodes.revokedAt),
          gt(verificationCodes.expiresAt, sql`now()`),
        ),
      )
      .returning({ id: verificationCodes.id, batchId: verificationCodes.batchId });
    if (!row) return false;
    await recordAudit(
      { actorId, action: "verification.code_revoked", targetType: "verification_code", targetId: row.id, reason, details: { batch: row.batchId && codeReference(row.batchId) } },
      tx,
    );
    return true;
  });
  if (revoked) return { ok: true };

  const facts = await findCodeFacts({ id: codeId });
  if (!facts) return { ok: false, reason: "not_found" };
  const status = codeStatus(facts);
  return { ok: false, reason: status === "open" ? "expired" : status };
}
