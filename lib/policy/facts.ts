import type { Role } from "./actor";

// The facts each rule of rules.ts decides on, one interface per kind of subject; the domains'
// load<Thing>Facts functions return them.

/** What the policy needs to know about the account an admin acts on. */
export interface TargetAccount {
  id: string;
  role: Role;
  verification: "email" | "verified";
  status: "active" | "suspended" | "deleted";
  /** Whether the account's e-mail domain is on the district's list of official domains. */
  officialDomain: boolean;
}

/** What the policy needs about an announcement someone wants to comment on. */
export interface AnnouncementFacts {
  /** Published, past its publication time and not expired. */
  visible: boolean;
  commentsEnabled: boolean;
}

/** What the policy needs about a comment someone wants to change. */
export interface CommentFacts {
  authorId: string | null;
  /**
   * A report on it is open, or a decision about it can still be appealed or is under appeal: the
   * version reported and decided must stay what moderators and the appeal see (lib/moderation/under-moderation.ts).
   */
  underModeration: boolean;
}

/** What the policy needs about an announcement staff want to change. */
export interface EditableAnnouncementFacts {
  /** As for comments: reported, or decided and still appealable. */
  underModeration: boolean;
}

/** What the policy needs about one's own account before deleting it. */
export interface OwnAccountFacts {
  /** The only active admin: deleting it would leave the instance without anyone to manage it. */
  lastActiveAdmin: boolean;
}

/**
 * What the policy needs about the thing an uploaded file belongs to, as its owner adapter
 * (lib/uploads/owners) reads it through that domain's own rules.
 */
export interface UploadOwnerFacts {
  /** Anyone may see the thing (a published announcement, a public space), so its files are public too. */
  public: boolean;
  /** The actor may see the thing although it is not public (staff and a scheduled announcement). */
  visibleToActor: boolean;
  /** The actor may change the thing, and so add and remove its files. */
  editableByActor: boolean;
}

/** What the policy needs about a reported target: whose it is (the account itself for a user). */
export interface ReportTargetFacts {
  authorId: string | null;
}

/** What the policy needs about the target of a moderation decision. */
export interface DecisionTargetFacts {
  affectedUserId: string | null;
  affectedRole: Role | null;
  /** Content can be hidden; an account cannot. */
  hideable: boolean;
}

/** What the policy needs about a decision someone wants to appeal. */
export interface AppealableDecisionFacts {
  affectedUserId: string | null;
  kind: "dismiss" | "hide" | "warn" | "suspend";
  createdAt: Date;
  alreadyAppealed: boolean;
  reversed: boolean;
}

/** What the policy needs about an appeal a moderator wants to decide. */
export interface AppealFacts {
  open: boolean;
  /** The moderator who took the decision under appeal. */
  decidedById: string | null;
}

/** What the policy needs about a mediation case. */
export interface MediationFacts {
  open: boolean;
  partyIds: readonly string[];
}

/** What the policy needs about a reported target a moderator wants to open a mediation from. */
export interface MediationSourceFacts {
  /** At least one report (open or decided) exists on the target. */
  reported: boolean;
  /** The author of the content, or the reported account itself; null once gone. */
  authorId: string | null;
  /** Reporters who did not agree to be named: they stay confidential and are never parties of such a case. */
  confidentialReporterIds: readonly string[];
}

/** The proposed parties of a case opened from a report that would reveal a confidential reporter. */
export const confidentialParties = (source: MediationSourceFacts, partyIds: readonly string[]) =>
  partyIds.filter((id) => source.confidentialReporterIds.includes(id));

/** What the policy needs about a concern (Anliegen). */
export interface ConcernFacts {
  authorId: string | null;
  visibility: "public" | "private";
  status: "received" | "in_review" | "in_progress" | "resolved" | "declined" | "forwarded";
  /** The department it was routed to. */
  departmentId: number | null;
  /** Hidden by a moderation decision. */
  hidden: boolean;
  /** The asking actor has co-signed it already. */
  cosignedByActor: boolean;
}

/** What the policy needs about the staff member asking: their department and whether an admin let it handle all concerns. */
export interface ConcernStaffFacts {
  departmentId: number | null;
  handlesAll: boolean;
}


/** What the policy needs about an idea. */
export interface IdeaFacts {
  authorId: string | null;
  status: "new" | "under_review" | "accepted" | "implemented" | "declined";
  /** The department its category routed it to. */
  departmentId: number | null;
  /** Hidden by a moderation decision. */
  hidden: boolean;
  /** The asking actor supports it already. */
  supportedByActor: boolean;
}


/** A person's place in a space: a role once active, or a pending request or invitation; null for no relation. */
export type SpaceMembershipFact = "requested" | "invited" | "member" | "organiser" | "owner" | null;

/** What the policy needs about a space: its settings and the actor's own relation to it (never another space's). */
export interface SpaceFacts {
  visibility: "public" | "members" | "private";
  joinPolicy: "open" | "request" | "invitation";
  membership: SpaceMembershipFact;
}

/** What the policy needs about a person an organiser acts on within the space. */
export interface SpaceTargetMemberFacts {
  id: string;
  membership: SpaceMembershipFact;
}

/** What the policy needs about a helper shift: whether it still takes helpers, and the actor's own sign-up. */
export interface ShiftFacts {
  /** Marked done by an organiser, or its time (or due date) has passed. */
  closed: boolean;
  signedUp: boolean;
}

/** The most people in a conversation, its starter included. */
export const MAX_CONVERSATION_MEMBERS = 10;

/** Who may start a conversation with a person (their setting "Wer darf mir schreiben"). */
export type MessageAudience = "nobody" | "shared_space" | "verified";

/** What the policy needs about a person someone wants to start a conversation with (lib/messages/facts.ts). */
export interface MessageRecipientFacts {
  id: string;
  audience: MessageAudience;
  /** The two are active members of the same project space. */
  sharesSpace: boolean;
  /** The person is an active member of a space whose partner department is the asking staff member's (or whose named contact they are). */
  inActorsPartnerSpace: boolean;
  /** One of the two has blocked the other (which direction is never told). */
  blocked: boolean;
  /** A live account with a completed profile: someone who can read messages at all. */
  reachable: boolean;
}

/** What the policy needs about a conversation someone acts in. */
export interface ConversationFacts {
  /** The actor belongs to it and has not left it. */
  member: boolean;
  isGroup: boolean;
  /**
   * A conversation of two that cannot go on: the other person blocked the actor or was blocked by them,
   * or their account is gone. The refusal says only "cannot be continued", never which.
   */
  closed: boolean;
}

/** What the policy needs about a message someone wants to report. */
export interface ReportableMessageFacts {
  senderId: string | null;
}
