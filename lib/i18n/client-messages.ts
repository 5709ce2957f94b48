import type { Locale } from "./config";
import { messages, type Messages } from "./messages";

/**
 * The message namespaces that client components ("use client") read. Only these travel to the
 * browser: every page carries them twice (in the HTML and in the RSC payload), so shipping all
 * messages cost ~50 kB of JSON per page. Server components read the full set on the server.
 *
 * A client component that uses a namespace not covered here shows raw keys instead of text;
 * tests/unit/client-messages.test.ts parses the client components and fails first. To extend,
 * add the namespace (or a parent of it) here.
 */
export const clientNamespaces = [
  "account.settings",
  "admin.emailForm",
  "admin.roleForm",
  "admin.suspensionForm",
  "admin.verificationForm",
  "announcements.comments",
  "announcements.form",
  "announcements.interests",
  "announcements.staffView",
  "announcements.validation",
  "auth.join",
  "auth.profile",
  "auth.signIn",
  "common.locale",
  "concerns.actions",
  "concerns.form",
  "concerns.handle",
  "concerns.settings",
  "concerns.status",
  "concerns.templates",
  "concerns.validation",
  "ideas.actions",
  "ideas.answer",
  "ideas.form",
  "ideas.settings",
  "ideas.status",
  "ideas.validation",
  "common.personPicker",
  "common.roles",
  "conduct",
  "spaces.eventForm",
  "spaces.calendarLink",
  "spaces.form",
  "spaces.members",
  "spaces.membership",
  "spaces.rsvp",
  "spaces.shifts.form",
  "spaces.stream",
  "spaces.validation",
  "district.acceptance",
  "district.settings",
  "district.terms",
  "errors",
  "messages.block",
  "messages.leave",
  "messages.new",
  "messages.reply",
  "messages.report",
  "messages.settings",
  "messages.validation",
  "mediation.closeForm",
  "mediation.messageForm",
  "mediation.new",
  "moderation.appealForm",
  "moderation.claim",
  "moderation.decideForm",
  "notifications",
  "privacy.feedback",
  "privacy.legalSettings",
  "privacy.settings",
  "reports.appeal",
  "reports.control",
  "uploads.manager",
  "uploads.validation",
  "validation",
  "verification.codes",
  "verification.settings",
] as const;

type Tree = { [key: string]: string | Tree };

/** A copy of `source` that holds only the given dotted paths (missing ones are skipped). */
export function pickMessages(source: Tree, paths: readonly string[]): Tree {
  const picked: Tree = {};
  for (const dotted of paths) {
    const keys = dotted.split(".");
    let from: string | Tree | undefined = source;
    for (const key of keys) from = typeof from === "object" ? from[key] : undefined;
    if (from === undefined) continue;
    let into = picked;
    for (const key of keys.slice(0, -1)) into = (into[key] ??= {}) as Tree;
    into[keys.at(-1)!] = from;
  }
  return picked;
}

// Picked once per locale: the messages never change while the server runs.
const picked = new Map<Locale, Messages>();

/** The messages the client components of every page need, for NextIntlClientProvider. */
export function clientMessages(locale: Locale): Messages {
  let result = picked.get(locale);
  if (!result) {
    // Typed as the full set so the provider accepts it; keys outside the list are absent at runtime.
    result = pickMessages(messages[locale] as unknown as Tree, clientNamespaces) as unknown as Messages;
    picked.set(locale, result);
  }
  return result;
}
