import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase } from "../../db/embedded";
import { prepareDatabase } from "./prepare-database";

/**
 * A fresh PGlite in a temporary directory, served over the Postgres protocol by pglite-socket —
 * the same code path `npm run dev` takes for .data/, so the tests exercise it too.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), "kiezwerk-test-"));
  const database = await startEmbeddedDatabase({ dataDir: path.join(dir, "pglite") });
  await prepareDatabase(database.url, { embedded: true });
  project.provide("databaseUrl", database.url);
  project.provide("databaseEmbedded", true);

  return async () => {
    await database.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
