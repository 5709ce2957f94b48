import { spawn } from "node:child_process";
import path from "node:path";
import { assertProductionConfiguration } from "../lib/config/production";
import { prepareRuntime } from "./prepare-runtime";

/** Prepares the database, then runs `next <command>` with the resulting environment until it exits. */
export async function runNext(command: "dev" | "start", mode: "development" | "production", extraArgs: string[] = []) {
  const { env, embedded } = await prepareRuntime({ mode });
  if (mode === "production") {
    try {
      assertProductionConfiguration({ ...env, NODE_ENV: "production" });
    } catch (error) {
      console.error(`[kiezwerk] refusing to start: ${(error as Error).message}`);
      await embedded?.stop();
      process.exit(1);
    }
  }
  // Nothing leaves the machine: not even the framework's anonymous telemetry.
  env.NEXT_TELEMETRY_DISABLED = "1";
  if (extraArgs.length > 0) console.warn(`[kiezwerk] ignoring arguments ${extraArgs.join(" ")}: set PORT (and HOSTNAME) in the environment instead`);
  // Our own HTTP server around Next.js: it resolves the client's address (TRUSTED_PROXIES).
  const child = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "next-server.ts"), command], { env, stdio: "inherit" });

  const shutdown = async (code: number) => {
    await embedded?.stop();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => child.kill(signal));
  }
  child.on("exit", (code) => void shutdown(code ?? 0));
}
