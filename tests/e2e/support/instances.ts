import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freshDatabase } from "./extra-server";

const SERVER_URL = process.env.E2E_POSTGRES_SERVER ?? "postgres://postgres@127.0.0.1:5432";
const HAPROXY = process.env.E2E_HAPROXY ?? "/usr/sbin/haproxy";

export interface Instances {
  /** The load balancer's origin, the public one (AUTH_URL) of both instances. */
  url: string;
  /** Each instance's own origin, to ask one of them directly. */
  instances: [string, string];
  stop: () => Promise<void>;
}

async function waitFor(url: string, child: ChildProcess, what: string) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`${what} did not start (${url})`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function stopChild(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

/**
 * Two production servers from the same build on one fresh PostgreSQL database, behind HAProxy
 * (Debian's package) balancing round robin — started the way an operator runs several instances:
 * the same AUTH_URL (the balancer's), the proxy trusted for the client's address.
 */
export async function startInstances({ name, ports }: { name: string; ports: { a: number; b: number; balancer: number } }): Promise<Instances> {
  const database = await freshDatabase(name);
  const url = `http://localhost:${ports.balancer}`;
  const children: ChildProcess[] = [];
  const startApp = async (label: string, port: number) => {
    const dataDir = path.resolve(".data", `e2e-${name}-${label}`);
    rmSync(dataDir, { recursive: true, force: true });
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(port),
        DATABASE_URL: `${SERVER_URL}/${database}`,
        KIEZWERK_DATA_DIR: dataDir,
        AUTH_URL: url,
        AUTH_SECRET: "e2e-secret-not-for-production-0123456789abcdef",
        MAIL_TRANSPORT: "outbox",
        // The first instance prepares the database and the demo data; the second finds them there.
        SEED_DEMO: label === "a" ? "1" : "0",
        TRUSTED_PROXIES: "loopback",
      },
      stdio: ["ignore", "ignore", "inherit"],
    });
    children.push(child);
    await waitFor(`http://localhost:${port}/api/health`, child, `instance ${label}`);
  };
  const config = mkdtempSync(path.join(tmpdir(), "kiezwerk-haproxy-"));
  try {
    await startApp("a", ports.a);
    await startApp("b", ports.b);
    const file = path.join(config, "haproxy.cfg");
    writeFileSync(
      file,
      [
        "global",
        "  maxconn 512",
        "defaults",
        "  mode http",
        "  option forwardfor",
        "  timeout connect 5s",
        "  timeout client 60s",
        "  timeout server 60s",
        "frontend web",
        `  bind 127.0.0.1:${ports.balancer}`,
        "  default_backend app",
        "backend app",
        "  balance roundrobin",
        `  server a 127.0.0.1:${ports.a} check`,
        `  server b 127.0.0.1:${ports.b} check`,
        "",
      ].join("\n"),
    );
    const balancer = spawn(HAPROXY, ["-f", file, "-db"], { stdio: ["ignore", "ignore", "inherit"] });
    children.push(balancer);
    await waitFor(`${url}/api/health`, balancer, "HAProxy");
  } catch (error) {
    await Promise.all(children.map(stopChild));
    throw error;
  }
  return {
    url,
    instances: [`http://localhost:${ports.a}`, `http://localhost:${ports.b}`],
    stop: async () => {
      await Promise.all(children.map(stopChild));
      rmSync(config, { recursive: true, force: true });
    },
  };
}
