import { sendDueResolutionChecks } from "../lib/concerns/resolution-check";
import { prepareRuntime } from "./prepare-runtime";

/**
 * `npm run resolution-check`: asks the authors of concerns resolved four weeks ago now, the same run
 * the worker's hourly schedule starts — for operators catching up after an outage, and for the browser tests.
 */
async function main() {
  const { env, embedded } = await prepareRuntime({ mode: process.env.NODE_ENV === "production" ? "production" : "development" });
  Object.assign(process.env, env);
  try {
    console.log(`[resolution-check] asked ${await sendDueResolutionChecks(new Date())} authors`);
  } finally {
    const global = globalThis as unknown as { kiezwerkDb?: { close: () => Promise<void> } };
    await global.kiezwerkDb?.close();
    await embedded?.stop();
  }
}

void main().catch((error: unknown) => {
  console.error("[resolution-check] failed", error);
  process.exit(1);
});
