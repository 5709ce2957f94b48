import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { publishAnnouncement, uniqueTitle } from "./support/announcements";
import { E2E_AUTH_SECRET, E2E_ENVIRONMENTS, e2eBaseUrl, e2eDataDir, e2eOutboxDir } from "./environments";
import { expect, expectAccessible, joinAsNewMemberOn, signInWithPassword, test } from "./support/fixtures";
import { openAnnouncement, staffPage, visitorPage, writeComment } from "./support/kiez";

const run = promisify(execFile);

/** The morning's digest run, now: the script the worker's schedule runs, against this suite's server data. */
async function sendDailyDigest() {
  await run("npx", ["--no-install", "tsx", "--conditions=react-server", "scripts/digest.ts", "daily"], {
    env: {
      ...process.env,
      DATABASE_URL: E2E_ENVIRONMENTS.postgres.databaseUrl,
      KIEZWERK_DATA_DIR: e2eDataDir("postgres"),
      MAIL_OUTBOX_DIR: e2eOutboxDir("postgres"),
      MAIL_TRANSPORT: "outbox",
      AUTH_URL: e2eBaseUrl("postgres"),
      AUTH_SECRET: E2E_AUTH_SECRET,
      SEED_DEMO: "0",
    },
  });
}

const isSignInMail = (mail: { subject: string }) => mail.subject === "Dein Anmeldelink für Kiezwerk";

test.describe("Notifications by mail", () => {
  test("replies in the daily digest: no mail at once, one grouped mail in the morning, and its unsubscribe link works signed out", async ({ browser, page, outbox, environment }) => {
    test.skip(environment !== "postgres", "the digest script runs against the PostgreSQL server's data");
    // Two people join and a digest run starts its own process: a long journey on a busy machine.
    test.setTimeout(240_000);
    const staff = await staffPage(browser);
    const title = uniqueTitle("Schulweg Dahmestraße");
    await publishAnnouncement(staff, { title, body: "Der Schulweg wird sicherer.", localities: ["Köpenick"], topics: ["Verkehr und Mobilität"] });
    await staff.context().close();

    // A resident comments and chooses the daily digest for replies.
    const resident = await joinAsNewMemberOn(page, outbox);
    await openAnnouncement(page, title);
    await writeComment(page, "Endlich ein Zebrastreifen!");
    await page.goto("/einstellungen");
    await page.getByRole("link", { name: "E-Mails, Sammelmails und Sprache einstellen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Benachrichtigungen einstellen" })).toBeVisible();
    await expect(page.getByLabel("Dein Konto und deine Moderationsfälle")).toBeDisabled();
    await page.getByLabel("Neue Kommentare unter Bekanntmachungen, die du kommentiert hast").selectOption({ label: "Täglich als Sammelmail" });
    await page.getByRole("button", { name: "Speichern" }).click();
    await expect(page.getByText("Deine Einstellungen sind gespeichert.")).toBeVisible();
    await expectAccessible(page);

    // Someone replies: the resident sees it in the app, but gets no mail now.
    const neighbourPage = await visitorPage(browser);
    await joinAsNewMemberOn(neighbourPage, outbox);
    await openAnnouncement(neighbourPage, title);
    await writeComment(neighbourPage, "Und eine Ampel am Markt.");
    await writeComment(neighbourPage, "Und Tempo 30.");
    await page.goto("/benachrichtigungen");
    await expect(page.getByText(`2 Benachrichtigungen zu „${title}“`)).toBeVisible();
    await expectAccessible(page);
    // The worker polls every second: three seconds without a mail mean none was sent.
    await page.waitForTimeout(3_000);
    expect((await outbox.mailsTo(resident.email)).filter((m) => !isSignInMail(m))).toEqual([]);

    // The morning's digest: one mail, the thread's comments in one line. (The two were read when the
    // list was opened, so they are not in it; a fresh, unread comment is.)
    await writeComment(neighbourPage, "Und ein Schülerlotse!");
    await neighbourPage.context().close();
    await sendDailyDigest();
    const digests = (await outbox.mailsTo(resident.email)).filter((m) => !isSignInMail(m));
    expect(digests.map((m) => m.subject)).toEqual(["Deine tägliche Übersicht von Kiezwerk"]);
    expect(digests[0]!.text).toContain(`1 neuer Kommentar unter »${title}«`);

    // The unsubscribe link for replies, opened without an account: confirm, done.
    const line = digests[0]!.text.split("\n").find((l) => l.startsWith("E-Mails zu „Neue Kommentare unter Bekanntmachungen"));
    const link = line?.match(/https?:\/\/\S+\/abbestellen\?t=\S+/)?.[0];
    expect(link, "the digest's unsubscribe link for replies").toBeTruthy();
    const signedOut = await visitorPage(browser);
    await signedOut.goto(link!);
    await expect(signedOut.getByRole("heading", { level: 1, name: "E-Mails abbestellen" })).toBeVisible();
    await expect(signedOut.getByText(/Neue Kommentare unter Bekanntmachungen, die du kommentiert hast/)).toBeVisible();
    await expectAccessible(signedOut);
    await signedOut.getByRole("button", { name: "Abbestellen" }).click();
    await expect(signedOut.getByText(/Erledigt: Du bekommst zu „Neue Kommentare unter Bekanntmachungen, die du kommentiert hast“ keine E-Mails mehr\./)).toBeVisible();
    await expectAccessible(signedOut);
    // RFC 8058: the mail program's one-click POST to the same address works too.
    const oneClick = await signedOut.request.post(link!, { form: { "List-Unsubscribe": "One-Click" } });
    expect(oneClick.status()).toBe(200);
    await signedOut.context().close();

    await page.goto("/einstellungen/benachrichtigungen");
    await expect(page.getByLabel("Neue Kommentare unter Bekanntmachungen, die du kommentiert hast")).toHaveValue("in_app");
  });

  test("admins see the mails that failed after the last retry", async ({ page }) => {
    await signInWithPassword(page, "ada");
    await page.goto("/admin/zustellung");
    await expect(page.getByRole("heading", { level: 1, name: "Zustellung" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Zustellung" })).toHaveAttribute("aria-current", "page");
    await expectAccessible(page);
  });
});
