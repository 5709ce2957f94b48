import { assertProductionConfiguration } from "./production";

/** Node.js only (imported by instrumentation.ts for that runtime): ends the process on bad configuration. */
export function refuseMisconfiguredStart() {
  try {
    assertProductionConfiguration();
  } catch (error) {
    // Next.js would only log a failed hook and serve anyway; a half-configured server must not run.
    console.error(`[kiezwerk] refusing to start: ${(error as Error).message}`);
    process.exit(1);
  }
}
