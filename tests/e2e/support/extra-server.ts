import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import path from "node:path";
import postgres from "postgres";
import { Outbox } from "./outbox";

const SERVER_URL = process.env.E2E_POSTGRES_SERVER ?? "postgres://postgres@127.0.0.1:5432";

/** A new, empty PostgreSQL database `kiezwerk_e2e_<name>` on the test server (dropped first if it is there); its name. */
export async function freshDatabase(name: string): Promise<string> {
  const database = `kiezwerk_e2e_${name}`;
  const admin = postgres(`${SERVER_URL}/postgres`, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${database}" with (force)`);
    await admin.unsafe(`create database "${database}"`);
  } finally {
    await admin.end();
  }
  return database;
}

export interface ExtraServer {
  url: string;
  outbox: Outbox;
  stop: () => Promise<void>;
}

/**
 * One more production server from the same build, started the way an operator starts it
 * (`npm start`: migrate, district configuration, demo data), on a fresh PostgreSQL database of
 * its own — for specs that need other settings than the shared servers (no trusted proxy, …).
 */
export async function startExtraServer({ name, port, env = {} }: { name: string; port: number; env?: Record<string, string> }): Promise<ExtraServer> {
  const database = await freshDatabase(name);
  const dataDir = path.resolve(".data", `e2e-${name}`);
  rmSync(dataDir, { recursive: true, force: true });
  const url = `http://localhost:${port}`;
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: `${SERVER_URL}/${database}`,
      KIEZWERK_DATA_DIR: dataDir,
      AUTH_URL: url,
      AUTH_SECRET: "e2e-secret-not-for-production-0123456789abcdef",
      MAIL_TRANSPORT: "outbox",
      SEED_DEMO: "1",
      TRUSTED_PROXIES: "",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    const ready = await fetch(`${url}/api/health`).then((r) => r.ok).catch(() => false);
    if (ready) break;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the ${name} server did not start on ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    outbox: new Outbox(path.join(dataDir, "outbox")),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, with headers a browser would never let a page set (Host, Origin). */
export function rawRequest(url: string, { method = "GET", headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}) {
  return new Promise<RawResponse>((resolve, reject) => {
    const target = new URL(url);
    const request = httpRequest(
      { hostname: "127.0.0.1", port: target.port, path: `${target.pathname}${target.search}`, method, headers: { host: target.host, ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
      },
    );
    request.on("error", reject);
    if (body !== undefined) request.write(body);
    request.end();
  });
}
