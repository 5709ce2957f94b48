import { rules, type RuleName, type SubjectOf } from "./rules";
import type { MaybeActor } from "./actor";

export * from "./actor";
export {
  rules,
  mayHoldStaffRole,
  appealDeadline,
  APPEAL_PERIOD_MONTHS,
  type RuleName,
  type SubjectOf,
} from "./rules";
export {
  confidentialParties,
  MAX_CONVERSATION_MEMBERS,
  type ConversationFacts,
  type MessageAudience,
  type MessageRecipientFacts,
  type ReportableMessageFacts,
  type AnnouncementFacts,
  type AppealFacts,
  type AppealableDecisionFacts,
  type CommentFacts,
  type ConcernFacts,
  type ConcernStaffFacts,
  type DecisionTargetFacts,
  type EditableAnnouncementFacts,
  type IdeaFacts,
  type MediationFacts,
  type MediationSourceFacts,
  type OwnAccountFacts,
  type ReportTargetFacts,
  type ShiftFacts,
  type SpaceFacts,
  type SpaceMembershipFact,
  type SpaceTargetMemberFacts,
  type TargetAccount,
  type UploadOwnerFacts,
} from "./facts";

type SubjectArgs<R extends RuleName> = SubjectOf<R> extends undefined ? [] : [subject: SubjectOf<R>];

/** May `actor` do `rule` (to `subject`)? The only question the app asks about permissions. */
export function can<R extends RuleName>(actor: MaybeActor, rule: R, ...subject: SubjectArgs<R>): boolean {
  const check = rules[rule] as (actor: MaybeActor, subject?: unknown) => boolean;
  return check(actor, subject[0]);
}
