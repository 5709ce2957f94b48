export const locales = ["de", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "de";
/** The only cookie besides the session: the reader's language choice. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function toLocale(value: string | undefined | null): Locale {
  return locales.includes(value as Locale) ? (value as Locale) : defaultLocale;
}

export function localeFromCookieHeader(header: string | null | undefined): Locale {
  const match = header?.split(/;\s*/).find((part) => part.startsWith(`${LOCALE_COOKIE}=`));
  return toLocale(match?.slice(LOCALE_COOKIE.length + 1));
}
