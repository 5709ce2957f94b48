import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect } from "@playwright/test";
import type { E2EEnvironment } from "../environments";

interface StoredMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  sentAt: string;
}

/** Reads the server's mail outbox where it is stored (the outbox page exists only in development). */
export class Outbox {
  /** `environment`: which of the suite's two servers writes here (none for a spec's own extra server). */
  constructor(
    private readonly dir: string,
    readonly environment?: E2EEnvironment,
  ) {}

  async mailsTo(address: string): Promise<StoredMail[]> {
    const files = await readdir(this.dir).catch(() => [] as string[]);
    const mails = await Promise.all(files.filter((f) => f.endsWith(".json")).map(async (f) => JSON.parse(await readFile(path.join(this.dir, f), "utf8")) as StoredMail));
    return mails.filter((m) => m.to === address).sort((a, b) => a.sentAt.localeCompare(b.sentAt));
  }

  /** Waits for the n-th sign-in mail to `address` (other mails to it do not count) and returns its link. */
  private async signInLinks(address: string): Promise<string[]> {
    const linkIn = (mail: StoredMail) => mail.text.match(/https?:\/\/\S+\/api\/auth\/callback\/email\S*/)?.[0];
    return (await this.mailsTo(address)).flatMap((m) => linkIn(m) ?? []);
  }

  /** The nth sign-in link sent to the address, waiting for it to arrive. */
  async signInLink(address: string, { nth = 1 } = {}): Promise<string> {
    let links: string[] = [];
    await expect.poll(async () => (links = await this.signInLinks(address)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(nth);
    return links[nth - 1]!;
  }

  /** The link that `request` has sent, however many the address had before. */
  async newSignInLink(address: string, request: () => Promise<unknown>): Promise<string> {
    const before = (await this.signInLinks(address)).length;
    await request();
    return this.signInLink(address, { nth: before + 1 });
  }
}
