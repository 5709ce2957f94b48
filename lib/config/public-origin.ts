/**
 * The one public origin of this instance. Every absolute URL (sign-in links, feeds, redirects,
 * letters with the site address, later calendar and unsubscribe links) is built from it, never
 * from the request's Host or X-Forwarded-Host: a forged header must not reach a mail.
 *
 * No "server-only" here: the start scripts, instrumentation and the gate read it too.
 */

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

export const DEFAULT_DEVELOPMENT_PORT = 3000;

function parseOrigin(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`AUTH_URL is not a valid URL: "${value}". Set it to the public address, e.g. https://kiezwerk.treptow-koepenick.de`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`AUTH_URL must be an http(s) address, not "${url.protocol}".`);
  }
  return url;
}

/** The origin a development or test server uses when AUTH_URL is not set: always localhost, whatever the developer typed. */
export function developmentOrigin(env: NodeJS.ProcessEnv = process.env) {
  return `http://localhost:${env.PORT || DEFAULT_DEVELOPMENT_PORT}`;
}

/**
 * A production server needs an https AUTH_URL. Plain http is accepted only for a loopback host
 * (the browser tests and the benchmark run a production build on localhost), which no one
 * outside this machine can reach.
 */
export function assertPublicOriginConfigured(env: NodeJS.ProcessEnv = process.env) {
  if (!env.AUTH_URL) {
    throw new Error(
      "AUTH_URL is not set. A production server needs its public https address, e.g. AUTH_URL=https://kiezwerk.treptow-koepenick.de — it is never taken from the request.",
    );
  }
  const url = parseOrigin(env.AUTH_URL);
  if (url.protocol !== "https:" && !LOOPBACK_HOSTS.has(url.hostname)) {
    throw new Error(`AUTH_URL must be an https address in production (got ${url.origin}); plain http is only allowed for localhost.`);
  }
}

/** The configured origin, e.g. "https://kiezwerk.treptow-koepenick.de" (no trailing slash). */
export function publicOrigin(env: NodeJS.ProcessEnv = process.env): string {
  if (env.AUTH_URL) return parseOrigin(env.AUTH_URL).origin;
  if (env.NODE_ENV === "production") assertPublicOriginConfigured(env);
  return developmentOrigin(env);
}

/** Whether the public origin is https: secure cookies follow from it. */
export function isSecureOrigin(env: NodeJS.ProcessEnv = process.env) {
  return publicOrigin(env).startsWith("https://");
}

/** An absolute URL on the public origin for a path of this site. */
export function absoluteUrl(path: string, env: NodeJS.ProcessEnv = process.env) {
  return new URL(path, `${publicOrigin(env)}/`).toString();
}
