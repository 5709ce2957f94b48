/**
 * Every table that holds personal data, and what export and deletion do with it (DESIGN §6).
 * Keyed by SQL table name; columns by SQL column name. tests/integration/privacy-*.test.ts walk the
 * Drizzle schema and fail when a table with a column referring to users.id is missing here, or a
 * column of it is: a new table must decide (and say why) before it lands.
 */

/** What deleting the account does to the rows in which a column points at the person. */
export type OnDelete =
  | { do: "delete" }
  /** The row stays, pointing at the anonymised account (no personal data left in it): say why. */
  | { do: "keep"; why: string };

export interface PersonalTable {
  /** The file in the export, or why the table is not exported. */
  export: { file: string } | { notExported: string };
  /** Columns that refer to a person (users.id), with what deletion does with the rows. */
  userColumns: Record<string, OnDelete>;
}

const keep = (why: string): OnDelete => ({ do: "keep", why });
const remove: OnDelete = { do: "delete" };

export const PERSONAL_TABLES: Record<string, PersonalTable> = {
  users: { export: { file: "account.json" }, userColumns: { id: keep("the row stays as the anonymised account ('gelöschtes Mitglied') that authored content points at") } },
  accounts: { export: { notExported: "unused: only the e-mail sign-in (no OAuth providers); nothing in it is the person's" }, userColumns: { user_id: remove } },
  sessions: { export: { file: "sessions.json" }, userColumns: { user_id: remove } },
  followed_localities: { export: { file: "follows.json" }, userColumns: { user_id: remove } },
  followed_topics: { export: { file: "follows.json" }, userColumns: { user_id: remove } },
  terms_acceptances: { export: { file: "accepted-terms.json" }, userColumns: { user_id: remove } },
  terms_versions: {
    export: { notExported: "the terms text an admin published is the district's document, not the admin's data" },
    userColumns: { published_by_id: keep("which version was in force when is part of the record; the anonymised account names no one") },
  },
  verification_codes: {
    export: { file: "verification.json" },
    userColumns: {
      used_by_id: keep("a used code is the district's proof that it verified an account; the note is erased"),
      issued_by_id: keep("codes issued by staff stay valid for the residents who hold them"),
      revoked_by_id: keep("the code's history; the anonymised account names no one"),
    },
  },
  announcements: {
    export: { file: "announcements.json" },
    userColumns: { author_id: keep("official announcements stay public, signed by the department") },
  },
  announcement_comments: {
    export: { file: "comments.json" },
    userColumns: { author_id: keep("public content stays, shown as 'gelöschtes Mitglied' — unless the person chose to delete their comments") },
  },
  spaces: {
    export: { file: "spaces.json" },
    userColumns: { created_by_id: keep("the space belongs to its members and goes on without its founder; the anonymised account names no one") },
  },
  space_partners: {
    export: { file: "spaces.json" },
    userColumns: { contact_id: keep("the department stays the space's partner; the anonymised account names no one and receives nothing") },
  },
  space_members: { export: { file: "spaces.json" }, userColumns: { user_id: remove } },
  space_follows: { export: { file: "spaces.json" }, userColumns: { user_id: remove } },
  space_posts: {
    export: { file: "spaces.json" },
    userColumns: {
      author_id: keep("the space's stream stays readable, shown as 'gelöschtes Mitglied'"),
      hidden_by_organiser_id: keep("which organiser hid a post is part of the space's first-line moderation record; anonymised"),
    },
  },
  space_events: {
    export: { file: "spaces.json" },
    userColumns: { created_by_id: keep("the event belongs to the space and its attendees; the anonymised account names no one") },
  },
  space_event_rsvps: { export: { file: "spaces.json" }, userColumns: { user_id: remove } },
  space_shifts: {
    export: { file: "spaces.json" },
    userColumns: {
      created_by_id: keep("the shift belongs to the space and its helpers; the anonymised account names no one"),
      done_by_id: keep("who closed a shift is part of the space's record; the anonymised account names no one"),
    },
  },
  space_shift_signups: { export: { file: "spaces.json" }, userColumns: { user_id: remove } },
  /** Only when the link was created: the token's hash opens the calendar and is a secret, like a session token. */
  calendar_feeds: { export: { file: "spaces.json" }, userColumns: { user_id: remove } },
  message_settings: { export: { file: "messages.json" }, userColumns: { user_id: remove } },
  conversations: {
    export: { file: "messages.json" },
    userColumns: { created_by_id: keep("the conversation stays for its other members; the anonymised account names no one") },
  },
  conversation_members: { export: { file: "messages.json" }, userColumns: { user_id: remove } },
  messages: {
    export: { file: "messages.json" },
    userColumns: { sender_id: keep("the other members keep their copy of the conversation, the sender shown as 'gelöschtes Mitglied'") },
  },
  /** Only the blocks the person made are exported: whom someone else blocked is never told. */
  message_blocks: { export: { file: "messages.json" }, userColumns: { blocker_id: remove, blocked_id: remove } },
  message_report_context: {
    export: { notExported: "evidence moderators hold with a report (copies of messages before a reported one); the messages themselves are in messages.json" },
    userColumns: { sender_id: keep("evidence frozen with a report stays the moderation's record while the report is kept; anonymised") },
  },
  moderation_decisions: {
    export: { file: "decisions.json" },
    userColumns: {
      affected_user_id: keep("the decision record (DSA Art. 17, transparency report) stays, pointing at no one identifiable"),
      moderator_id: keep("who decided matters for appeals (a different moderator decides); anonymised"),
    },
  },
  reports: {
    export: { file: "reports.json" },
    userColumns: {
      reporter_id: keep("a notice stays as long as the content it is about is moderated; anonymised"),
      claimed_by_id: keep("the queue's history; anonymised"),
    },
  },
  appeals: {
    export: { file: "appeals.json" },
    userColumns: {
      appellant_id: keep("the appeal belongs to the decision record; anonymised"),
      decider_id: keep("who decided the appeal; anonymised"),
    },
  },
  mediation_cases: {
    export: { file: "mediation.json" },
    userColumns: { opened_by_id: keep("the case stays for the other parties; anonymised"), closed_by_id: keep("the case stays for the other parties; anonymised") },
  },
  mediation_parties: { export: { file: "mediation.json" }, userColumns: { user_id: remove } },
  mediation_messages: {
    export: { file: "mediation.json" },
    userColumns: { author_id: keep("the thread stays readable for the other parties, shown as 'gelöschtes Mitglied'") },
  },
  notifications: { export: { file: "notifications.json" }, userColumns: { user_id: remove } },
  notification_preferences: { export: { file: "notification-preferences.json" }, userColumns: { user_id: remove } },
  audit_log: {
    export: { file: "audit-log.json" },
    userColumns: { actor_id: keep("the audit log is append-only until its retention period ends; anonymised") },
  },
  uploads: { export: { file: "uploads.json" }, userColumns: { uploader_id: remove } },
  concerns: {
    export: { file: "concerns.json" },
    userColumns: {
      author_id: keep("the concern and the district's answers are part of the public record, shown as 'gelöschtes Mitglied'"),
      claimed_by_id: keep("who in the district office took it on; anonymised"),
    },
  },
  concern_events: {
    export: { file: "concerns.json" },
    userColumns: { actor_id: keep("the history of answers stays readable for the co-signers, shown as 'gelöschtes Mitglied'") },
  },
  concern_notes: {
    export: { notExported: "internal notes staff write in their office role are the district office's working records" },
    userColumns: { author_id: keep("the department's record of how it handled a concern; anonymised") },
  },
  concern_cosignatures: { export: { file: "concerns.json" }, userColumns: { user_id: remove } },
  ideas: {
    export: { file: "ideas.json" },
    userColumns: {
      author_id: keep("the idea and the district's official answer are part of the public record, shown as 'gelöschtes Mitglied'"),
      answered_by_id: keep("who in the district office gave the official answer; anonymised"),
    },
  },
  idea_supports: { export: { file: "ideas.json" }, userColumns: { user_id: remove } },
  idea_comments: {
    export: { file: "ideas.json" },
    userColumns: { author_id: keep("public content stays, shown as 'gelöschtes Mitglied' — unless the person chose to delete their comments") },
  },
  personal_data_exports: { export: { notExported: "the export itself" }, userColumns: { user_id: remove } },
};

