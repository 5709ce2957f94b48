import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedDatabase {
  url: string;
  /** True when this process opened the data directory (and must close it). */
  owner: boolean;
  stop: () => Promise<void>;
}

interface LockFile {
  pid: number;
  port: number;
}

const EMBEDDED_USER_URL = (port: number) => `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;

function isProcessAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function canConnect(port: number) {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

/**
 * Opens the PGlite data directory in this process and serves it over the Postgres protocol, so
 * that every other process (Next's workers, scripts, tests) reaches it with the ordinary driver.
 * A lock file makes sure the directory is never opened twice: a second caller reuses the server.
 */
export async function startEmbeddedDatabase({
  dataDir,
  port = 0,
}: {
  dataDir: string;
  port?: number;
}): Promise<EmbeddedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, "..", `${path.basename(dataDir)}.lock`);

  if (existsSync(lockPath)) {
    const lock = JSON.parse(readFileSync(lockPath, "utf8")) as LockFile;
    if (lock.pid !== process.pid && isProcessAlive(lock.pid) && (await canConnect(lock.port))) {
      return { url: EMBEDDED_USER_URL(lock.port), owner: false, stop: async () => {} };
    }
    rmSync(lockPath, { force: true });
  }

  // PGlite loads an extension only when told to; migration 0004 creates pg_trgm (trigram indexes).
  const db = await PGlite.create({ dataDir, extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 16 });
  await server.start();
  const address = server.getServerConn();
  const actualPort = Number(address.split(":").pop());
  writeFileSync(lockPath, JSON.stringify({ pid: process.pid, port: actualPort } satisfies LockFile));

  let stopped = false;
  return {
    url: EMBEDDED_USER_URL(actualPort),
    owner: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      rmSync(lockPath, { force: true });
    },
  };
}
