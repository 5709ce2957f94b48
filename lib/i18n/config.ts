export const locales = ["de", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "de";
/**
 * The language of what people write here (announcements, comments, names): the district's, German,
 * whatever the reader's UI language. Containers of such content carry lang={CONTENT_LOCALE}
 * (WCAG 3.1.2), so an English UI does not read German text with English pronunciation.
 */
export const CONTENT_LOCALE = "de";
/** The only cookie besides the session: the reader's language choice. */
export const LOCALE_COOKIE = "NEXT_LOCALE";
/** A year: the choice outlives a session. */
export const LOCALE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

export function toLocale(value: string | undefined | null): Locale {
  return locales.includes(value as Locale) ? (value as Locale) : defaultLocale;
}

export function localeFromCookieHeader(header: string | null | undefined): Locale {
  const match = header?.split(/;\s*/).find((part) => part.startsWith(`${LOCALE_COOKIE}=`));
  return toLocale(match?.slice(LOCALE_COOKIE.length + 1));
}
