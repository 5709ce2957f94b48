import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startServer, type RunningServer } from "./server";

/**
 * `--instances N`: N app instances on one database behind HAProxy (Debian's package), balancing
 * round robin, as several instances run in production. With one instance, the server itself.
 * Peak memory is the sum over the instances' peaks.
 */
export async function startCluster({ instances, port, env }: { instances: number; port: number; env: NodeJS.ProcessEnv }): Promise<RunningServer> {
  if (instances <= 1) return startServer({ port, env });
  const balancerUrl = `http://localhost:${port}`;
  const servers: RunningServer[] = [];
  for (let i = 0; i < instances; i++) servers.push(await startServer({ port: port + 1 + i, env: { ...env, AUTH_URL: balancerUrl } }));
  const dir = mkdtempSync(path.join(tmpdir(), "kiezwerk-bench-haproxy-"));
  const file = path.join(dir, "haproxy.cfg");
  writeFileSync(
    file,
    [
      "global",
      "  maxconn 4096",
      "defaults",
      "  mode http",
      "  option http-keep-alive",
      "  option forwardfor",
      "  timeout connect 5s",
      "  timeout client 60s",
      "  timeout server 60s",
      "frontend web",
      `  bind 127.0.0.1:${port}`,
      "  default_backend app",
      "backend app",
      "  balance roundrobin",
      ...servers.map((s, i) => `  server app${i} 127.0.0.1:${new URL(s.url).port}`),
      "",
    ].join("\n"),
  );
  const balancer = spawn(process.env.HAPROXY ?? "/usr/sbin/haproxy", ["-f", file, "-db"], { stdio: ["ignore", "ignore", "inherit"] });
  const deadline = Date.now() + 30_000;
  while (!(await fetch(`${balancerUrl}/api/health`).then((r) => r.ok, () => false))) {
    if (Date.now() > deadline || balancer.exitCode !== null) throw new Error("HAProxy did not start");
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url: balancerUrl,
    peakRssBytes: () => servers.reduce((sum, s) => sum + s.peakRssBytes(), 0),
    stop: async () => {
      balancer.kill("SIGTERM");
      await Promise.all(servers.map((s) => s.stop()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
