import { spawn } from "node:child_process";
import { prepareRuntime } from "./prepare-runtime";

/** Prepares the database, then runs `next <command>` with the resulting environment until it exits. */
export async function runNext(command: "dev" | "start", mode: "development" | "production", extraArgs: string[] = []) {
  const { env, embedded } = await prepareRuntime({ mode });
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
