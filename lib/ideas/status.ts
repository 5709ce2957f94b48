import type { ideaStatuses } from "@/db/schema/ideas";

export type IdeaStatus = (typeof ideaStatuses)[number];

export const IDEA_STATUSES = ["new", "under_review", "accepted", "implemented", "declined"] as const satisfies readonly IdeaStatus[];
/** What staff set with an official answer. */
export const ANSWER_STATUSES = ["under_review", "accepted", "implemented", "declined"] as const satisfies readonly IdeaStatus[];

export const isIdeaStatus = (value: string | undefined): value is IdeaStatus => IDEA_STATUSES.includes(value as IdeaStatus);
