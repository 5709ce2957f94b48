/** Runs once when a server starts: a production server refuses to start half-configured. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV !== "production") return;
  const { assertProductionConfiguration } = await import("./lib/config/production");
  try {
    assertProductionConfiguration();
  } catch (error) {
    // Next.js would only log a failed hook and serve anyway; a half-configured server must not run.
    console.error(`[kiezwerk] refusing to start: ${(error as Error).message}`);
    process.exit(1);
  }
}
