import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect } from "@playwright/test";

interface StoredMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  sentAt: string;
}

/** Reads the server's mail outbox where it is stored (the outbox page exists only in development). */
export class Outbox {
  constructor(private readonly dir: string) {}

  async mailsTo(address: string): Promise<StoredMail[]> {
    const files = await readdir(this.dir).catch(() => [] as string[]);
    const mails = await Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(this.dir, f), "utf8")) as StoredMail));
    return mails.filter((m) => m.to === address).sort((a, b) => a.sentAt.localeCompare(b.sentAt));
  }

  /** Waits for the n-th mail to `address` and returns the sign-in link in it. */
  async signInLink(address: string, { nth = 1 } = {}): Promise<string> {
    let mails: StoredMail[] = [];
    await expect.poll(async () => (mails = await this.mailsTo(address)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(nth);
    const mail = mails[nth - 1]!;
    const link = mail.text.match(/https?:\/\/\S+\/api\/auth\/callback\/email\S*/)?.[0];
    if (!link) throw new Error(`No sign-in link in the mail to ${address}: ${mail.text}`);
    return link;
  }
}
