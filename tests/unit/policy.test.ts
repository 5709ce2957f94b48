import { describe, expect, test } from "vitest";
import {
  appealDeadline,
  confidentialParties,
  can,
  effectiveStatus,
  mayHoldStaffRole,
  rules,
  type Actor,
  type AppealableDecisionFacts,
  type ConcernFacts,
  type IdeaFacts,
  type ConversationFacts,
  type MessageAudience,
  type MessageRecipientFacts,
  type ConcernStaffFacts,
  type DecisionTargetFacts,
  type MaybeActor,
  type MediationFacts,
  type MediationSourceFacts,
  type Role,
  type SpaceFacts,
  type RuleName,
  type SubjectOf,
  type TargetAccount,
} from "@/lib/policy";

const HOUR = 60 * 60 * 1000;
const inOneWeek = () => new Date(Date.now() + 7 * 24 * HOUR);
const anHourAgo = () => new Date(Date.now() - HOUR);

const person = (id: string, facts: Partial<Actor> = {}): Actor => ({
  id,
  role: "member",
  verification: "email",
  status: "active",
  suspendedUntil: null,
  profileComplete: true,
  ...facts,
});

/** Every kind of actor the platform knows, including the states an account passes through. */
const ACTORS = {
  visitor: null,
  incompleteProfile: person("incomplete", { profileComplete: false }),
  suspendedForAWeek: person("suspended", { verification: "verified", status: "suspended", suspendedUntil: inOneWeek() }),
  suspendedIndefinitely: person("suspended-indef", { verification: "verified", status: "suspended", suspendedUntil: null }),
  suspensionOver: person("suspension-over", { status: "suspended", suspendedUntil: anHourAgo() }),
  member: person("member"),
  verifiedMember: person("verified", { verification: "verified" }),
  staff: person("staff", { role: "staff", verification: "verified" }),
  moderator: person("moderator", { role: "moderator", verification: "verified" }),
  admin: person("admin", { role: "admin", verification: "verified" }),
  /** An admin who has not accepted the current terms yet: the profile counts as incomplete. */
  adminWithOldTerms: person("admin-old-terms", { role: "admin", verification: "verified", profileComplete: false }),
  suspendedAdmin: person("suspended-admin", { role: "admin", verification: "verified", status: "suspended", suspendedUntil: inOneWeek() }),
  /** A deleted account keeps no rights, whatever role it had. */
  deletedAdmin: person("deleted-admin", { role: "admin", verification: "verified", status: "deleted" }),
} satisfies Record<string, MaybeActor>;

type ActorKind = keyof typeof ACTORS;
const ACTOR_KINDS = Object.keys(ACTORS) as ActorKind[];

const Y = true;
const N = false;

/**
 * The expected answer for every rule and every actor. Column order = ACTORS above:
 *  visitor | incompleteProfile | suspendedForAWeek | suspendedIndefinitely | suspensionOver | member |
 *  verifiedMember | staff | moderator | admin | adminWithOldTerms | suspendedAdmin | deletedAdmin
 * Rules about another account are asked with an ordinary subject (see DEFAULT_SUBJECTS); how the
 * subject changes the answer is tested further down.
 */
