import { sessionCookieName, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/cookies";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_SECONDS } from "@/lib/i18n/config";

/**
 * Every cookie the platform sets — the privacy page lists exactly these, and
 * tests/e2e/privacy-cookies.spec.ts compares them with what a browser receives. Auth.js's CSRF and
 * callback-URL cookies are taken off its responses (lib/auth/unneeded-cookies.ts).
 */
export function platformCookies(env: NodeJS.ProcessEnv = process.env) {
  return [
    { name: sessionCookieName(env), purpose: "session", days: SESSION_MAX_AGE_SECONDS / 86_400 },
    { name: LOCALE_COOKIE, purpose: "locale", days: LOCALE_COOKIE_MAX_AGE_SECONDS / 86_400 },
  ] as const;
}
