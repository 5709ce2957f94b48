import type { Database, Transaction } from "@/db/client";
import type { moderationTargetTypes } from "@/db/schema/moderation";
import type { TargetPerson } from "../person";

export type TargetType = (typeof moderationTargetTypes)[number];

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

/**
 * One adapter per kind of target: load them, hide one, show it again. `loadMany` reads all the
 * given ids in one query, so a list of targets costs one query per kind, not one per row.
 */
export interface TargetAdapter {
  /** The targets among `ids` that exist (any order; missing ones are left out). */
  loadMany(ids: readonly string[], db: Database | Transaction): Promise<ModerationTarget[]>;
  hide?(id: string, decisionId: string, tx: Transaction): Promise<void>;
  restore?(id: string, decisionId: string, tx: Transaction): Promise<void>;
}
