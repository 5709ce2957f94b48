import { runDigest } from "../lib/notifications/digest";
import { prepareRuntime } from "./prepare-runtime";

/**
 * `npm run digest -- daily|weekly`: sends that digest now, the same run the worker's schedule starts
 * at 7:00 (Europe/Berlin) — for operators catching up after an outage, and for the browser tests.
 */
async function main(period: string | undefined) {
  if (period !== "daily" && period !== "weekly") {
    console.error("usage: npm run digest -- daily|weekly");
    process.exit(2);
  }
  const { env, embedded } = await prepareRuntime({ mode: process.env.NODE_ENV === "production" ? "production" : "development" });
  Object.assign(process.env, env);
  try {
    const run = await runDigest(period);
    console.log(`[digest] ${period}: ${run.recipients} mails, ${run.items} items`);
  } finally {
    const global = globalThis as unknown as { kiezwerkDb?: { close: () => Promise<void> } };
    await global.kiezwerkDb?.close();
    await embedded?.stop();
  }
}

void main(process.argv[2]).catch((error: unknown) => {
  console.error("[digest] failed", error);
  process.exit(1);
});
