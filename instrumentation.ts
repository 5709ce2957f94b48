/** Runs once when a server starts: a production server refuses to start half-configured. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NODE_ENV === "production") {
    const { refuseMisconfiguredStart } = await import("./lib/config/refuse-misconfigured-start");
    refuseMisconfiguredStart();
  }
}
