/** Session lifetime, for magic-link and password sign-ins alike. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** Secure cookies whenever the public URL is https; plain http only for local development and tests. */
export function wantsSecureCookies(env: NodeJS.ProcessEnv = process.env) {
  return (env.AUTH_URL ?? "").startsWith("https://");
}

/** The same name Auth.js uses, so its magic-link sessions and our password sessions share one cookie. */
export function sessionCookieName(env: NodeJS.ProcessEnv = process.env) {
  return `${wantsSecureCookies(env) ? "__Secure-" : ""}authjs.session-token`;
}
