import { randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { OutgoingMail } from "./types";

export interface OutboxMail extends OutgoingMail {
  id: string;
  from: string;
  sentAt: string;
}

export function outboxDirectory(env: NodeJS.ProcessEnv = process.env) {
  // The comment keeps Turbopack from tracing the whole project for this runtime-only path.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), env.MAIL_OUTBOX_DIR ?? path.join(env.KIEZWERK_DATA_DIR ?? ".data", "outbox"));
}

/** Keeps a mail as a JSON file: one file per mail, so concurrent writers never collide. */
export async function putInOutbox(mail: OutgoingMail & { from: string }): Promise<OutboxMail> {
  const dir = outboxDirectory();
  await mkdir(dir, { recursive: true });
  const sentAt = new Date().toISOString();
  const entry: OutboxMail = { id: randomUUID(), sentAt, ...mail };
  const file = path.join(dir, `${sentAt.replace(/[:.]/g, "-")}-${entry.id}.json`);
  // Written aside and renamed: a reader polling the folder (the worker writes while tests read) never sees half a mail.
  await writeFile(`${file}.tmp`, JSON.stringify(entry, null, 2));
  await rename(`${file}.tmp`, file);
  console.log(`[mail:outbox] to=${mail.to} subject="${mail.subject}"\n${mail.text}\n`);
  return entry;
}

/** Newest first. */
export async function readOutbox(): Promise<OutboxMail[]> {
  const dir = outboxDirectory();
  const files = await readdir(dir).catch(() => [] as string[]);
  const mails = await Promise.all(
    files.filter((f) => f.endsWith(".json")).map(async (f) => JSON.parse(await readFile(path.join(dir, f), "utf8")) as OutboxMail),
  );
  return mails.sort((a, b) => b.sentAt.localeCompare(a.sentAt));
}
