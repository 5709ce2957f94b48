import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { prepareDatabase } from "./prepare-database";

const SERVER_URL = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432";
// Several checkouts (or engineers) on one server can keep apart with TEST_POSTGRES_DATABASE.
const DATABASE = process.env.TEST_POSTGRES_DATABASE ?? "kiezwerk_test";

/** Drops and recreates the test database (`kiezwerk_test`) on the real server, so every run starts from an empty, migrated database. */
export default async function setup(project: TestProject) {
  const admin = postgres(`${SERVER_URL}/postgres`, { max: 1, onnotice: () => {} });
  try {
    await admin`drop database if exists ${admin(DATABASE)} with (force)`;
    await admin`create database ${admin(DATABASE)}`;
  } catch (error) {
    throw new Error(
      `Cannot prepare the test database on ${SERVER_URL}: ${(error as Error).message}. ` +
        "The integration-postgres project needs a running PostgreSQL server (set TEST_POSTGRES_URL to use another one).",
      { cause: error },
    );
  } finally {
    await admin.end({ timeout: 5 });
  }

  const url = `${SERVER_URL}/${DATABASE}`;
  await prepareDatabase(url, { embedded: false });
  project.provide("databaseUrl", url);
  project.provide("databaseEmbedded", false);
}
