import "server-only";
import { and, desc, eq, gt, isNotNull, isNull, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { districtSettings, users, verificationCodes } from "@/db/schema";
import { decodeCursor, toPage } from "@/lib/pagination";
import type { Role, Verification } from "@/lib/policy";
import { codeReference } from "./codes";
import type { CodeStatus } from "./schemas";

/** How many days a new code stays valid (district configuration). */
export async function getCodeValidityDays(): Promise<number> {
  const [row] = await getDb()
    .select({ days: districtSettings.verificationCodeValidityDays })
    .from(districtSettings)
    .where(eq(districtSettings.id, 1));
  return row?.days ?? 90;
}

export interface CodeFacts {
  usedAt: Date | null;
  revokedAt: Date | null;
  expiresAt: Date;
}

/** Why a code cannot be used or revoked (null: no such code); asked only after the conditional update matched nothing. */
export async function findCodeFacts(by: { codeHash: string } | { id: string }): Promise<CodeFacts | null> {
  const [row] = await getDb()
    .select({ usedAt: verificationCodes.usedAt, revokedAt: verificationCodes.revokedAt, expiresAt: verificationCodes.expiresAt })
    .from(verificationCodes)
    .where("id" in by ? eq(verificationCodes.id, by.id) : eq(verificationCodes.codeHash, by.codeHash));
  return row ?? null;
}

/** A code's state; "used" and "revoked" are final, "expired" only once nothing else happened. */
export function codeStatus(code: CodeFacts, now = new Date()): CodeStatus {
  if (code.usedAt) return "used";
  if (code.revokedAt) return "revoked";
  return code.expiresAt <= now ? "expired" : "open";
}

const statusCondition: Record<CodeStatus, () => SQL | undefined> = {
  open: () => and(isNull(verificationCodes.usedAt), isNull(verificationCodes.revokedAt), gt(verificationCodes.expiresAt, sql`now()`)),
  used: () => isNotNull(verificationCodes.usedAt),
  revoked: () => and(isNull(verificationCodes.usedAt), isNotNull(verificationCodes.revokedAt)),
  expired: () => and(isNull(verificationCodes.usedAt), isNull(verificationCodes.revokedAt), lte(verificationCodes.expiresAt, sql`now()`)),
};

export interface CodeListItem {
  id: string;
  reference: string;
  status: CodeStatus;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
  note: string | null;
  batchId: string | null;
  batchReference: string | null;
  issuedByName: string | null;
  issuedByRole: Role | null;
  issuedByVerification: Verification | null;
}

/** Issued codes, newest first, keyset-paginated; never the hash. */
export async function listVerificationCodes({ status, batch, after }: { status?: CodeStatus; batch?: string; after?: string }) {
  const cursor = decodeCursor(after);
  const rows = await getDb()
    .select({
      id: verificationCodes.id,
      createdAt: verificationCodes.createdAt,
      expiresAt: verificationCodes.expiresAt,
      usedAt: verificationCodes.usedAt,
      revokedAt: verificationCodes.revokedAt,
      note: verificationCodes.note,
      batchId: verificationCodes.batchId,
      issuedByName: users.displayName,
      issuedByRole: users.role,
      issuedByVerification: users.verification,
    })
    .from(verificationCodes)
    .leftJoin(users, eq(users.id, verificationCodes.issuedById))
    .where(
      and(
        status ? statusCondition[status]() : undefined,
        batch ? eq(verificationCodes.batchId, batch) : undefined,
        cursor
          ? or(
              lt(verificationCodes.createdAt, new Date(cursor.createdAt)),
              and(eq(verificationCodes.createdAt, new Date(cursor.createdAt)), lt(verificationCodes.id, cursor.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(verificationCodes.createdAt), desc(verificationCodes.id))
    .limit(26);
  const now = new Date();
  const page = toPage(rows);
  return {
    nextCursor: page.nextCursor,
    items: page.items.map(
      (row): CodeListItem => ({
        ...row,
        reference: codeReference(row.id),
        batchReference: row.batchId && codeReference(row.batchId),
        status: codeStatus(row, now),
      }),
    ),
  };
}

export interface OwnVerification {
  verification: Verification;
  verifiedAt: Date | null;
}

export async function getOwnVerification(userId: string): Promise<OwnVerification | null> {
  const [row] = await getDb().select({ verification: users.verification, verifiedAt: users.verifiedAt }).from(users).where(eq(users.id, userId));
  return row ?? null;
}