const EXPECTED: Record<RuleName, boolean[]> = {
  //                               vis inc sus1w susInd over mem ver stf mod adm admOld susAdm delAdm
  "auth.requestLink":             [Y,  Y,  Y,    Y,     Y,   Y,  Y,  Y,  Y,  Y,  Y,     Y,     Y],
  "auth.signInWithPassword":      [Y,  Y,  Y,    Y,     Y,   Y,  Y,  Y,  Y,  Y,  Y,     Y,     Y],
  "auth.signOut":                 [N,  Y,  Y,    Y,     Y,   Y,  Y,  Y,  Y,  Y,  Y,     Y,     Y],
  "auth.signOutEverywhere":       [N,  Y,  Y,    Y,     Y,   Y,  Y,  Y,  Y,  Y,  Y,     Y,     Y],
  "locale.change":                [Y,  Y,  Y,    Y,     Y,   Y,  Y,  Y,  Y,  Y,  Y,     Y,     Y],
  "profile.complete":             [N,  Y,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  Y,     N,     N],
  "terms.accept":                 [N,  Y,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  Y,     N,     N],
  "account.updateProfile":        [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "account.setPassword":          [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "account.updateInterests":      [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "account.delete":               [N,  Y,  Y,    Y,     Y,   Y,  Y,  Y,  Y,  Y,  Y,     Y,     N],
  "account.exportData":           [N,  Y,  Y,    Y,     Y,   Y,  Y,  Y,  Y,  Y,  Y,     Y,     N],
  "account.downloadExport":       [N,  Y,  Y,    Y,     Y,   Y,  Y,  Y,  Y,  Y,  Y,     Y,     N],
  "accessibility.sendFeedback":   [Y,  Y,  Y,    Y,     Y,   Y,  Y,  Y,  Y,  Y,  Y,     Y,     Y],
  "verification.redeemCode":      [N,  N,  N,    N,     Y,   Y,  N,  N,  N,  N,  N,     N,     N],
  "verification.manageCodes":     [N,  N,  N,    N,     N,   N,  N,  Y,  N,  Y,  N,     N,     N],
  "idea.submit":                  [N,  N,  N,    N,     N,   N,  Y,  Y,  Y,  Y,  N,     N,     N],
  "idea.support":                 [N,  N,  N,    N,     N,   N,  Y,  Y,  Y,  Y,  N,     N,     N],
  // Asked about someone else's idea hidden by moderation.
  "idea.read":                    [N,  N,  N,    N,     N,   N,  N,  N,  Y,  N,  N,     N,     N],
  "idea.comment":                 [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  // Asked about the actor's own comment.
  "idea.comment.delete":          [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "idea.inbox":                   [N,  N,  N,    N,     N,   N,  N,  Y,  N,  N,  N,     N,     N],
  // Asked about an idea routed to the staff member's own department.
  "idea.answer":                  [N,  N,  N,    N,     N,   N,  N,  Y,  N,  N,  N,     N,     N],
  "concern.submit":               [N,  N,  N,    N,     N,   N,  Y,  Y,  Y,  Y,  N,     N,     N],
  // Asked about another person's private concern of the staff member's own department.
  "concern.read":                 [N,  N,  N,    N,     N,   N,  N,  Y,  N,  N,  N,     N,     N],
  "concern.cosign":               [N,  N,  N,    N,     N,   N,  Y,  Y,  Y,  Y,  N,     N,     N],
  // Asked about the actor's own concern (resolved, for reopening).
  "concern.postUpdate":           [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "concern.reopen":               [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "concern.attach":               [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "concern.inbox":                [N,  N,  N,    N,     N,   N,  N,  Y,  N,  N,  N,     N,     N],
  "concern.handle":               [N,  N,  N,    N,     N,   N,  N,  Y,  N,  N,  N,     N,     N],
  "concern.manageTemplates":      [N,  N,  N,    N,     N,   N,  N,  Y,  N,  N,  N,     N,     N],
  "space.create":                 [N,  N,  N,    N,     N,   N,  Y,  Y,  Y,  Y,  N,     N,     N],
  "space.read":                   [Y,  Y,  Y,    Y,     Y,   Y,  Y,  Y,  Y,  Y,  Y,     Y,     Y],
  "space.edit":                   [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "space.join":                   [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "space.requestJoin":            [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "space.acceptInvitation":       [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "space.leave":                  [N,  Y,  Y,    Y,     Y,   Y,  Y,  Y,  Y,  Y,  Y,     Y,     N],
  "space.follow":                 [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "space.manageMembers":          [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "space.removeMember":           [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "space.changeRole":             [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "space.transferOwnership":      [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "space.post":                   [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "space.post.delete":            [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "space.moderate":               [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "space.event.manage":           [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "space.event.rsvp":             [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "space.shift.manage":           [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "space.shift.signUp":           [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  // Signing off is a withdrawal: still possible while suspended, as leaving a space is.
  "space.shift.signOff":          [N,  Y,  Y,    Y,     Y,   Y,  Y,  Y,  Y,  Y,  Y,     Y,     N],
  "space.calendarLink.create":    [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "space.calendarLink.revoke":    [N,  Y,  Y,    Y,     Y,   Y,  Y,  Y,  Y,  Y,  Y,     Y,     N],
  "message.compose":              [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "message.start":                [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "message.send":                 [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "message.read":                 [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "message.leave":                [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "message.report":               [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "message.block":                [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "message.unblock":              [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "message.settings":             [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "announcement.manage":          [N,  N,  N,    N,     N,   N,  N,  Y,  N,  N,  N,     N,     N],
  "announcement.edit":            [N,  N,  N,    N,     N,   N,  N,  Y,  N,  N,  N,     N,     N],
  "announcement.comment":         [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "upload.view":                  [Y,  Y,  Y,    Y,     Y,   Y,  Y,  Y,  Y,  Y,  Y,     Y,     Y],
  "upload.attach":                [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "upload.remove":                [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "comment.edit":                 [N,  N,  N,    N,     N,   N,  N,  N,  N,  N,  N,     N,     N],
  "comment.delete":               [N,  N,  N,    N,     N,   N,  N,  N,  N,  N,  N,     N,     N],
  "report.create":                [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "notification.read":            [N,  Y,  Y,    Y,     Y,   Y,  Y,  Y,  Y,  Y,  Y,     Y,     N],
  "notification.preferences":     [N,  Y,  Y,    Y,     Y,   Y,  Y,  Y,  Y,  Y,  Y,     Y,     N],
  "notification.unsubscribe":     [Y,  Y,  Y,    Y,     Y,   Y,  Y,  Y,  Y,  Y,  Y,     Y,     Y],
  "moderation.queue.read":        [N,  N,  N,    N,     N,   N,  N,  N,  Y,  N,  N,     N,     N],
  "moderation.report.claim":      [N,  N,  N,    N,     N,   N,  N,  N,  Y,  N,  N,     N,     N],
  "moderation.decide":            [N,  N,  N,    N,     N,   N,  N,  N,  Y,  N,  N,     N,     N],
  "moderation.decision.read":     [N,  N,  N,    N,     N,   N,  N,  N,  Y,  N,  N,     N,     N],
  // Asked about a decision concerning the actor: a suspended person must be able to object to it.
  "moderation.appeal.submit":     [N,  N,  Y,    Y,     Y,   Y,  Y,  Y,  Y,  Y,  N,     Y,     N],
  "moderation.appeal.decide":     [N,  N,  N,    N,     N,   N,  N,  N,  Y,  N,  N,     N,     N],
  "mediation.open":               [N,  N,  N,    N,     N,   N,  N,  N,  Y,  N,  N,     N,     N],
  "mediation.openFromReport":     [N,  N,  N,    N,     N,   N,  N,  N,  Y,  N,  N,     N,     N],
  // Asked about a case the actor is a party to.
  "mediation.read":               [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "mediation.post":               [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "mediation.close":              [N,  N,  N,    N,     N,   N,  N,  N,  Y,  N,  N,     N,     N],
  "auditLog.read":                [N,  N,  N,    N,     N,   N,  N,  N,  Y,  Y,  N,     N,     N],
  "area.member":                  [N,  N,  N,    N,     Y,   Y,  Y,  Y,  Y,  Y,  N,     N,     N],
  "area.staff":                   [N,  N,  N,    N,     N,   N,  N,  Y,  N,  N,  N,     N,     N],
  "area.moderation":              [N,  N,  N,    N,     N,   N,  N,  N,  Y,  N,  N,     N,     N],
  "area.admin":                   [N,  N,  N,    N,     N,   N,  N,  N,  N,  Y,  N,     N,     N],
  "admin.users.read":             [N,  N,  N,    N,     N,   N,  N,  N,  N,  Y,  N,     N,     N],
  "admin.delivery.manage":        [N,  N,  N,    N,     N,   N,  N,  N,  N,  Y,  N,     N,     N],
  "admin.settings.update":        [N,  N,  N,    N,     N,   N,  N,  N,  N,  Y,  N,     N,     N],
  "admin.terms.publish":          [N,  N,  N,    N,     N,   N,  N,  N,  N,  Y,  N,     N,     N],
  "admin.accessibilityFeedback.read": [N, N, N,    N,     N,   N,  N,  N,  N,  Y,  N,     N,     N],
  "admin.user.changeEmail":       [N,  N,  N,    N,     N,   N,  N,  N,  N,  Y,  N,     N,     N],
  "admin.user.changeRole":        [N,  N,  N,    N,     N,   N,  N,  N,  N,  Y,  N,     N,     N],
  "admin.user.setVerification":   [N,  N,  N,    N,     N,   N,  N,  N,  N,  Y,  N,     N,     N],
  "admin.user.suspend":           [N,  N,  N,    N,     N,   N,  N,  N,  N,  Y,  N,     N,     N],
  "admin.user.unsuspend":         [N,  N,  N,    N,     N,   N,  N,  N,  N,  Y,  N,     N,     N],
};

const account = (facts: Partial<TargetAccount> = {}): TargetAccount => ({
  id: "target",
  role: "member",
  verification: "email",
  status: "active",
  officialDomain: false,
  ...facts,
});

/** A concern of someone else, public, in progress, routed to department 1. */
const concernOf = (facts: Partial<ConcernFacts> = {}): ConcernFacts => ({
  authorId: "someone-else",
  visibility: "public",
  status: "in_progress",
  departmentId: 1,
  hidden: false,
  cosignedByActor: false,
  ...facts,
});
/** An idea of someone else, new, visible, routed to department 1. */
const ideaOf = (facts: Partial<IdeaFacts> = {}): IdeaFacts => ({
  authorId: "someone-else",
  status: "new",
  departmentId: 1,
  hidden: false,
  supportedByActor: false,
  ...facts,
});
/** The asking staff member works for department 1. */
const OWN_DEPARTMENT: ConcernStaffFacts = { departmentId: 1, handlesAll: false };

type SubjectRule = { [R in RuleName]: SubjectOf<R> extends undefined ? never : R }[RuleName];

/** A subject, or one built for the actor asking (a decision about them, a case they are a party to). */
type DefaultSubject<R extends SubjectRule> = SubjectOf<R> | ((actor: MaybeActor) => SubjectOf<R>);

const idOf = (actor: MaybeActor) => actor?.id ?? "nobody";

/**
 * An ordinary case for each rule that is about something: the answer then depends only on the actor.
 * Rules about one's own things (appealing a decision about oneself, a mediation case one is party to)
 * are asked with the actor's own subject, so the row shows who may do it at all.
 */
/** A public, open space the actor has no relation to, unless told otherwise. */
const space = (facts: Partial<SpaceFacts> = {}): SpaceFacts => ({ visibility: "public", joinPolicy: "open", membership: null, ...facts });

/** A person sharing a space with the actor, default setting, no block, unless told otherwise. */
const recipient = (facts: Partial<MessageRecipientFacts> = {}): MessageRecipientFacts => ({
  id: "someone-else",
  audience: "shared_space",
  sharesSpace: true,
  inActorsPartnerSpace: false,
  blocked: false,
  reachable: true,
  ...facts,
});
const conversationOf = (facts: Partial<ConversationFacts> = {}): ConversationFacts => ({ member: true, isGroup: false, closed: false, ...facts });

const DEFAULT_SUBJECTS: { [R in SubjectRule]: DefaultSubject<R> } = {
  "admin.user.changeRole": { target: account({ verification: "verified" }), newRole: "moderator" },
  "admin.user.setVerification": { target: account() },
  "admin.user.suspend": { target: account() },
  "admin.user.unsuspend": { target: account({ status: "suspended" }) },
  "admin.user.changeEmail": { target: account() },
  "idea.support": { idea: ideaOf() },
  "idea.read": { idea: ideaOf({ hidden: true }) },
  "idea.comment": { idea: ideaOf() },
  "idea.comment.delete": (actor) => ({ comment: { authorId: idOf(actor) } }),
  "idea.answer": { idea: ideaOf(), staff: OWN_DEPARTMENT },
  // Not the last admin: that case is tested below.
  "account.delete": { account: { lastActiveAdmin: false } },
  "concern.read": { concern: concernOf({ visibility: "private" }), staff: OWN_DEPARTMENT },
  "concern.cosign": { concern: concernOf() },
  "concern.postUpdate": (actor) => ({ concern: concernOf({ authorId: idOf(actor) }) }),
  "concern.reopen": (actor) => ({ concern: concernOf({ authorId: idOf(actor), status: "resolved" }) }),
  "concern.attach": (actor) => ({ concern: concernOf({ authorId: idOf(actor) }) }),
  "concern.handle": { concern: concernOf(), staff: OWN_DEPARTMENT },
  "concern.manageTemplates": { staff: OWN_DEPARTMENT },
  "space.read": { space: space() },
  "space.edit": { space: space({ membership: "organiser" }) },
  "space.join": { space: space() },
  "space.requestJoin": { space: space({ joinPolicy: "request" }) },
  "space.acceptInvitation": { space: space({ membership: "invited" }) },
  "space.leave": { space: space({ membership: "member" }) },
  "space.follow": { space: space() },
  "space.manageMembers": { space: space({ membership: "organiser" }) },
  "space.removeMember": { space: space({ membership: "organiser" }), target: { id: "someone-else", membership: "member" } },
  "space.changeRole": { space: space({ membership: "owner" }), target: { id: "someone-else", membership: "member" } },
  "space.transferOwnership": { space: space({ membership: "owner" }), target: { id: "someone-else", membership: "organiser" } },
  "space.post": { space: space({ membership: "member" }) },
  "space.post.delete": (actor) => ({ space: space({ membership: "member" }), post: { authorId: idOf(actor) } }),
  "space.moderate": { space: space({ membership: "organiser" }) },
  "space.event.manage": { space: space({ membership: "organiser" }) },
  "space.event.rsvp": { space: space() },
  "space.shift.manage": { space: space({ membership: "organiser" }) },
  "space.shift.signUp": { space: space() },
  "space.shift.signOff": { space: space(), shift: { closed: false, signedUp: true } },
  // Someone who shares a space with the actor and keeps the default setting; a conversation the actor is in.
  "message.start": { recipients: [recipient()] },
  "message.send": { conversation: conversationOf() },
  "message.read": { conversation: conversationOf() },
  "message.leave": { conversation: conversationOf({ isGroup: true }) },
  "message.report": { conversation: conversationOf(), message: { senderId: "someone-else" } },
  "message.block": { target: { id: "someone-else" } },
  // Their own export; someone else's is tested below.
  "account.downloadExport": (actor) => ({ export: { userId: idOf(actor) } }),
  "announcement.comment": { announcement: { visible: true, commentsEnabled: true } },
  // Someone else's comment: nobody may change it (moderation hides, it does not edit).
  "comment.edit": { comment: { authorId: "someone-else", underModeration: false } },
  "comment.delete": { comment: { authorId: "someone-else", underModeration: false } },
  "announcement.edit": { announcement: { underModeration: false } },
  // A public thing's files are anyone's to see; attaching asks whether the thing's own rules let the actor change it.
  "upload.view": { owner: { public: true, visibleToActor: false, editableByActor: false } },
  "upload.attach": { owner: { public: true, visibleToActor: true, editableByActor: true } },
  "upload.remove": { owner: { public: true, visibleToActor: true, editableByActor: true } },
  "report.create": { target: { authorId: "someone-else" } },
  "moderation.report.claim": { target: { affectedUserId: "someone-else" } },
  "moderation.decide": { target: { affectedUserId: "someone-else", affectedRole: "member", hideable: true }, kind: "hide" },
  // Someone else's statement of reasons: only moderators read it.
  "moderation.decision.read": { decision: { affectedUserId: "someone-else" } },
  "moderation.appeal.submit": (actor) => ({
    decision: { affectedUserId: idOf(actor), kind: "hide", createdAt: anHourAgo(), alreadyAppealed: false, reversed: false },
  }),
  "moderation.appeal.decide": { appeal: { open: true, decidedById: "another-moderator" } },
  "mediation.read": (actor) => ({ mediation: { open: true, partyIds: [idOf(actor), "other-party"] } }),
  "mediation.post": (actor) => ({ mediation: { open: true, partyIds: [idOf(actor), "other-party"] } }),
  "mediation.openFromReport": { source: { reported: true, authorId: "someone-else", confidentialReporterIds: [] } },
  // A case between two other people.
  "mediation.close": { mediation: { open: true, partyIds: ["party-a", "party-b"] } },
};

function ask(actor: MaybeActor, rule: RuleName): boolean {
  const entry = (DEFAULT_SUBJECTS as Partial<Record<RuleName, unknown>>)[rule];
  const subject = typeof entry === "function" ? (entry as (actor: MaybeActor) => unknown)(actor) : entry;
  return (can as (a: MaybeActor, r: RuleName, s?: unknown) => boolean)(actor, rule, subject);
}

const matrix = (Object.keys(EXPECTED) as RuleName[]).flatMap((rule) =>
  ACTOR_KINDS.map((kind, column) => [kind, rule, EXPECTED[rule][column]] as const),
);

describe("the policy matrix", () => {
  test("covers every rule in lib/policy/rules.ts and nothing else", () => {
    const missing = Object.keys(rules).filter((rule) => !(rule in EXPECTED));
    const stale = Object.keys(EXPECTED).filter((rule) => !(rule in rules));
    expect(missing, `rules without a row in the policy matrix: ${missing.join(", ")}`).toEqual([]);
    expect(stale, `rows in the policy matrix for rules that no longer exist: ${stale.join(", ")}`).toEqual([]);
  });

  test("has one answer per actor in every row", () => {
    for (const [rule, row] of Object.entries(EXPECTED)) {
      expect(row, `row "${rule}"`).toHaveLength(ACTOR_KINDS.length);
    }
  });

  test("gives every rule about another account an ordinary subject", () => {
    const needsSubject = Object.keys(rules).filter((rule) => rules[rule as RuleName].length >= 2);
    expect(Object.keys(DEFAULT_SUBJECTS).sort()).toEqual(needsSubject.sort());
  });

  test.each(matrix)("%s → %s: %s", (kind, rule, expected) => {
    expect(ask(ACTORS[kind], rule)).toBe(expected);
  });
});

describe("account.downloadExport, by subject", () => {
  test("nobody downloads someone else's export, not even an admin", () => {
    expect(can(ACTORS.admin, "account.downloadExport", { export: { userId: "someone-else" } })).toBe(false);
    expect(can(ACTORS.member, "account.downloadExport", { export: { userId: ACTORS.member.id } })).toBe(true);
  });
});

describe("suspension end dates", () => {
  const suspended = (until: Date | null) => ({ status: "suspended" as const, suspendedUntil: until });
  const now = new Date("2026-05-01T12:00:00Z");

  test("a suspension counts until its end and no longer from that moment on", () => {
    expect(effectiveStatus(suspended(new Date("2026-05-01T12:00:01Z")), now)).toBe("suspended");
    expect(effectiveStatus(suspended(new Date("2026-05-01T12:00:00Z")), now)).toBe("active");
    expect(effectiveStatus(suspended(new Date("2026-04-30T12:00:00Z")), now)).toBe("active");
  });

  test("an indefinite suspension never ends by itself", () => {
    expect(effectiveStatus(suspended(null), new Date("2099-01-01T00:00:00Z"))).toBe("suspended");
  });

  test("a deleted account stays deleted whatever its suspension date says", () => {
    expect(effectiveStatus({ status: "deleted", suspendedUntil: new Date("2000-01-01T00:00:00Z") }, now)).toBe("deleted");
  });
});

describe("admin.user.changeRole, by subject", () => {
  const admin = ACTORS.admin;
  const changeRole = (target: TargetAccount, newRole: Role) => can(admin, "admin.user.changeRole", { target, newRole });

  test.each([
    ["verified member → moderator", account({ verification: "verified" }), "moderator", Y],
    ["verified member → admin", account({ verification: "verified" }), "admin", Y],
    ["unverified member → moderator", account(), "moderator", N],
    ["unverified member → admin", account(), "admin", N],
    ["staff → member (demotion)", account({ role: "staff", verification: "verified", officialDomain: true }), "member", Y],
    ["another admin → member", account({ role: "admin", verification: "verified" }), "member", Y],
    ["suspended verified member → moderator", account({ status: "suspended", verification: "verified" }), "moderator", Y],
    ["verified, official domain → staff", account({ verification: "verified", officialDomain: true }), "staff", Y],
    ["verified, private domain → staff", account({ verification: "verified", officialDomain: false }), "staff", N],
    ["unverified, official domain → staff", account({ verification: "email", officialDomain: true }), "staff", N],
    ["unverified, private domain → staff", account(), "staff", N],
    ["moderator → moderator (no change)", account({ role: "moderator" }), "moderator", N],
    ["member → member (no change)", account(), "member", N],
    ["deleted account → moderator", account({ status: "deleted" }), "moderator", N],
    ["own account → member", account({ id: admin.id, role: "admin", verification: "verified" }), "member", N],
  ] as const)("%s: %s", (_label, target, newRole, expected) => {
    expect(changeRole(target, newRole)).toBe(expected);
  });

  test("no one but an active admin with a complete profile may change roles, even in the easiest case", () => {
    const easy = { target: account({ verification: "verified" }), newRole: "moderator" as const };
    for (const kind of ACTOR_KINDS) {
      expect(can(ACTORS[kind], "admin.user.changeRole", easy), kind).toBe(kind === "admin");
    }
  });
});

describe("admin.user.setVerification, by subject", () => {
  test.each([
    ["an unverified member", account(), Y],
    ["a verified member (to remove the badge)", account({ verification: "verified" }), Y],
    ["a staff account", account({ role: "staff", verification: "verified", officialDomain: true }), Y],
    ["a suspended account", account({ status: "suspended" }), Y],
    ["a deleted account", account({ status: "deleted" }), N],
    ["the admin's own account", account({ id: ACTORS.admin.id, role: "admin", verification: "verified" }), N],
  ] as const)("%s: %s", (_label, target, expected) => {
    expect(can(ACTORS.admin, "admin.user.setVerification", { target })).toBe(expected);
  });
});

describe("admin.user.suspend, by subject", () => {
  test.each([
    ["a member", account(), Y],
    ["a staff account", account({ role: "staff", verification: "verified", officialDomain: true }), Y],
    ["a moderator", account({ role: "moderator", verification: "verified" }), Y],
    ["another admin", account({ role: "admin", verification: "verified" }), N],
    ["a deleted account", account({ status: "deleted" }), N],
    ["the admin's own account", account({ id: ACTORS.admin.id, role: "admin", verification: "verified" }), N],
  ] as const)("%s: %s", (_label, target, expected) => {
    expect(can(ACTORS.admin, "admin.user.suspend", { target })).toBe(expected);
  });
});

describe("admin.user.unsuspend, by subject", () => {
  test.each([
    ["a suspended member", account({ status: "suspended" }), Y],
    ["a suspended moderator", account({ role: "moderator", status: "suspended" }), Y],
    ["an account that is not suspended", account({ status: "active" }), N],
    ["a deleted account", account({ status: "deleted" }), N],
    ["the admin's own account", account({ id: ACTORS.admin.id, role: "admin", status: "suspended" }), N],
  ] as const)("%s: %s", (_label, target, expected) => {
    expect(can(ACTORS.admin, "admin.user.unsuspend", { target })).toBe(expected);
  });
});

describe("who may hold the staff role", () => {
  test.each([
    [{ verification: "verified", officialDomain: true }, Y],
    [{ verification: "verified", officialDomain: false }, N],
    [{ verification: "email", officialDomain: true }, N],
    [{ verification: "email", officialDomain: false }, N],
  ] as const)("%o: %s", (target, expected) => {
    expect(mayHoldStaffRole(target)).toBe(expected);
  });
});

describe("verified-only actions, by subject", () => {
  test("a verified resident may not support their own idea", () => {
    expect(can(ACTORS.verifiedMember, "idea.support", { idea: ideaOf({ authorId: ACTORS.verifiedMember.id }) })).toBe(N);
    expect(can(ACTORS.verifiedMember, "idea.support", { idea: ideaOf({ authorId: null }) })).toBe(Y);
  });
});

describe("ideas, by subject", () => {
  const resident = ACTORS.verifiedMember;
  test("supporting: once, while the idea is open and visible", () => {
    expect(can(resident, "idea.support", { idea: ideaOf({ supportedByActor: true }) })).toBe(N);
    expect(can(resident, "idea.support", { idea: ideaOf({ hidden: true }) })).toBe(N);
    for (const status of ["implemented", "declined"] as const) expect(can(resident, "idea.support", { idea: ideaOf({ status }) })).toBe(N);
    for (const status of ["new", "under_review", "accepted"] as const) expect(can(resident, "idea.support", { idea: ideaOf({ status }) })).toBe(Y);
  });

  test("a hidden idea: its author and moderators still read it, nobody comments on it", () => {
    expect(can(null, "idea.read", { idea: ideaOf() })).toBe(Y);
    expect(can(null, "idea.read", { idea: ideaOf({ hidden: true }) })).toBe(N);
    expect(can(resident, "idea.read", { idea: ideaOf({ hidden: true, authorId: resident.id }) })).toBe(Y);
    expect(can(resident, "idea.read", { idea: ideaOf({ hidden: true, authorId: null }) })).toBe(N);
    expect(can(resident, "idea.comment", { idea: ideaOf({ hidden: true }) })).toBe(N);
  });

  test("staff answer only their own department's ideas, unless an admin let their department handle all", () => {
    const other = ideaOf({ departmentId: 2 });
    expect(can(ACTORS.staff, "idea.answer", { idea: other, staff: OWN_DEPARTMENT })).toBe(N);
    expect(can(ACTORS.staff, "idea.answer", { idea: other, staff: { departmentId: 1, handlesAll: true } })).toBe(Y);
    expect(can(ACTORS.staff, "idea.answer", { idea: ideaOf({ departmentId: null }), staff: { departmentId: null, handlesAll: false } })).toBe(N);
    expect(can(ACTORS.staff, "idea.answer", { idea: ideaOf(), staff: null })).toBe(N);
  });

  test("only one's own comment is deleted", () => {
    expect(can(resident, "idea.comment.delete", { comment: { authorId: "someone-else" } })).toBe(N);
    expect(can(resident, "idea.comment.delete", { comment: { authorId: null } })).toBe(N);
  });
});

describe("announcement.comment, by subject", () => {
  test.each([
    ["visible, comments on", { visible: true, commentsEnabled: true }, Y],
    ["visible, comments closed", { visible: true, commentsEnabled: false }, N],
    ["not visible (scheduled, expired or unpublished)", { visible: false, commentsEnabled: true }, N],
  ] as const)("%s: %s", (_label, announcement, expected) => {
    expect(can(ACTORS.member, "announcement.comment", { announcement })).toBe(expected);
  });
});

describe("comment.edit and comment.delete, by subject", () => {
  test.each(["comment.edit", "comment.delete"] as const)("%s: only the author, and only while an active member", (rule) => {
    const own = { comment: { authorId: ACTORS.member.id, underModeration: false } };
    expect(can(ACTORS.member, rule, own)).toBe(Y);
    expect(can(ACTORS.verifiedMember, rule, own)).toBe(N);
    expect(can(ACTORS.admin, rule, own)).toBe(N);
    expect(can(ACTORS.member, rule, { comment: { authorId: null, underModeration: false } })).toBe(N);
    const suspendedAuthor = ACTORS.suspendedForAWeek;
    expect(can(suspendedAuthor, rule, { comment: { authorId: suspendedAuthor.id, underModeration: false } })).toBe(N);
  });

  test("a comment under moderation (reported, or decided and still appealable) keeps its text: no edit, but its author may delete it", () => {
    const own = { comment: { authorId: ACTORS.member.id, underModeration: true } };
    expect(can(ACTORS.member, "comment.edit", own)).toBe(N);
    expect(can(ACTORS.member, "comment.delete", own)).toBe(Y);
  });
});

describe("account.delete, by subject", () => {
  test("the last active admin cannot delete their account; with another admin they can", () => {
    expect(can(ACTORS.admin, "account.delete", { account: { lastActiveAdmin: true } })).toBe(N);
    expect(can(ACTORS.admin, "account.delete", { account: { lastActiveAdmin: false } })).toBe(Y);
  });
});

describe("uploads, by the facts of the thing they belong to", () => {
  const owner = (facts: Partial<{ public: boolean; visibleToActor: boolean; editableByActor: boolean }>) => ({
    owner: { public: false, visibleToActor: false, editableByActor: false, ...facts },
  });
  test("a file of a thing that is not public is seen only by whom the thing's rules let see it", () => {
    expect(can(ACTORS.visitor, "upload.view", owner({}))).toBe(N);
    expect(can(ACTORS.member, "upload.view", owner({}))).toBe(N);
    expect(can(ACTORS.staff, "upload.view", owner({ visibleToActor: true }))).toBe(Y);
  });
  test("attaching and removing need a member who may change the thing", () => {
    expect(can(ACTORS.staff, "upload.attach", owner({ public: true, visibleToActor: true }))).toBe(N);
    expect(can(ACTORS.staff, "upload.remove", owner({ public: true, visibleToActor: true }))).toBe(N);
    expect(can(ACTORS.visitor, "upload.attach", owner({ editableByActor: true }))).toBe(N);
    expect(can(ACTORS.staff, "upload.attach", owner({ editableByActor: true }))).toBe(Y);
  });
});

describe("announcement.edit, by subject", () => {
  test("staff edit an announcement unless it is under moderation; withdrawing it stays possible", () => {
    expect(can(ACTORS.staff, "announcement.edit", { announcement: { underModeration: false } })).toBe(Y);
    expect(can(ACTORS.staff, "announcement.edit", { announcement: { underModeration: true } })).toBe(N);
    expect(can(ACTORS.staff, "announcement.manage")).toBe(Y);
  });
});

describe("admin.user.changeEmail, by subject", () => {
  test.each([
    ["a member", account(), Y],
    ["a deleted account", account({ status: "deleted" }), N],
    ["the admin's own account", account({ id: ACTORS.admin.id, role: "admin", verification: "verified" }), N],
  ] as const)("%s: %s", (_label, target, expected) => {
    expect(can(ACTORS.admin, "admin.user.changeEmail", { target })).toBe(expected);
  });
});

describe("report.create, by subject", () => {
  const member = ACTORS.member;

  test("a member reports someone else's content or profile, and content whose author's account is gone", () => {
    expect(can(member, "report.create", { target: { authorId: "someone-else" } })).toBe(Y);
    expect(can(member, "report.create", { target: { authorId: null } })).toBe(Y);
  });

  test("nobody reports their own content or their own profile (a profile's author is the account itself)", () => {
    expect(can(member, "report.create", { target: { authorId: member.id } })).toBe(N);
    expect(can(ACTORS.moderator, "report.create", { target: { authorId: ACTORS.moderator.id } })).toBe(N);
    expect(can(ACTORS.admin, "report.create", { target: { authorId: ACTORS.admin.id } })).toBe(N);
  });
});

describe("moderation.decide, by subject", () => {
  const moderator = ACTORS.moderator;
  type Kind = AppealableDecisionFacts["kind"];
  const KINDS: Kind[] = ["dismiss", "hide", "warn", "suspend"];
  const comment = (facts: Partial<DecisionTargetFacts> = {}): DecisionTargetFacts => ({
    affectedUserId: "author",
    affectedRole: "member",
    hideable: true,
    ...facts,
  });
  const profile = (facts: Partial<DecisionTargetFacts> = {}): DecisionTargetFacts => comment({ hideable: false, ...facts });
  const decide = (target: DecisionTargetFacts, kind: Kind, actor: MaybeActor = moderator) => can(actor, "moderation.decide", { target, kind });

  test("a moderator does not claim the reports about themselves", () => {
    const moderator = ACTORS.moderator;
    expect(can(moderator, "moderation.report.claim", { target: { affectedUserId: "someone-else" } })).toBe(true);
    expect(can(moderator, "moderation.report.claim", { target: { affectedUserId: null } })).toBe(true);
    expect(can(moderator, "moderation.report.claim", { target: { affectedUserId: moderator.id } })).toBe(false);
  });

  test("every kind of decision about a member's comment", () => {
    for (const kind of KINDS) expect(decide(comment(), kind), kind).toBe(Y);
  });

  test("never about oneself: not even a dismissal of reports on one's own comment or profile", () => {
    for (const kind of KINDS) {
      expect(decide(comment({ affectedUserId: moderator.id, affectedRole: "moderator" }), kind), `own comment, ${kind}`).toBe(N);
      expect(decide(profile({ affectedUserId: moderator.id, affectedRole: "moderator" }), kind), `own profile, ${kind}`).toBe(N);
    }
  });

  test("another moderator's content can be decided on", () => {
    expect(decide(comment({ affectedUserId: "other-moderator", affectedRole: "moderator" }), "hide")).toBe(Y);
    expect(decide(comment({ affectedUserId: "other-moderator", affectedRole: "moderator" }), "suspend")).toBe(Y);
  });

  test("hide only what can be hidden: content yes, an account no (warn or suspend it instead)", () => {
    expect(decide(profile(), "hide")).toBe(N);
    expect(decide(profile(), "warn")).toBe(Y);
    expect(decide(profile(), "suspend")).toBe(Y);
    expect(decide(profile(), "dismiss")).toBe(Y);
  });

  test("a warning or suspension needs a person to address; without one only dismiss (or hide, for content) remains", () => {
    const authorGone = comment({ affectedUserId: null, affectedRole: null });
    expect(decide(authorGone, "warn")).toBe(N);
    expect(decide(authorGone, "suspend")).toBe(N);
    expect(decide(authorGone, "hide")).toBe(Y);
    expect(decide(authorGone, "dismiss")).toBe(Y);
    // Content that vanished since it was reported: nothing to hide, nobody to address.
    const vanished = { affectedUserId: null, affectedRole: null, hideable: false };
    expect(decide(vanished, "hide")).toBe(N);
    expect(decide(vanished, "warn")).toBe(N);
    expect(decide(vanished, "dismiss")).toBe(Y);
  });

  test("an admin's account is not suspended by moderation, though their content can be hidden and they can be warned", () => {
    const admins = comment({ affectedUserId: "some-admin", affectedRole: "admin" });
    expect(decide(admins, "suspend")).toBe(N);
    expect(decide(profile({ affectedUserId: "some-admin", affectedRole: "admin" }), "suspend")).toBe(N);
    expect(decide(admins, "hide")).toBe(Y);
    expect(decide(admins, "warn")).toBe(Y);
    expect(decide(comment({ affectedRole: "staff" }), "suspend")).toBe(Y);
    expect(decide(comment({ affectedRole: "moderator", affectedUserId: "other-moderator" }), "suspend")).toBe(Y);
  });

  test("only an active moderator decides, even in the easiest case", () => {
    for (const kind of ACTOR_KINDS) {
      expect(decide(comment(), "dismiss", ACTORS[kind]), kind).toBe(kind === "moderator");
    }
    const suspendedModerator = person("suspended-moderator", { role: "moderator", status: "suspended", suspendedUntil: inOneWeek() });
    expect(decide(comment(), "dismiss", suspendedModerator)).toBe(N);
  });
});

describe("moderation.decision.read, by subject", () => {
  const about = (affectedUserId: string | null) => ({ decision: { affectedUserId } });

  test("the statement of reasons is for the person it is about, also while suspended", () => {
    expect(can(ACTORS.member, "moderation.decision.read", about(ACTORS.member.id))).toBe(Y);
    expect(can(ACTORS.suspendedIndefinitely, "moderation.decision.read", about(ACTORS.suspendedIndefinitely.id))).toBe(Y);
  });

  test("another member, a visitor and a deleted account do not read it; every moderator does", () => {
    expect(can(ACTORS.verifiedMember, "moderation.decision.read", about(ACTORS.member.id))).toBe(N);
    expect(can(null, "moderation.decision.read", about(null))).toBe(N);
    expect(can(ACTORS.deletedAdmin, "moderation.decision.read", about(ACTORS.deletedAdmin.id))).toBe(N);
    expect(can(ACTORS.admin, "moderation.decision.read", about(ACTORS.member.id))).toBe(N);
    expect(can(ACTORS.moderator, "moderation.decision.read", about(ACTORS.member.id))).toBe(Y);
    expect(can(ACTORS.moderator, "moderation.decision.read", about(null))).toBe(Y);
  });
});

describe("moderation.appeal.submit, by subject", () => {
  const decidedAt = new Date("2026-01-15T10:00:00Z");
  const decision = (affectedUserId: string | null, facts: Partial<AppealableDecisionFacts> = {}): AppealableDecisionFacts => ({
    affectedUserId,
    kind: "hide",
    createdAt: decidedAt,
    alreadyAppealed: false,
    reversed: false,
    ...facts,
  });
  const appeal = (actor: MaybeActor, facts: Partial<AppealableDecisionFacts> = {}, now = new Date("2026-02-01T12:00:00Z")) =>
    can(actor, "moderation.appeal.submit", { decision: decision(actor?.id ?? null, facts), now });
  const member = ACTORS.member;

  test("only the affected person appeals: not another member, not a moderator on their behalf", () => {
    const aboutMember = { decision: decision(member.id), now: new Date("2026-02-01T12:00:00Z") };
    expect(can(member, "moderation.appeal.submit", aboutMember)).toBe(Y);
    expect(can(ACTORS.verifiedMember, "moderation.appeal.submit", aboutMember)).toBe(N);
    expect(can(ACTORS.moderator, "moderation.appeal.submit", aboutMember)).toBe(N);
    expect(can(ACTORS.admin, "moderation.appeal.submit", aboutMember)).toBe(N);
    expect(can(member, "moderation.appeal.submit", { decision: decision(null), now: new Date("2026-02-01T12:00:00Z") })).toBe(N);
  });

  test("hide, warn and suspend can be appealed; a dismissal cannot (nothing was done to anyone)", () => {
    expect(appeal(member, { kind: "hide" })).toBe(Y);
    expect(appeal(member, { kind: "warn" })).toBe(Y);
    expect(appeal(member, { kind: "suspend" })).toBe(Y);
    expect(appeal(member, { kind: "dismiss" })).toBe(N);
  });

  test("only once, and not after the decision was reversed", () => {
    expect(appeal(member, { alreadyAppealed: true })).toBe(N);
    expect(appeal(member, { reversed: true })).toBe(N);
  });

  test("within six months of the decision and not a moment later", () => {
    const deadline = appealDeadline(decidedAt);
    // Six calendar months (the clock time may shift by the summer-time hour, the date does not).
    expect(deadline.toISOString().slice(0, 10)).toBe("2026-07-15");
    expect(appeal(member, {}, new Date(decidedAt.getTime() + 60_000))).toBe(Y);
    expect(appeal(member, {}, new Date("2026-07-14T10:00:00Z"))).toBe(Y);
    expect(appeal(member, {}, new Date(deadline.getTime() - 1))).toBe(Y);
    expect(appeal(member, {}, deadline)).toBe(N);
    expect(appeal(member, {}, new Date("2026-07-16T10:00:00Z"))).toBe(N);
    expect(appeal(member, {}, new Date("2027-01-15T10:00:00Z"))).toBe(N);
  });

  test("without `now` the deadline is counted from today", () => {
    const recent = new Date(Date.now() - 24 * HOUR);
    const longAgo = new Date(Date.now() - 200 * 24 * HOUR);
    expect(can(member, "moderation.appeal.submit", { decision: decision(member.id, { createdAt: recent }) })).toBe(Y);
    expect(can(member, "moderation.appeal.submit", { decision: decision(member.id, { createdAt: longAgo }) })).toBe(N);
  });

  test("a suspended person appeals their suspension (for a week or indefinitely), an expired suspension changes nothing", () => {
    expect(appeal(ACTORS.suspendedForAWeek, { kind: "suspend" })).toBe(Y);
    expect(appeal(ACTORS.suspendedIndefinitely, { kind: "suspend" })).toBe(Y);
    expect(appeal(ACTORS.suspensionOver, { kind: "suspend" })).toBe(Y);
  });

  test("a suspended person can still appeal after new terms were published (while suspended they cannot accept them)", () => {
    // New terms make the profile count as incomplete, and "terms.accept" is refused while suspended:
    // the suspension must not lock the person out of the appeal against it.
    const suspendedBehindTerms = person("suspended-old-terms", { status: "suspended", suspendedUntil: null, profileComplete: false });
    expect(can(suspendedBehindTerms, "terms.accept")).toBe(N);
    expect(appeal(suspendedBehindTerms, { kind: "suspend" })).toBe(Y);
  });

  test("a deleted account does not appeal", () => {
    expect(appeal(ACTORS.deletedAdmin)).toBe(N);
    expect(appeal(person("deleted-member", { status: "deleted" }))).toBe(N);
    expect(appeal(null)).toBe(N);
  });
});

describe("moderation.appeal.decide, by subject", () => {
  const moderator = ACTORS.moderator;

  test("the deciding moderator cannot decide the appeal against their own decision", () => {
    expect(can(moderator, "moderation.appeal.decide", { appeal: { open: true, decidedById: moderator.id } })).toBe(N);
  });

  test("a different moderator can; also when the deciding moderator's account is gone", () => {
    expect(can(moderator, "moderation.appeal.decide", { appeal: { open: true, decidedById: "another-moderator" } })).toBe(Y);
    expect(can(moderator, "moderation.appeal.decide", { appeal: { open: true, decidedById: null } })).toBe(Y);
  });

  test("an appeal already decided is not decided again", () => {
    expect(can(moderator, "moderation.appeal.decide", { appeal: { open: false, decidedById: "another-moderator" } })).toBe(N);
  });

  test("only moderators decide appeals, not admins", () => {
    expect(can(ACTORS.admin, "moderation.appeal.decide", { appeal: { open: true, decidedById: "another-moderator" } })).toBe(N);
  });
});

describe("mediation, by subject", () => {
  const member = ACTORS.member;
  const moderator = ACTORS.moderator;
  const mediation = (partyIds: string[], open = true): { mediation: MediationFacts } => ({ mediation: { open, partyIds } });
  const between = mediation([member.id, "neighbour"]);
  const closedBetween = mediation([member.id, "neighbour"], false);

  test("a member cannot read a mediation case they are not party to; a party can; a moderator can", () => {
    expect(can(ACTORS.verifiedMember, "mediation.read", between)).toBe(N);
    expect(can(ACTORS.admin, "mediation.read", between)).toBe(N);
    expect(can(null, "mediation.read", between)).toBe(N);
    expect(can(member, "mediation.read", between)).toBe(Y);
    expect(can(moderator, "mediation.read", between)).toBe(Y);
  });

  test("a closed case can still be read by its parties", () => {
    expect(can(member, "mediation.read", closedBetween)).toBe(Y);
    expect(can(ACTORS.verifiedMember, "mediation.read", closedBetween)).toBe(N);
  });

  test("parties and moderators post while the case is open; posting to a closed case is refused to everyone", () => {
    expect(can(member, "mediation.post", between)).toBe(Y);
    expect(can(moderator, "mediation.post", between)).toBe(Y);
    expect(can(ACTORS.verifiedMember, "mediation.post", between)).toBe(N);
    expect(can(member, "mediation.post", closedBetween)).toBe(N);
    expect(can(moderator, "mediation.post", closedBetween)).toBe(N);
  });

  test("only moderators open and close cases, and a closed case is not closed again", () => {
    expect(can(moderator, "mediation.close", between)).toBe(Y);
    expect(can(member, "mediation.close", between)).toBe(N);
    expect(can(ACTORS.admin, "mediation.close", between)).toBe(N);
    expect(can(moderator, "mediation.close", closedBetween)).toBe(N);
    expect(can(moderator, "mediation.open")).toBe(Y);
    expect(can(member, "mediation.open")).toBe(N);
  });

  test("from a report: only with a report and an author, never about the moderator's own content; confidential reporters are never parties", () => {
    const source = (facts: Partial<MediationSourceFacts> = {}): { source: MediationSourceFacts } => ({
      source: { reported: true, authorId: member.id, confidentialReporterIds: [], ...facts },
    });
    expect(can(moderator, "mediation.openFromReport", source())).toBe(Y);
    expect(can(member, "mediation.openFromReport", source({ authorId: "someone-else" }))).toBe(N);
    expect(can(ACTORS.admin, "mediation.openFromReport", source())).toBe(N);
    expect(can(moderator, "mediation.openFromReport", source({ reported: false }))).toBe(N);
    expect(can(moderator, "mediation.openFromReport", source({ authorId: null }))).toBe(N);
    expect(can(moderator, "mediation.openFromReport", source({ authorId: moderator.id }))).toBe(N);
    const facts = source({ confidentialReporterIds: ["quiet-reporter"] }).source;
    expect(confidentialParties(facts, [member.id, "quiet-reporter", "open-reporter"])).toEqual(["quiet-reporter"]);
    expect(confidentialParties(facts, [member.id, "open-reporter"])).toEqual([]);
  });
});

describe("concerns, by subject", () => {
  test("a private concern: its author and the responsible staff read it, nobody else", () => {
    const author = ACTORS.verifiedMember;
    expect(can(null, "concern.read", { concern: concernOf(), staff: null })).toBe(Y);
    expect(can(null, "concern.read", { concern: concernOf({ visibility: "private" }), staff: null })).toBe(N);
    expect(can(author, "concern.read", { concern: concernOf({ visibility: "private", authorId: author.id }), staff: null })).toBe(Y);
    expect(can(ACTORS.staff, "concern.read", { concern: concernOf({ visibility: "private", departmentId: 2 }), staff: OWN_DEPARTMENT })).toBe(N);
    expect(can(ACTORS.admin, "concern.read", { concern: concernOf({ visibility: "private" }), staff: null })).toBe(N);
  });

  test("a concern hidden by moderation: gone for the public, still there for its author, the responsible staff and moderators", () => {
    const hidden = concernOf({ hidden: true });
    expect(can(null, "concern.read", { concern: hidden, staff: null })).toBe(N);
    expect(can(ACTORS.verifiedMember, "concern.read", { concern: hidden, staff: null })).toBe(N);
    expect(can(ACTORS.verifiedMember, "concern.read", { concern: { ...hidden, authorId: ACTORS.verifiedMember.id }, staff: null })).toBe(Y);
    expect(can(ACTORS.staff, "concern.read", { concern: hidden, staff: OWN_DEPARTMENT })).toBe(Y);
    expect(can(ACTORS.moderator, "concern.read", { concern: hidden, staff: null })).toBe(Y);
    expect(can(ACTORS.verifiedMember, "concern.cosign", { concern: hidden })).toBe(N);
  });

  test("staff change only their own department's concerns, unless an admin let their department handle all", () => {
    const other = concernOf({ departmentId: 2 });
    expect(can(ACTORS.staff, "concern.handle", { concern: other, staff: OWN_DEPARTMENT })).toBe(N);
    expect(can(ACTORS.staff, "concern.handle", { concern: other, staff: { departmentId: 1, handlesAll: true } })).toBe(Y);
    expect(can(ACTORS.staff, "concern.handle", { concern: concernOf({ departmentId: null }), staff: { departmentId: null, handlesAll: false } })).toBe(N);
    expect(can(ACTORS.staff, "concern.handle", { concern: concernOf(), staff: null })).toBe(N);
    expect(can(ACTORS.staff, "concern.manageTemplates", { staff: { departmentId: null, handlesAll: false } })).toBe(N);
  });

  test("co-signing: once, on someone else's open public concern", () => {
    const resident = ACTORS.verifiedMember;
    expect(can(resident, "concern.cosign", { concern: concernOf({ authorId: resident.id }) })).toBe(N);
    expect(can(resident, "concern.cosign", { concern: concernOf({ cosignedByActor: true }) })).toBe(N);
    expect(can(resident, "concern.cosign", { concern: concernOf({ visibility: "private" }) })).toBe(N);
    for (const status of ["resolved", "declined", "forwarded"] as const) expect(can(resident, "concern.cosign", { concern: concernOf({ status }) })).toBe(N);
    expect(can(resident, "concern.cosign", { concern: concernOf({ status: "received" }) })).toBe(Y);
  });

  test("only the author reopens, and only a resolved concern; nobody posts updates to another's", () => {
    const resident = ACTORS.verifiedMember;
    expect(can(resident, "concern.reopen", { concern: concernOf({ authorId: resident.id, status: "in_progress" }) })).toBe(N);
    expect(can(resident, "concern.reopen", { concern: concernOf({ status: "resolved" }) })).toBe(N);
    expect(can(resident, "concern.postUpdate", { concern: concernOf() })).toBe(N);
    expect(can(resident, "concern.postUpdate", { concern: concernOf({ authorId: null }) })).toBe(N);
  });
});

describe("spaces, by subject", () => {
  const member = ACTORS.verifiedMember;
  test("a private space's content is invisible to everyone but its members", () => {
    const secret = space({ visibility: "private", joinPolicy: "invitation" });
    for (const actor of [ACTORS.visitor, member, ACTORS.moderator, ACTORS.admin]) {
      expect(can(actor, "space.read", { space: secret })).toBe(false);
      expect(can(actor, "space.event.rsvp", { space: secret })).toBe(false);
      expect(can(actor, "space.shift.signUp", { space: secret })).toBe(false);
      expect(can(actor, "space.requestJoin", { space: { ...secret, joinPolicy: "request" } })).toBe(false);
    }
    expect(can(member, "space.read", { space: { ...secret, membership: "member" } })).toBe(true);
    expect(can(member, "space.read", { space: { ...secret, membership: "requested" } })).toBe(false);
  });

  test("a members-only space is read by signed-in members, not by visitors", () => {
    expect(can(ACTORS.visitor, "space.read", { space: space({ visibility: "members" }) })).toBe(false);
    expect(can(ACTORS.member, "space.read", { space: space({ visibility: "members" }) })).toBe(true);
  });

  test("an organiser of one space has no power in another", () => {
    // The facts are always the actor's relation to this very space: elsewhere they are only a member, or nothing.
    for (const membership of [null, "member", "requested", "invited"] as const) {
      const other = space({ membership });
      expect(can(member, "space.edit", { space: other })).toBe(false);
      expect(can(member, "space.moderate", { space: other })).toBe(false);
      expect(can(member, "space.manageMembers", { space: other })).toBe(false);
      expect(can(member, "space.event.manage", { space: other })).toBe(false);
      expect(can(member, "space.shift.manage", { space: other })).toBe(false);
      expect(can(member, "space.removeMember", { space: other, target: { id: "x", membership: "member" } })).toBe(false);
    }
  });

  test("helper shifts: a public space's shift takes any member's help; signing off only one's own, while ahead", () => {
    expect(can(member, "space.shift.signUp", { space: space({ membership: null }) })).toBe(true);
    expect(can(member, "space.shift.signUp", { space: space({ visibility: "private", membership: "member" }) })).toBe(true);
    expect(can(member, "space.shift.signOff", { space: space(), shift: { closed: false, signedUp: false } })).toBe(false);
    expect(can(member, "space.shift.signOff", { space: space(), shift: { closed: true, signedUp: true } })).toBe(false);
  });

  test("joining follows the join policy", () => {
    expect(can(member, "space.join", { space: space({ joinPolicy: "request" }) })).toBe(false);
    expect(can(member, "space.join", { space: space({ joinPolicy: "invitation" }) })).toBe(false);
    expect(can(member, "space.requestJoin", { space: space({ joinPolicy: "open" }) })).toBe(false);
    expect(can(member, "space.join", { space: space({ membership: "requested" }) })).toBe(false);
  });

  test("the owner cannot leave or be removed; an organiser removes members but not other organisers", () => {
    expect(can(member, "space.leave", { space: space({ membership: "owner" }) })).toBe(false);
    const organiser = space({ membership: "organiser" });
    expect(can(member, "space.removeMember", { space: organiser, target: { id: "x", membership: "owner" } })).toBe(false);
    expect(can(member, "space.removeMember", { space: organiser, target: { id: "x", membership: "organiser" } })).toBe(false);
    expect(can(member, "space.removeMember", { space: space({ membership: "owner" }), target: { id: "x", membership: "organiser" } })).toBe(true);
    expect(can(member, "space.changeRole", { space: organiser, target: { id: "x", membership: "member" } })).toBe(false);
    expect(can(member, "space.transferOwnership", { space: organiser, target: { id: "x", membership: "member" } })).toBe(false);
  });

  test("only the author deletes a post; members who are not in the space do not post", () => {
    expect(can(member, "space.post.delete", { space: space({ membership: "organiser" }), post: { authorId: "someone-else" } })).toBe(false);
    expect(can(member, "space.post", { space: space({ membership: "requested" }) })).toBe(false);
  });
});

describe("direct messages: who may start a conversation with whom", () => {
  const emailOnly = ACTORS.member;
  const verified = ACTORS.verifiedMember;
  const staff = ACTORS.staff;
  const RELATIONS = {
    sharesSpace: { sharesSpace: true, inActorsPartnerSpace: false },
    /** The person is in a space the (staff) actor's department partners; they share no space. */
    partnerSpace: { sharesSpace: false, inActorsPartnerSpace: true },
    stranger: { sharesSpace: false, inActorsPartnerSpace: false },
  } satisfies Record<string, Partial<MessageRecipientFacts>>;
  type Relation = keyof typeof RELATIONS;
  const rows: Array<[MessageAudience, Relation, "emailOnly" | "verified" | "staff", boolean]> = [
    ["nobody", "sharesSpace", "emailOnly", N],
    ["nobody", "sharesSpace", "verified", N],
    ["nobody", "sharesSpace", "staff", N],
    ["nobody", "partnerSpace", "staff", N],
    ["nobody", "stranger", "verified", N],
    ["shared_space", "sharesSpace", "emailOnly", Y],
    ["shared_space", "sharesSpace", "verified", Y],
    ["shared_space", "sharesSpace", "staff", Y],
    ["shared_space", "partnerSpace", "emailOnly", N],
    ["shared_space", "partnerSpace", "verified", N],
    ["shared_space", "partnerSpace", "staff", Y],
    ["shared_space", "stranger", "emailOnly", N],
    ["shared_space", "stranger", "verified", N],
    ["shared_space", "stranger", "staff", N],
    ["verified", "sharesSpace", "emailOnly", Y],
    ["verified", "sharesSpace", "verified", Y],
    ["verified", "partnerSpace", "staff", Y],
    // An account that only confirmed its e-mail never starts a conversation with a stranger.
    ["verified", "stranger", "emailOnly", N],
    ["verified", "stranger", "verified", Y],
    ["verified", "stranger", "staff", Y],
  ];
  const actors = { emailOnly, verified, staff };

  test.each(rows)("setting %s, relation %s, actor %s: %s", (audience, relation, actor, expected) => {
    expect(can(actors[actor], "message.start", { recipients: [recipient({ audience, ...RELATIONS[relation] })] })).toBe(expected);
  });

  test.each([
    ["the actor blocked the person", "verified"],
    ["the person blocked the actor", "shared_space"],
  ] as const)("a block either way refuses, whatever the setting and relation (%s)", (_direction, audience) => {
    // The facts say only "blocked": which way is never told (tests/integration/messages.test.ts checks both are found).
    for (const actor of [emailOnly, verified, staff]) {
      expect(can(actor, "message.start", { recipients: [recipient({ audience, sharesSpace: true, inActorsPartnerSpace: true, blocked: true })] })).toBe(false);
    }
  });

  test("a suspended sender starts nothing and answers nothing; an account that only confirmed its e-mail answers", () => {
    for (const suspended of [ACTORS.suspendedForAWeek, ACTORS.suspendedIndefinitely]) {
      expect(can(suspended, "message.start", { recipients: [recipient({ audience: "verified" })] })).toBe(false);
      expect(can(suspended, "message.send", { conversation: conversationOf() })).toBe(false);
      expect(can(suspended, "message.report", { conversation: conversationOf(), message: { senderId: "someone-else" } })).toBe(false);
    }
    expect(can(emailOnly, "message.send", { conversation: conversationOf() })).toBe(true);
  });

  test("nobody writes to themselves or to an account that cannot read; one refusing member refuses the whole group", () => {
    expect(can(verified, "message.start", { recipients: [recipient({ id: verified.id })] })).toBe(false);
    expect(can(verified, "message.start", { recipients: [recipient({ reachable: false })] })).toBe(false);
    expect(can(verified, "message.start", { recipients: [] })).toBe(false);
    const nine = Array.from({ length: 9 }, (_, i) => recipient({ id: `p${i}` }));
    expect(can(verified, "message.start", { recipients: nine })).toBe(true);
    expect(can(verified, "message.start", { recipients: [...nine, recipient({ id: "p9" })] })).toBe(false);
    expect(can(verified, "message.start", { recipients: [...nine.slice(1), recipient({ id: "x", audience: "nobody" })] })).toBe(false);
  });

  test("in a conversation: only its members read and write; a closed one of two takes no more; only groups are left", () => {
    expect(can(verified, "message.send", { conversation: conversationOf({ closed: true }) })).toBe(false);
    expect(can(verified, "message.read", { conversation: conversationOf({ closed: true }) })).toBe(true);
    for (const outsider of [verified, ACTORS.moderator, ACTORS.admin]) {
      expect(can(outsider, "message.read", { conversation: conversationOf({ member: false }) })).toBe(false);
      expect(can(outsider, "message.send", { conversation: conversationOf({ member: false }) })).toBe(false);
    }
    expect(can(verified, "message.leave", { conversation: conversationOf({ isGroup: false }) })).toBe(false);
  });

  test("a member reports someone else's message, not their own nor one in a conversation they are not in; nobody blocks themselves", () => {
    expect(can(verified, "message.report", { conversation: conversationOf(), message: { senderId: verified.id } })).toBe(false);
    expect(can(verified, "message.report", { conversation: conversationOf({ member: false }), message: { senderId: "someone-else" } })).toBe(false);
    expect(can(verified, "message.report", { conversation: conversationOf(), message: { senderId: null } })).toBe(false);
    expect(can(verified, "message.block", { target: { id: verified.id } })).toBe(false);
  });
});
