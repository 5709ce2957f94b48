import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth from "next-auth";
import Resend from "next-auth/providers/resend";
import { getDb } from "@/db/client";
import { publicOrigin } from "@/lib/config/public-origin";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { localeFromCookieHeader } from "@/lib/i18n/config";
import { magicLinkMail } from "@/lib/mail/magic-link";
import { sendMail } from "@/lib/mail/send";
import { mailSender } from "@/lib/mail/transport";
import { MAGIC_LINK_MAX_AGE_SECONDS } from "./magic-link-age";
import { SESSION_MAX_AGE_SECONDS, sessionCookieName, wantsSecureCookies } from "./cookies";

/**
 * Auth.js builds the link from AUTH_URL (always set: lib/config/public-origin.ts); whatever host it
 * was handed, the token only ever travels to our own public origin.
 */
export function onPublicOrigin(link: string) {
  const url = new URL(link);
  return new URL(`${url.pathname}${url.search}`, `${publicOrigin()}/`).toString();
}

export { MAGIC_LINK_MAX_AGE_SECONDS };
/** The provider id: magic links point at /api/auth/callback/email. */
export const MAGIC_LINK_PROVIDER = "email";

/**
 * Auth.js handles the magic link: it stores only a hash of the token, deletes it on use, creates the
 * account on first use and the database session. Configured lazily so nothing touches the database
 * at import time (or during `next build`).
 */
export const { handlers, signIn } = NextAuth(() => {
  // Auth.js reads AUTH_URL itself for the links it builds; never let it derive one from request headers.
  process.env.AUTH_URL ??= publicOrigin();
  return {
    adapter: DrizzleAdapter(getDb(), {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS },
    trustHost: true,
    useSecureCookies: wantsSecureCookies(),
    cookies: {
      sessionToken: {
        name: sessionCookieName(),
        options: { httpOnly: true, sameSite: "lax", path: "/", secure: wantsSecureCookies() },
      },
    },
    pages: { signIn: "/anmelden", verifyRequest: "/mitmachen/link-gesendet", error: "/anmelden/fehler" },
    providers: [
      // Auth.js's Resend provider calls the API by a fixed URL; we only borrow its shape and send
      // through our own mail module (Resend SDK or local outbox).
      Resend({
        id: MAGIC_LINK_PROVIDER,
        name: "E-Mail",
        from: mailSender(),
        maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
        // The one mail not sent through notify() and the worker: the person is waiting on the
        // sign-in page for it, no account may exist yet (nobody to notify), and Auth.js must learn
        // right here whether it went out, so a failure shows on the form instead of being retried late.
        async sendVerificationRequest({ identifier, url, request }) {
          const locale = localeFromCookieHeader(request.headers.get("cookie"));
          await sendMail(magicLinkMail({ to: identifier, url: onPublicOrigin(url), locale, minutes: MAGIC_LINK_MAX_AGE_SECONDS / 60 }));
        },
      }),
    ],
  };
});
