import type { MaybeActor, UploadOwnerFacts } from "@/lib/policy";

/**
 * One adapter per kind of thing files belong to. It reads the thing and answers, through its own
 * domain's rules in lib/policy/rules.ts, what the policy's "upload.*" rules need to know.
 */
export interface UploadOwnerAdapter {
  /** The facts for this actor, or null when the thing does not exist (any more). */
  loadFacts(ownerId: string, actor: MaybeActor): Promise<UploadOwnerFacts | null>;
  /** The pages that show the thing's files, refreshed after a file is added or removed. */
  paths(ownerId: string): string[] | Promise<string[]>;
}
