import { addDistrictMonths } from "@/lib/time/district-time";
import { hasRole, isActive, type Actor, isMember, isSignedIn, isSuspended, isVerified, type Member, type MaybeActor, type Role } from "./actor";
import { MAX_CONVERSATION_MEMBERS, type TargetAccount, type AnnouncementFacts, type CommentFacts, type EditableAnnouncementFacts, type OwnAccountFacts, type UploadOwnerFacts, type ReportTargetFacts, type DecisionTargetFacts, type AppealableDecisionFacts, type AppealFacts, type MediationFacts, type MediationSourceFacts, type ConcernFacts, type ConcernStaffFacts, type IdeaFacts, type SpaceMembershipFact, type SpaceFacts, type SpaceTargetMemberFacts, type ShiftFacts, type MessageRecipientFacts, type ConversationFacts, type ReportableMessageFacts } from "./facts";

const CLOSED_CONCERN = ["resolved", "declined", "forwarded"];
/** Supports are collected while the idea is still open: not once implemented or declined. */
const CLOSED_IDEA = ["implemented", "declined"];

/** The actor may start a conversation with this person: their setting allows it, no block either way. */
const mayStartWith = (actor: Member, recipient: MessageRecipientFacts) =>
  recipient.id !== actor.id &&
  recipient.reachable &&
  !recipient.blocked &&
  recipient.audience !== "nobody" &&
  (recipient.sharesSpace ||
    // Staff reach the members of the spaces their department partners.
    (hasRole(actor, "staff") && recipient.inActorsPartnerSpace) ||
    // Strangers only if the person allows all verified residents, and only a verified actor.
    (recipient.audience === "verified" && isVerified(actor)));

/** How long after a decision the affected person may appeal (DSA Art. 20: at least six months). */
export const APPEAL_PERIOD_MONTHS = 6;

/** Six months on the district's calendar and clock: a decision at 15:40 may be appealed until 15:40. */
export function appealDeadline(decidedAt: Date): Date {
  return addDistrictMonths(decidedAt, APPEAL_PERIOD_MONTHS);
}

const isAdmin = (actor: MaybeActor): actor is Member => isMember(actor) && hasRole(actor, "admin");
const isStaff = (actor: MaybeActor): actor is Member => isMember(actor) && hasRole(actor, "staff");
const isModerator = (actor: MaybeActor): actor is Member => isMember(actor) && hasRole(actor, "moderator");
/** A verified resident: the actions fake accounts must not be able to game. */
const isVerifiedMember = (actor: MaybeActor): actor is Member => isMember(actor) && isVerified(actor);
const notSelf = (actor: MaybeActor, target: { id: string }) => actor?.id !== target.id;
/** Signed in to an account that is not deleted, whatever its state otherwise. */
const isLiveActor = (actor: MaybeActor): actor is Actor => isSignedIn(actor) && actor.status !== "deleted";
const isLiveAccount = (target: TargetAccount) => target.status !== "deleted";

/** Staff of the concern's department, or of a department an admin allowed to handle every concern. */
const handlesDepartment = (actor: MaybeActor, departmentId: number | null, staff: ConcernStaffFacts | null) =>
  isStaff(actor) && staff !== null && (staff.handlesAll || (staff.departmentId !== null && staff.departmentId === departmentId));
const handlesConcern = (actor: MaybeActor, subject: { concern: ConcernFacts; staff: ConcernStaffFacts | null }) =>
  handlesDepartment(actor, subject.concern.departmentId, subject.staff);
/** The same for an idea: staff of the department its category routed it to (or of one that handles all). */
const handlesIdea = (actor: MaybeActor, subject: { idea: IdeaFacts; staff: ConcernStaffFacts | null }) =>
  handlesDepartment(actor, subject.idea.departmentId, subject.staff);
const isIdeaAuthor = (actor: MaybeActor, idea: IdeaFacts) => isLiveActor(actor) && idea.authorId !== null && idea.authorId === actor.id;
const isConcernAuthor = (actor: MaybeActor, concern: ConcernFacts) => isMember(actor) && concern.authorId !== null && concern.authorId === actor.id;

/** Staff is granted only to a verified person whose address is on one of the district's own domains. */
export const mayHoldStaffRole = (target: Pick<TargetAccount, "verification" | "officialDomain">) =>
  target.verification === "verified" && target.officialDomain;

