import { spawn } from "node:child_process";
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
  const args = [command, ...extraArgs];
  if (env.PORT) args.push("--port", env.PORT);
  const child = spawn(process.execPath, [require.resolve("next/dist/bin/next"), ...args], { env, stdio: "inherit" });

  const shutdown = async (code: number) => {
    await embedded?.stop();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => child.kill(signal));
  }
  child.on("exit", (code) => void shutdown(code ?? 0));
}
