import path from "node:path";

/** The browser tests run the same suite against both databases, each behind its own production server. */
// E2E_PORT_OFFSET lets a second checkout on the same machine run its browser tests beside this one.
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);

export const E2E_ENVIRONMENTS = {
  embedded: { port: 3101 + offset, databaseUrl: undefined },
  postgres: { port: 3102 + offset, databaseUrl: process.env.E2E_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/kiezwerk_e2e" },
} as const;

/** A port for a spec's own extra server, moved by the same offset. */
export const e2eExtraPort = (port: number) => port + offset;

export type E2EEnvironment = keyof typeof E2E_ENVIRONMENTS;

export const e2eDataDir = (name: E2EEnvironment) => path.resolve(".data", `e2e-${name}`);
export const e2eOutboxDir = (name: E2EEnvironment) => path.join(e2eDataDir(name), "outbox");
// "localhost", not 127.0.0.1: Next.js reports every loopback address as localhost, and Auth.js
// compares the origin of the sign-in link with it.
export const e2eBaseUrl = (name: E2EEnvironment) => `http://localhost:${E2E_ENVIRONMENTS[name].port}`;

/** The secret the browser tests' servers sign with (sessions, unsubscribe links); never for production. */
export const E2E_AUTH_SECRET = "e2e-secret-not-for-production-0123456789abcdef";
