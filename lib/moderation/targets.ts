import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb, type Database, type Transaction } from "@/db/client";
import { announcementComments, announcements, users } from "@/db/schema";
import type { moderationTargetTypes } from "@/db/schema/moderation";
import { commentPageCursor } from "@/lib/announcements/comments/queries";
import { commentHref } from "@/lib/announcements/comments/paths";
import { announcementPath } from "@/lib/announcements/paths";
import { memberProfilePath } from "@/lib/users/paths";
import type { Role, Verification } from "@/lib/policy";

export type TargetType = (typeof moderationTargetTypes)[number];


export interface TargetPerson {
  id: string;
  displayName: string | null;
  username: string | null;
  role: Role;
  verification: Verification;
}

/** What moderation knows about a reportable thing, whatever kind it is. */
export interface ModerationTarget {
  type: TargetType;
  id: string;
  /** Whose it is: the author of content, or the account itself. Null once the author's account is gone. */
  author: TargetPerson | null;
  /** The reported text itself (a comment's body, an announcement's title and summary); null for an account. */
  text: string | null;
  /** Where it lives: the announcement a comment belongs to. */
  context: { title: string; href: string } | null;
  /** Where to see it on the platform. */
  href: string;
  createdAt: Date;
  /** Content can be hidden; an account cannot. */
  hideable: boolean;
  hiddenByDecisionId: string | null;
}

/** One adapter per kind of target: load it, hide it, show it again. Later content types add theirs here. */
interface TargetAdapter {
  load(id: string, db: Database | Transaction): Promise<ModerationTarget | null>;
  hide?(id: string, decisionId: string, tx: Transaction): Promise<void>;
  restore?(id: string, decisionId: string, tx: Transaction): Promise<void>;
}

const person = {
  id: users.id,
  displayName: users.displayName,
  username: users.username,
  role: users.role,
  verification: users.verification,
  status: users.status,
};

function toPerson(row: { id: string | null; displayName: string | null; username: string | null; role: Role | null; verification: Verification | null; status: string | null } | null): TargetPerson | null {
  if (!row || !row.id || !row.role || !row.verification || row.status === "deleted") return null;
  return { id: row.id, displayName: row.displayName, username: row.username, role: row.role, verification: row.verification };
}

const adapters: Record<TargetType, TargetAdapter> = {
  comment: {
    async load(id, db) {
      const [row] = await db
        .select({
          id: announcementComments.id,
          body: announcementComments.body,
          createdAt: announcementComments.createdAt,
          hiddenByDecisionId: announcementComments.hiddenByDecisionId,
          announcementId: announcements.id,
          announcementTitle: announcements.title,
          author: person,
        })
        .from(announcementComments)
        .innerJoin(announcements, eq(announcements.id, announcementComments.announcementId))
        .leftJoin(users, eq(users.id, announcementComments.authorId))
        .where(eq(announcementComments.id, id));
      if (!row) return null;
      return {
        type: "comment",
        id: row.id,
        author: toPerson(row.author),
        text: row.body,
        context: { title: row.announcementTitle, href: announcementPath(row.announcementId) },
        href: commentHref({ announcementId: row.announcementId, commentId: row.id, from: commentPageCursor(row) }),
        createdAt: row.createdAt,
        hideable: true,
        hiddenByDecisionId: row.hiddenByDecisionId,
      };
    },
    async hide(id, decisionId, tx) {
      await tx.update(announcementComments).set({ hiddenByDecisionId: decisionId }).where(eq(announcementComments.id, id));
    },
    async restore(id, decisionId, tx) {
      await tx
        .update(announcementComments)
        .set({ hiddenByDecisionId: null })
        .where(sql`${announcementComments.id} = ${id} and ${announcementComments.hiddenByDecisionId} = ${decisionId}`);
    },
  },
  announcement: {
    async load(id, db) {
      const [row] = await db
        .select({
          id: announcements.id,
          title: announcements.title,
          summary: announcements.summary,
          createdAt: announcements.publishAt,
          hiddenByDecisionId: announcements.hiddenByDecisionId,
          author: person,
        })
        .from(announcements)
        .leftJoin(users, eq(users.id, announcements.authorId))
        .where(eq(announcements.id, id));
      if (!row) return null;
      return {
        type: "announcement",
        id: row.id,
        author: toPerson(row.author),
        text: `${row.title}\n\n${row.summary}`,
        context: null,
        href: announcementPath(row.id),
        createdAt: row.createdAt,
        hideable: true,
        hiddenByDecisionId: row.hiddenByDecisionId,
      };
    },
    async hide(id, decisionId, tx) {
      await tx.update(announcements).set({ hiddenByDecisionId: decisionId }).where(eq(announcements.id, id));
    },
    async restore(id, decisionId, tx) {
      await tx
        .update(announcements)
        .set({ hiddenByDecisionId: null })
        .where(sql`${announcements.id} = ${id} and ${announcements.hiddenByDecisionId} = ${decisionId}`);
    },
  },
  user: {
    async load(id, db) {
      const [row] = await db.select({ ...person, createdAt: users.createdAt }).from(users).where(eq(users.id, id));
      const account = row && toPerson(row);
      if (!row || !account || !account.username) return null;
      return {
        type: "user",
        id: row.id,
        author: account,
        text: null,
        context: null,
        href: memberProfilePath(account.username),
        createdAt: row.createdAt,
        hideable: false,
        hiddenByDecisionId: null,
      };
    },
  },
};

/** The target, or null when it does not exist (any more). */
export function loadTarget(type: TargetType, id: string, db: Database | Transaction = getDb()) {
  return adapters[type].load(id, db);
}

export async function hideTarget(type: TargetType, id: string, decisionId: string, tx: Transaction) {
  const hide = adapters[type].hide;
  if (!hide) throw new Error(`a ${type} cannot be hidden`);
  await hide(id, decisionId, tx);
}

/** Shows content again that this decision hid (and nothing another decision hid). */
export async function restoreTarget(type: TargetType, id: string, decisionId: string, tx: Transaction) {
  await adapters[type].restore?.(id, decisionId, tx);
}
