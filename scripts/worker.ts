import { startWorker, stopWorker } from "../lib/jobs/worker";
import { prepareRuntime } from "./prepare-runtime";

/**
 * `npm run worker`: the job worker on its own, for deployments that run the app with WORKER=off
 * (several app instances, one or more workers — pg-boss hands each job to exactly one of them).
 */
async function main() {
  const { env, embedded } = await prepareRuntime({ mode: process.env.NODE_ENV === "production" ? "production" : "development" });
  Object.assign(process.env, env);
  await startWorker();
  const shutdown = async () => {
    await stopWorker();
    await embedded?.stop();
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutdown());
}

void main().catch((error: unknown) => {
  console.error("[jobs] the worker stopped", error);
  process.exit(1);
});