/** Moderation and administration act on other people's accounts and content: only a verified person may hold them. */
export const mayHoldElevatedRole = (target: Pick<TargetAccount, "verification">) => target.verification === "verified";

const ACTIVE_MEMBERSHIPS: readonly SpaceMembershipFact[] = ["member", "organiser", "owner"];
const inSpace = (space: SpaceFacts) => ACTIVE_MEMBERSHIPS.includes(space.membership);
const organisesSpace = (space: SpaceFacts) => space.membership === "organiser" || space.membership === "owner";
/** Public: anyone; members: signed-in members; private: only the space's own members. */
const readsSpace = (actor: MaybeActor, space: SpaceFacts) =>
  space.visibility === "public" || (isMember(actor) && (space.visibility === "members" || inSpace(space)));
const mayActInSpace = (actor: MaybeActor, space: SpaceFacts): actor is Member => isMember(actor) && readsSpace(actor, space);

/**
 * The one table of who may do what. Each rule is a pure function of the actor (null for a visitor)
 * and, where the rule is about something, that subject. proxy.ts, pages and every server action ask here.
 */
export const rules = {
  // Joining and signing in: open to everyone, guarded by rate limits instead.
  "auth.requestLink": () => true,
  "auth.signInWithPassword": () => true,
  "auth.signOut": (actor: MaybeActor) => isSignedIn(actor),
  "auth.signOutEverywhere": (actor: MaybeActor) => isSignedIn(actor),
  "locale.change": () => true,

  // A signed-in, active account completes its profile (and accepts new terms) before anything else.
  "profile.complete": (actor: MaybeActor) => isActive(actor),
  "terms.accept": (actor: MaybeActor) => isActive(actor),
  "account.updateProfile": (actor: MaybeActor) => isMember(actor),
  "account.setPassword": (actor: MaybeActor) => isMember(actor),
  "account.updateInterests": (actor: MaybeActor) => isMember(actor),
  // A person's own data (DSGVO Arts. 15, 17, 20): also while suspended or before the profile is complete.
  /** Not the last active admin: someone must remain to manage the district's instance. */
  "account.delete": (actor: MaybeActor, subject: { account: OwnAccountFacts }) => isLiveActor(actor) && !subject.account.lastActiveAdmin,
  "account.exportData": (actor: MaybeActor) => isLiveActor(actor),
  "account.downloadExport": (actor: MaybeActor, subject: { export: { userId: string } }) =>
    isLiveActor(actor) && subject.export.userId === actor.id,
  // Files belong to a thing (lib/uploads/owners): whoever may see the thing sees its files; whoever may change it attaches them.
  "upload.view": (_actor: MaybeActor, subject: { owner: UploadOwnerFacts }) => subject.owner.public || subject.owner.visibleToActor,
  "upload.attach": (actor: MaybeActor, subject: { owner: UploadOwnerFacts }) => isMember(actor) && subject.owner.editableByActor,
  "upload.remove": (actor: MaybeActor, subject: { owner: UploadOwnerFacts }) => isMember(actor) && subject.owner.editableByActor,
  /** The accessibility statement's feedback form (BIKTG): anyone, rate-limited. */
  "accessibility.sendFeedback": () => true,

  // Verified identity: a one-time code from the citizen-participation office.
  "verification.redeemCode": (actor: MaybeActor) => isMember(actor) && !isVerified(actor),
  "verification.manageCodes": (actor: MaybeActor) => isAdmin(actor) || isStaff(actor),

  // Actions reserved to verified residents (DESIGN §1), so fake accounts cannot game them.
  "idea.submit": (actor: MaybeActor) => isVerifiedMember(actor),
  /** A hidden idea: only its author (who sees why) and moderators. */
  "idea.read": (actor: MaybeActor, subject: { idea: IdeaFacts }) => !subject.idea.hidden || isIdeaAuthor(actor, subject.idea) || isModerator(actor),
  /** Once per person, never one's own, while the idea is open and visible. */
  "idea.support": (actor: MaybeActor, subject: { idea: IdeaFacts }) =>
    isVerifiedMember(actor) &&
    subject.idea.authorId !== actor.id &&
    !subject.idea.hidden &&
    !CLOSED_IDEA.includes(subject.idea.status) &&
    !subject.idea.supportedByActor,
  "idea.comment": (actor: MaybeActor, subject: { idea: IdeaFacts }) => isMember(actor) && !subject.idea.hidden,
  "idea.comment.delete": (actor: MaybeActor, subject: { comment: { authorId: string | null } }) =>
    isMember(actor) && subject.comment.authorId !== null && subject.comment.authorId === actor.id,
  "idea.inbox": (actor: MaybeActor) => isStaff(actor),
  /** The official answer and the status: staff of the idea's department, or of one an admin let handle all. */
  "idea.answer": (actor: MaybeActor, subject: { idea: IdeaFacts; staff: ConcernStaffFacts | null }) => handlesIdea(actor, subject),
  "concern.submit": (actor: MaybeActor) => isVerifiedMember(actor),
  /** A private concern: only its author and the staff responsible for it. */
  "concern.read": (actor: MaybeActor, subject: { concern: ConcernFacts; staff: ConcernStaffFacts | null }) =>
    (subject.concern.visibility === "public" && (!subject.concern.hidden || isModerator(actor))) ||
    (isLiveActor(actor) && subject.concern.authorId === actor.id) ||
    handlesConcern(actor, subject),
  /** Once per person, on a public concern that is still open, never one's own. */
  "concern.cosign": (actor: MaybeActor, subject: { concern: ConcernFacts }) =>
    isVerifiedMember(actor) &&
    subject.concern.visibility === "public" &&
    !subject.concern.hidden &&
    subject.concern.authorId !== actor.id &&
    !CLOSED_CONCERN.includes(subject.concern.status) &&
    !subject.concern.cosignedByActor,
  /** The author tells the co-signers what is new. */
  "concern.postUpdate": (actor: MaybeActor, subject: { concern: ConcernFacts }) => isConcernAuthor(actor, subject.concern),
  /** Photos of the problem and documents: the author adds and removes them, while filing and afterwards. */
  "concern.attach": (actor: MaybeActor, subject: { concern: ConcernFacts }) => isConcernAuthor(actor, subject.concern),
  /** "Ist das wirklich gelöst?" — the author answers no: the concern is open again. */
  "concern.reopen": (actor: MaybeActor, subject: { concern: ConcernFacts }) =>
    isConcernAuthor(actor, subject.concern) && subject.concern.status === "resolved",
  "concern.inbox": (actor: MaybeActor) => isStaff(actor),
  /** Status, public answers, internal notes, claiming: its department's staff, or another's if an admin allowed it. */
  "concern.handle": (actor: MaybeActor, subject: { concern: ConcernFacts; staff: ConcernStaffFacts | null }) => handlesConcern(actor, subject),
  /** Reply templates are kept per department: staff who belong to one. */
  "concern.manageTemplates": (actor: MaybeActor, subject: { staff: ConcernStaffFacts | null }) =>
    isStaff(actor) && subject.staff !== null && subject.staff.departmentId !== null,
  "space.create": (actor: MaybeActor) => isVerifiedMember(actor),
  "space.read": (actor: MaybeActor, subject: { space: SpaceFacts }) => readsSpace(actor, subject.space),
  "space.edit": (actor: MaybeActor, subject: { space: SpaceFacts }) => isMember(actor) && organisesSpace(subject.space),
  "space.join": (actor: MaybeActor, subject: { space: SpaceFacts }) =>
    mayActInSpace(actor, subject.space) && subject.space.membership === null && subject.space.joinPolicy === "open",
  "space.requestJoin": (actor: MaybeActor, subject: { space: SpaceFacts }) =>
    mayActInSpace(actor, subject.space) && subject.space.membership === null && subject.space.joinPolicy === "request",
  /** An invitation is accepted by the person invited, whatever the space's visibility. */
  "space.acceptInvitation": (actor: MaybeActor, subject: { space: SpaceFacts }) => isMember(actor) && subject.space.membership === "invited",
  /** Leaving, withdrawing a request, declining an invitation. The owner hands over first. */
  "space.leave": (actor: MaybeActor, subject: { space: SpaceFacts }) =>
    isLiveActor(actor) && subject.space.membership !== null && subject.space.membership !== "owner",
  "space.follow": (actor: MaybeActor, subject: { space: SpaceFacts }) => isMember(actor) && subject.space.visibility === "public",
  /** Approve or decline a request, invite by username: the space's organisers. */
  "space.manageMembers": (actor: MaybeActor, subject: { space: SpaceFacts }) => isMember(actor) && organisesSpace(subject.space),
  /** Organisers remove members; only the owner removes organisers; nobody removes the owner or themselves. */
  "space.removeMember": (actor: MaybeActor, subject: { space: SpaceFacts; target: SpaceTargetMemberFacts }) =>
    isMember(actor) &&
    organisesSpace(subject.space) &&
    subject.target.id !== actor.id &&
    subject.target.membership !== "owner" &&
    subject.target.membership !== null &&
    (subject.target.membership !== "organiser" || subject.space.membership === "owner"),
  /** The owner makes members organisers and back; handing over ownership is its own rule. */
  "space.changeRole": (actor: MaybeActor, subject: { space: SpaceFacts; target: SpaceTargetMemberFacts }) =>
    isMember(actor) &&
    subject.space.membership === "owner" &&
    subject.target.id !== actor.id &&
    (subject.target.membership === "member" || subject.target.membership === "organiser"),
  "space.transferOwnership": (actor: MaybeActor, subject: { space: SpaceFacts; target: SpaceTargetMemberFacts }) =>
    isMember(actor) &&
    subject.space.membership === "owner" &&
    subject.target.id !== actor.id &&
    (subject.target.membership === "member" || subject.target.membership === "organiser"),
  "space.post": (actor: MaybeActor, subject: { space: SpaceFacts }) => isMember(actor) && inSpace(subject.space),
  "space.post.delete": (actor: MaybeActor, subject: { space: SpaceFacts; post: { authorId: string | null } }) =>
    isMember(actor) && inSpace(subject.space) && subject.post.authorId !== null && subject.post.authorId === actor.id,
  /** First-line moderation and pinning: the space's own organisers, in their own space only. */
  "space.moderate": (actor: MaybeActor, subject: { space: SpaceFacts }) => isMember(actor) && organisesSpace(subject.space),
  "space.event.manage": (actor: MaybeActor, subject: { space: SpaceFacts }) => isMember(actor) && organisesSpace(subject.space),
  /** Public and members' events are open to every member who can read them; a private space's to its members. */
  "space.event.rsvp": (actor: MaybeActor, subject: { space: SpaceFacts }) => mayActInSpace(actor, subject.space),
  /** Helper shifts: the space's organisers create them, see who signed up, mark them done and delete them. */
  "space.shift.manage": (actor: MaybeActor, subject: { space: SpaceFacts }) => isMember(actor) && organisesSpace(subject.space),
  /**
   * Signing up, like answering an event: whoever may act in the space — so a volunteer finds a public
   * space's shift in the district list and helps without joining first; a private space's only its members.
   * Whether places are left, and whether the shift is still ahead, is decided under the shift's row lock.
   */
  "space.shift.signUp": (actor: MaybeActor, subject: { space: SpaceFacts }) => mayActInSpace(actor, subject.space),
  /** Signing off again, while the shift is still ahead. */
  "space.shift.signOff": (actor: MaybeActor, subject: { space: SpaceFacts; shift: ShiftFacts }) =>
    isLiveActor(actor) && subject.shift.signedUp && !subject.shift.closed,
  /** "Meine Termine" as a secret calendar link; what it shows is "space.read" for its owner, asked each time it is fetched. */
  "space.calendarLink.create": (actor: MaybeActor) => isMember(actor),
  /** Revoking a link that may have leaked works in any state of a live account. */
  "space.calendarLink.revoke": (actor: MaybeActor) => isLiveActor(actor),
  /**
   * Starting a conversation (with one person, or a group of up to ten): every recipient must allow it —
   * see mayStartWith. An account that only confirmed its e-mail reaches people it shares a space with, no strangers.
   */
  "message.start": (actor: MaybeActor, subject: { recipients: readonly MessageRecipientFacts[] }) =>
    isMember(actor) &&
    subject.recipients.length >= 1 &&
    subject.recipients.length < MAX_CONVERSATION_MEMBERS &&
    subject.recipients.every((recipient) => mayStartWith(actor, recipient)),
  /** Answering needs no setting: whoever is in a conversation may write in it, unless a block or a vanished partner closed it. */
  "message.send": (actor: MaybeActor, subject: { conversation: ConversationFacts }) =>
    isMember(actor) && subject.conversation.member && !subject.conversation.closed,
  /** Only the conversation's own members read it — not admins, not moderators (they see reported messages in the queue). */
  "message.read": (actor: MaybeActor, subject: { conversation: ConversationFacts }) => isMember(actor) && subject.conversation.member,
  "message.leave": (actor: MaybeActor, subject: { conversation: ConversationFacts }) =>
    isMember(actor) && subject.conversation.member && subject.conversation.isGroup,
  /** A member reports someone else's message of their conversation (with the few before it, if they consent). */
  "message.report": (actor: MaybeActor, subject: { conversation: ConversationFacts; message: ReportableMessageFacts }) =>
    isMember(actor) && subject.conversation.member && subject.message.senderId !== null && subject.message.senderId !== actor.id,
  "message.block": (actor: MaybeActor, subject: { target: { id: string } }) => isMember(actor) && subject.target.id !== actor.id,
  "message.unblock": (actor: MaybeActor) => isMember(actor),
  /** "Wer darf mir schreiben" and the block list. */
  "message.settings": (actor: MaybeActor) => isMember(actor),
  /**
   * The new-conversation form and its recipient picker. Whom it reaches is "message.start", asked for each
   * person named (so the form can say which) and for the whole group before anything is stored.
   */
  "message.compose": (actor: MaybeActor) => isMember(actor),

  // Announcements of the district office.
  "announcement.manage": (actor: MaybeActor) => isStaff(actor),
  /** Its text stays as reported while moderation deals with it; withdrawing and deleting stay possible. */
  "announcement.edit": (actor: MaybeActor, subject: { announcement: EditableAnnouncementFacts }) =>
    isStaff(actor) && !subject.announcement.underModeration,
  "announcement.comment": (actor: MaybeActor, subject: { announcement: AnnouncementFacts }) =>
    isMember(actor) && subject.announcement.visible && subject.announcement.commentsEnabled,
  /** Deleting stays possible while under moderation (the report and the decision keep the text). */
  "comment.edit": (actor: MaybeActor, subject: { comment: CommentFacts }) =>
    isMember(actor) && subject.comment.authorId !== null && subject.comment.authorId === actor.id && !subject.comment.underModeration,
  "comment.delete": (actor: MaybeActor, subject: { comment: CommentFacts }) =>
    isMember(actor) && subject.comment.authorId !== null && subject.comment.authorId === actor.id,

  // Reports and moderation (DESIGN §5). Anyone signed in reports; nobody reports their own content or themselves.
  "report.create": (actor: MaybeActor, subject: { target: ReportTargetFacts }) =>
    isMember(actor) && subject.target.authorId !== actor.id,
  "notification.read": (actor: MaybeActor) => isSignedIn(actor) && actor.status !== "deleted",
  /** How and in which language one hears of things: also while suspended (the account notices still come). */
  "notification.preferences": (actor: MaybeActor) => isSignedIn(actor) && actor.status !== "deleted",
  /** The one-click unsubscribe link works signed out: its signed token names the person and the kind. */
  "notification.unsubscribe": () => true,
  "moderation.queue.read": (actor: MaybeActor) => isModerator(actor),
  /** Not the reports about oneself: those go to another moderator. */
  "moderation.report.claim": (actor: MaybeActor, subject: { target: Pick<DecisionTargetFacts, "affectedUserId"> }) =>
    isModerator(actor) && subject.target.affectedUserId !== actor.id,
  /**
   * Never about oneself; only content can be hidden; a warning or suspension needs a person to address
   * (reports on vanished content can only be dismissed); an admin account is not suspended by moderation.
   */
  "moderation.decide": (actor: MaybeActor, subject: { target: DecisionTargetFacts; kind: AppealableDecisionFacts["kind"] }) =>
    isModerator(actor) &&
    subject.target.affectedUserId !== actor.id &&
    (subject.kind !== "hide" || subject.target.hideable) &&
    (subject.kind === "dismiss" || subject.kind === "hide" || subject.target.affectedUserId !== null) &&
    (subject.kind !== "suspend" || subject.target.affectedRole !== "admin"),
  /** The statement of reasons: for the person it is about, and for moderators. */
  "moderation.decision.read": (actor: MaybeActor, subject: { decision: { affectedUserId: string | null } }) =>
    isModerator(actor) || (isSignedIn(actor) && actor.status !== "deleted" && subject.decision.affectedUserId === actor.id),
  /** A suspended person must be able to appeal their suspension, so this asks only for a live account. */
  "moderation.appeal.submit": (actor: MaybeActor, subject: { decision: AppealableDecisionFacts; now?: Date }) =>
    isSignedIn(actor) &&
    actor.status !== "deleted" &&
    // A suspended person cannot accept new terms, and must still be able to appeal their suspension.
    (actor.profileComplete || isSuspended(actor)) &&
    subject.decision.affectedUserId === actor.id &&
    subject.decision.kind !== "dismiss" &&
    !subject.decision.alreadyAppealed &&
    !subject.decision.reversed &&
    (subject.now ?? new Date()) < appealDeadline(subject.decision.createdAt),
  /** The moderator who took the decision never decides the appeal against it. */
  "moderation.appeal.decide": (actor: MaybeActor, subject: { appeal: AppealFacts }) =>
    isModerator(actor) && subject.appeal.open && subject.appeal.decidedById !== actor.id,
  /** Also the person search of the form that names the parties: whoever may open a case may look people up. */
  "mediation.open": (actor: MaybeActor) => isModerator(actor),
  /**
   * From a report's review page: there is a report and an author to mediate with, and (as with claiming)
   * the moderator is not the author. Which reporters may be parties: confidentialParties.
   */
  "mediation.openFromReport": (actor: MaybeActor, subject: { source: MediationSourceFacts }) =>
    isModerator(actor) && subject.source.reported && subject.source.authorId !== null && subject.source.authorId !== actor.id,
  "mediation.read": (actor: MaybeActor, subject: { mediation: MediationFacts }) =>
    isModerator(actor) || (isMember(actor) && subject.mediation.partyIds.includes(actor.id)),
  "mediation.post": (actor: MaybeActor, subject: { mediation: MediationFacts }) =>
    subject.mediation.open && (isModerator(actor) || (isMember(actor) && subject.mediation.partyIds.includes(actor.id))),
  "mediation.close": (actor: MaybeActor, subject: { mediation: MediationFacts }) => isModerator(actor) && subject.mediation.open,
  /** The audit log: moderators and admins read it; nobody edits it through the app. */
  "auditLog.read": (actor: MaybeActor) => isAdmin(actor) || isModerator(actor),

  // Areas, as gated by proxy.ts.
  "area.member": (actor: MaybeActor) => isMember(actor),
  "area.staff": (actor: MaybeActor) => isStaff(actor),
  "area.moderation": (actor: MaybeActor) => isMember(actor) && hasRole(actor, "moderator"),
  "area.admin": (actor: MaybeActor) => isAdmin(actor),

  // Administration of accounts.
  "admin.users.read": (actor: MaybeActor) => isAdmin(actor),
  /** Mails whose last retry failed: see them, deliver them again. */
  "admin.delivery.manage": (actor: MaybeActor) => isAdmin(actor),
  "admin.settings.update": (actor: MaybeActor) => isAdmin(actor),
  "admin.terms.publish": (actor: MaybeActor) => isAdmin(actor),
  "admin.accessibilityFeedback.read": (actor: MaybeActor) => isAdmin(actor),
  "admin.user.changeEmail": (actor: MaybeActor, subject: { target: TargetAccount }) =>
    isAdmin(actor) && notSelf(actor, subject.target) && isLiveAccount(subject.target),
  "admin.user.changeRole": (actor: MaybeActor, subject: { target: TargetAccount; newRole: Role }) =>
    isAdmin(actor) &&
    notSelf(actor, subject.target) &&
    isLiveAccount(subject.target) &&
    subject.newRole !== subject.target.role &&
    (subject.newRole !== "staff" || mayHoldStaffRole(subject.target)) &&
    ((subject.newRole !== "moderator" && subject.newRole !== "admin") || mayHoldElevatedRole(subject.target)),
  "admin.user.setVerification": (actor: MaybeActor, subject: { target: TargetAccount }) =>
    isAdmin(actor) && notSelf(actor, subject.target) && isLiveAccount(subject.target),
  "admin.user.suspend": (actor: MaybeActor, subject: { target: TargetAccount }) =>
    isAdmin(actor) && notSelf(actor, subject.target) && isLiveAccount(subject.target) && subject.target.role !== "admin",
  "admin.user.unsuspend": (actor: MaybeActor, subject: { target: TargetAccount }) =>
    isAdmin(actor) && notSelf(actor, subject.target) && subject.target.status === "suspended",
} as const;

export type Rules = typeof rules;
export type RuleName = keyof Rules;
export type SubjectOf<R extends RuleName> = Parameters<Rules[R]> extends [MaybeActor, infer S] ? S : undefined;
