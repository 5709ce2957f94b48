import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { magicLinkMail } from "@/lib/mail/magic-link";
import { readOutbox } from "@/lib/mail/outbox";
import { MailDeliveryError, sendMail } from "@/lib/mail/send";
import { assertMailConfigured, mailTransport } from "@/lib/mail/transport";
import { startFakeResend, type FakeResend } from "../support/fake-resend";

const API_KEY = "re_test_0123456789abcdef";
const SENDER = "Kiezwerk Treptow-Köpenick <beteiligung@kiezwerk.example>";
const LINK = "http://localhost:3000/api/auth/callback/resend?token=abc123&email=mira%40kiezwerk.example";

/** An environment as the functions under test read it (NODE_ENV is optional here, unlike in Next's types). */
const env = (values: Record<string, string>) => values as unknown as NodeJS.ProcessEnv;

const linkMail = (locale: "de" | "en" = "de") => magicLinkMail({ to: "mira@kiezwerk.example", url: LINK, locale, minutes: 15 });

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("sending through Resend (the real SDK against a local fake of the API)", () => {
  let resend: FakeResend;

  beforeAll(async () => {
    resend = await startFakeResend({ apiKey: API_KEY });
  });
  afterAll(async () => {
    await resend.close();
  });
  beforeEach(() => {
    resend.sent.length = 0;
    vi.stubEnv("RESEND_API_KEY", API_KEY);
    vi.stubEnv("RESEND_BASE_URL", resend.url);
    vi.stubEnv("MAIL_FROM", SENDER);
    vi.stubEnv("MAIL_TRANSPORT", undefined);
  });

  test("a German sign-in mail reaches the API with sender, recipient, subject and the link in both bodies", async () => {
    const { id } = await sendMail(linkMail("de"));

    expect(resend.sent).toHaveLength(1);
    const [mail] = resend.sent;
    expect(id).toBe(mail!.id);
    expect(mail!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(mail!.body.from).toBe(SENDER);
    expect(mail!.body.to).toEqual(["mira@kiezwerk.example"]);
    expect(mail!.body.subject).toBe("Dein Anmeldelink für Kiezwerk");
    expect(mail!.body.text).toContain(LINK);
    expect(mail!.body.text).toContain("Der Link ist 15 Minuten gültig");
    // In HTML the link's "&" is escaped, as it must be inside an attribute.
    expect(mail!.body.html).toContain(`href="${LINK.replaceAll("&", "&amp;")}"`);
    expect(mail!.body.html).toContain('<html lang="de">');
    expect(mail!.body.html).toContain("Bei Kiezwerk anmelden");
  });

  test("an English reader gets the English mail", async () => {
    await sendMail(linkMail("en"));
    const [mail] = resend.sent;
    expect(mail!.body.subject).toBe("Your sign-in link for Kiezwerk");
    expect(mail!.body.text).toContain("The link is valid for 15 minutes");
    expect(mail!.body.text).toContain(LINK);
    expect(mail!.body.html).toContain('<html lang="en">');
  });

  test("without MAIL_FROM the platform's default sender is used", async () => {
    vi.stubEnv("MAIL_FROM", undefined);
    await sendMail(linkMail());
    expect(resend.sent[0]!.body.from).toBe("Kiezwerk <noreply@kiezwerk.example>");
  });

  test("a mail Resend refuses (wrong API key) throws MailDeliveryError and nothing is sent", async () => {
    vi.stubEnv("RESEND_API_KEY", "re_wrong_key");
    const attempt = sendMail(linkMail());
    await expect(attempt).rejects.toBeInstanceOf(MailDeliveryError);
    await expect(attempt).rejects.toThrow(/mira@kiezwerk\.example: API key is invalid/);
    expect(resend.sent).toHaveLength(0);
    expect(resend.requests.at(-1)).toBe("POST /emails 403");
  });

  test("a mail Resend cannot accept (missing subject) throws MailDeliveryError", async () => {
    await expect(sendMail({ ...linkMail(), subject: "" })).rejects.toThrow(MailDeliveryError);
    expect(resend.requests.at(-1)).toBe("POST /emails 422");
  });

  test("an unreachable API throws MailDeliveryError instead of pretending the mail went out", async () => {
    vi.stubEnv("RESEND_BASE_URL", "http://127.0.0.1:9");
    await expect(sendMail(linkMail())).rejects.toThrow(MailDeliveryError);
  });

  test("the fake answers like Resend: 401 without a key, 403 for a wrong key, 422 for missing fields", async () => {
    const post = (headers: Record<string, string>, body: unknown) =>
      fetch(`${resend.url}/emails`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
    const complete = { from: SENDER, to: ["a@b.example"], subject: "Hallo", text: "Hallo" };

    const missingKey = await post({}, complete);
    expect(missingKey.status).toBe(401);
    expect(await missingKey.json()).toMatchObject({ statusCode: 401, name: "missing_api_key" });

    const wrongKey = await post({ authorization: "Bearer re_nope" }, complete);
    expect(wrongKey.status).toBe(403);
    expect(await wrongKey.json()).toMatchObject({ statusCode: 403, name: "invalid_api_key" });

    const noRecipient = await post({ authorization: `Bearer ${API_KEY}` }, { ...complete, to: [] });
    expect(noRecipient.status).toBe(422);
    expect(await noRecipient.json()).toMatchObject({ statusCode: 422, name: "missing_required_field" });

    const badSender = await post({ authorization: `Bearer ${API_KEY}` }, { ...complete, from: "Kiezwerk" });
    expect(badSender.status).toBe(422);

    expect(resend.sent).toHaveLength(0);
  });
});

describe("the local outbox", () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "kiezwerk-outbox-"));
    vi.stubEnv("MAIL_OUTBOX_DIR", dir);
    vi.stubEnv("MAIL_FROM", SENDER);
    vi.spyOn(console, "log").mockImplementation(() => {});
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test("with MAIL_TRANSPORT=outbox a mail lands as a file, even when an API key is configured", async () => {
    vi.stubEnv("MAIL_TRANSPORT", "outbox");
    vi.stubEnv("RESEND_API_KEY", API_KEY);
    vi.stubEnv("RESEND_BASE_URL", "http://127.0.0.1:9");

    const { id } = await sendMail(linkMail());

    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`${id}\\.json$`));
    const stored = JSON.parse(readFileSync(path.join(dir, files[0]!), "utf8"));
    expect(stored).toMatchObject({ id, from: SENDER, to: "mira@kiezwerk.example", subject: "Dein Anmeldelink für Kiezwerk" });
    expect(stored.text).toContain(LINK);
  });

  test("without an API key mail goes to the outbox by itself", async () => {
    vi.stubEnv("MAIL_TRANSPORT", undefined);
    vi.stubEnv("RESEND_API_KEY", undefined);
    await sendMail(linkMail());
    expect(readdirSync(dir)).toHaveLength(1);
  });

  test("readOutbox returns the mails newest first", async () => {
    vi.stubEnv("MAIL_TRANSPORT", "outbox");
    const first = await sendMail({ ...linkMail(), to: "erste@kiezwerk.example" });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await sendMail({ ...linkMail("en"), to: "zweite@kiezwerk.example" });

    const mails = await readOutbox();
    expect(mails.map((m) => [m.id, m.to])).toEqual([
      [second.id, "zweite@kiezwerk.example"],
      [first.id, "erste@kiezwerk.example"],
    ]);
    expect(mails[0]!.subject).toBe("Your sign-in link for Kiezwerk");
  });

  test("an outbox that was never written to is empty, not an error", async () => {
    vi.stubEnv("MAIL_OUTBOX_DIR", path.join(dir, "does-not-exist"));
    expect(await readOutbox()).toEqual([]);
  });
});

describe("mail configuration", () => {
  test("picks Resend only when a key is configured and the outbox is not chosen", () => {
    expect(mailTransport(env({ RESEND_API_KEY: API_KEY }))).toBe("resend");
    expect(mailTransport(env({ RESEND_API_KEY: API_KEY, MAIL_TRANSPORT: "outbox" }))).toBe("outbox");
    expect(mailTransport(env({}))).toBe("outbox");
  });

  test("a production server without an API key refuses to start, naming the setting", () => {
    expect(() => assertMailConfigured(env({ NODE_ENV: "production" }))).toThrow(/RESEND_API_KEY/);
  });

  test("production is fine with a key, or with the outbox chosen explicitly; development needs neither", () => {
    expect(() => assertMailConfigured(env({ NODE_ENV: "production", RESEND_API_KEY: API_KEY }))).not.toThrow();
    expect(() => assertMailConfigured(env({ NODE_ENV: "production", MAIL_TRANSPORT: "outbox" }))).not.toThrow();
    expect(() => assertMailConfigured(env({ NODE_ENV: "development" }))).not.toThrow();
  });
});
