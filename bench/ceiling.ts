/**
 * The framework's ceilings on this machine, measured in the same run as the app: a minimal Next.js app
 * (bench/ceiling, built with the project's Next.js) serving the same-size page three ways — a file in
 * public/, a prerendered route and a minimal dynamic route — plus a blank page for the framework's
 * own first-load JavaScript.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const DIR = path.join("bench", "ceiling");

export interface CeilingServer {
  url: string;
  stop: () => Promise<void>;
}

/** Builds the ceiling app for pages of `pageBytes`, writes the static file of the same size, starts it. */
export async function startCeiling({ port, pageBytes }: { port: number; pageBytes: number }): Promise<CeilingServer> {
  const env = { ...process.env, CEILING_PAGE_BYTES: String(pageBytes), NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const };
  // Built with webpack: Turbopack infers the workspace root from the repository's lockfile and then
  // takes the app's own instrumentation.ts and proxy.ts into the ceiling, which must have neither.
  const build = spawnSync("npx", ["--no-install", "next", "build", "--webpack", DIR], { stdio: "inherit", env });
  if (build.status !== 0) throw new Error("the ceiling app did not build");
  // The static file: the prerendered page's own bytes (from the build), served from public/.
  mkdirSync(path.join(DIR, "public"), { recursive: true });
  writeFileSync(path.join(DIR, "public", "static.html"), readFileSync(path.join(DIR, ".next", "server", "app", "prerendered.html")));
  const child = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", DIR, "--port", String(port)], { env, stdio: ["ignore", "ignore", "inherit"] });
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ready = await fetch(`${url}/prerendered`).then((r) => r.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error("the ceiling app did not start");
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    },
  };
}
