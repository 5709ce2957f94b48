/**
 * The one check for every return address a client can hand us (?callbackUrl=, a form's "back to"):
 * it is parsed against our own origin and accepted only if it stays there. Backslashes and control
 * characters are refused outright — browsers read "/\evil.example" as "//evil.example".
 */
const UNSAFE_CHARACTERS = /[\\\u0000-\u001f\u007f]/;
const PLACEHOLDER_ORIGIN = "http://kiezwerk.invalid";

export function safeReturnPath(value: string | string[] | null | undefined, fallback = "/"): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (!candidate || !candidate.startsWith("/") || UNSAFE_CHARACTERS.test(candidate)) return fallback;
  let decoded: string;
  try {
    decoded = decodeURIComponent(candidate);
  } catch {
    return fallback;
  }
  // An encoded backslash or control character would be decoded by someone down the line.
  if (UNSAFE_CHARACTERS.test(decoded)) return fallback;
  let url: URL;
  try {
    url = new URL(candidate, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
