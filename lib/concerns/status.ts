import type { concernStatuses } from "@/db/schema/concerns";

export type ConcernStatus = (typeof concernStatuses)[number];

/** The order staff move a concern through; resolved, declined and forwarded close it. */
export const CONCERN_STATUSES = ["received", "in_review", "in_progress", "resolved", "declined", "forwarded"] as const satisfies readonly ConcernStatus[];
export const STAFF_STATUSES = ["in_review", "in_progress", "resolved", "declined", "forwarded"] as const satisfies readonly ConcernStatus[];
export const CLOSED_STATUSES: readonly ConcernStatus[] = ["resolved", "declined", "forwarded"];

export const isClosed = (status: ConcernStatus) => CLOSED_STATUSES.includes(status);

/** Four weeks after "resolved" the author is asked whether it really is. */
export const RESOLUTION_CHECK_DAYS = 28;