/**
 * Columns of `users` and what deletion leaves in them. "erase": cleared (null, or a placeholder where
 * the column is required); "keep": not personal, with the reason.
 */
export const USER_COLUMNS: Record<string, "erase" | { keep: string }> = {
  id: { keep: "a random identifier that authored content points at" },
  name: "erase",
  email: "erase",
  email_verified: "erase",
  image: "erase",
  username: "erase",
  locale: { keep: "the language of the platform's texts; says nothing about the person once the account is gone" },
  display_name: "erase",
  locality_id: "erase",
  department_id: "erase",
  role: { keep: "reset to 'member': no rights remain" },
  verification: { keep: "reset to 'email'" },
  verified_at: "erase",
  status: { keep: "'deleted': the account cannot sign in or act" },
  suspended_until: "erase",
  suspension_reason: "erase",
  suspended_by_decision_id: "erase",
  accepted_terms_version: "erase",
  accepted_terms_at: "erase",
  password_hash: "erase",
  created_at: { keep: "reset to the time of deletion" },
  updated_at: { keep: "the time of deletion" },
};

/** Tables that hold personal data without a column referring to users.id, and how deletion reaches them. */
export const PERSONAL_DATA_WITHOUT_USER_COLUMN: Record<string, string> = {
  verification_tokens: "sign-in links for the e-mail address: deleted with the account",
  rate_limits: "counters keyed by e-mail address or account id: deleted with the account",
  retired_usernames: "only a hash of the retired username, kept for a year so nobody takes it over",
  upload_blobs: "the bytes of uploaded files, keyed by their upload: deleted with the uploads rows (lib/uploads/mutations.ts)",
  accessibility_feedback: "feedback with an optional contact, not tied to an account; deleted after its retention period",
};
