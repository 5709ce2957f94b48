import "server-only";
import { getDb, type Database, type Transaction } from "@/db/client";
import { announcementTarget } from "./announcement";
import { commentTarget } from "./comment";
import type { ModerationTarget, TargetAdapter, TargetType } from "./types";
import { userTarget } from "./user";
import { spacePostTarget } from "./space-post";
import { concernTarget } from "./concern";
import { ideaTarget } from "./idea";
import { ideaCommentTarget } from "./idea-comment";
import { messageTarget } from "./message";

export type { ModerationTarget, TargetType } from "./types";
export type { TargetPerson } from "../person";

/**
 * The registry of what can be reported: one adapter per kind. A new kind of content adds its adapter
 * file here and its name to `moderationTargetTypes` in db/schema/moderation.ts (see CONTRIBUTING.md).
 */
const adapters: Record<TargetType, TargetAdapter> = {
  comment: commentTarget,
  announcement: announcementTarget,
  user: userTarget,
  space_post: spacePostTarget,
  concern: concernTarget,
  idea: ideaTarget,
  idea_comment: ideaCommentTarget,
  message: messageTarget,
};

/** The target, or null when it does not exist (any more). */
export async function loadTarget(type: TargetType, id: string, db: Database | Transaction = getDb()): Promise<ModerationTarget | null> {
  const [target] = await adapters[type].loadMany([id], db);
  return target ?? null;
}

const refKey = (ref: { type: TargetType; id: string }) => `${ref.type}:${ref.id}`;

/**
 * Many targets at once, for lists: one query per kind of target among `refs`, whatever their
 * number. Look one up with `get(type, id)` (null when it does not exist any more).
 */
export async function loadTargets(refs: ReadonlyArray<{ type: TargetType; id: string }>, db: Database | Transaction = getDb()) {
  const idsByType = new Map<TargetType, Set<string>>();
  for (const ref of refs) {
    if (!idsByType.has(ref.type)) idsByType.set(ref.type, new Set());
    idsByType.get(ref.type)!.add(ref.id);
  }
  const loaded = await Promise.all([...idsByType].map(([type, ids]) => adapters[type].loadMany([...ids], db)));
  const byKey = new Map(loaded.flat().map((target) => [refKey(target), target]));
  return { get: (type: TargetType, id: string): ModerationTarget | null => byKey.get(refKey({ type, id })) ?? null };
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
