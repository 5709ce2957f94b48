import { afterAll, inject } from "vitest";

// Runs in every integration test file before the file's own imports, so getDb() (which reads
// DATABASE_URL lazily) opens the database this project's global setup prepared.
process.env.DATABASE_URL = inject("databaseUrl");
if (inject("databaseEmbedded")) process.env.DATABASE_EMBEDDED = "1";
else delete process.env.DATABASE_EMBEDDED;
// The one public origin every absolute URL in mails is built from (never the request's host).
process.env.AUTH_URL = "https://kiezwerk.test";

afterAll(async () => {
  const global = globalThis as unknown as { kiezwerkDb?: { close: () => Promise<void> } };
  await global.kiezwerkDb?.close();
  global.kiezwerkDb = undefined;
});
