import type { decisionKinds, reportReasons } from "@/db/schema/moderation";

export type ReportReason = (typeof reportReasons)[number];
export type DecisionKind = (typeof decisionKinds)[number];
export type { ModerationTarget, TargetType } from "./targets/types";
export type { TargetPerson } from "./person";
