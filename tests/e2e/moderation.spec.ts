import type { Browser, Page } from "@playwright/test";
import { publishAnnouncement, uniqueTitle } from "./support/announcements";
import { expect, expectAccessible, joinAsNewMemberOn, requestSignInLink, signInWithPassword, test, uniqueName, type NewMember } from "./support/fixtures";
import { commentWith, openAnnouncement, staffPage, visitorPage, waitUntilInteractive, writeComment } from "./support/kiez";
import type { Outbox } from "./support/outbox";

/** A new member in a browser context of their own. */
async function memberInOwnBrowser(browser: Browser, outbox: Outbox): Promise<{ page: Page; member: NewMember }> {
  const page = await (await browser.newContext()).newPage();
  return { page, member: await joinAsNewMemberOn(page, outbox) };
}

async function moderatorPage(browser: Browser, username: "moritz" | "maren"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInWithPassword(page, username);
  return page;
}

/** An announcement by staff, with one comment by a new member (in `page`); returns the announcement's title. */
async function announcementWithComment(browser: Browser, page: Page, text: string) {
  const staff = await staffPage(browser);
  const title = uniqueTitle("Spielplatz");
  await publishAnnouncement(staff, { title, body: "Der Spielplatz am Ufer wird erneuert.", localities: ["Köpenick"], topics: ["Kultur und Freizeit"] });
  await staff.context().close();
  await openAnnouncement(page, title);
  await writeComment(page, text);
  return title;
}

/** Reports the comment with this text through its report control. */
async function reportComment(page: Page, text: string, { reason, explanation }: { reason: string; explanation: string }) {
  const comment = commentWith(page, text);
  await waitUntilInteractive(comment.getByRole("button", { name: "Kommentar melden" }));
  await comment.getByRole("button", { name: "Kommentar melden" }).click();
  await comment.getByRole("group", { name: "Grund" }).getByLabel(reason).check();
  await comment.getByLabel("Erläuterung").fill(explanation);
  await comment.getByRole("button", { name: "Meldung absenden" }).click();
}

/** The transparency report's count in a table row of the current month, e.g. ("Eingegangene Meldungen nach Grund", "Werbung oder Spam"). */
async function transparencyCount(page: Page, table: string, row: string): Promise<number> {
  await page.goto("/transparenz");
  const cell = page.getByRole("table", { name: table }).getByRole("row", { name: new RegExp(`^${row}`) }).getByRole("cell").last();
  return Number(await cell.innerText());
}

/** The queue item of a target, opened from /moderation. */
async function openQueueItem(moderator: Page, excerpt: string) {
  await moderator.goto("/moderation");
  await expect(moderator.getByRole("heading", { level: 2, name: "Meldungen", exact: true })).toBeVisible();
  await expectAccessible(moderator);
  await moderator.getByRole("link", { name: new RegExp(excerpt) }).click();
  await expect(moderator.getByRole("heading", { level: 1, name: "Gemeldeter Kommentar" })).toBeVisible();
}

test.describe("Reports and moderation", () => {
  // Each test walks several people through a whole case.
  test.slow();

  test("report → hidden with reasons → appeal → reversed by a second moderator: everyone is told, the audit log and the transparency report count it", async ({
    browser,
    page,
    outbox,
    joinAsNewMember,
  }) => {
    const author = await joinAsNewMember();
    const text = `Ihr seid doch alle Trottel ${uniqueName("")}`;
    const title = await announcementWithComment(browser, page, text);

    const { page: reporterPage, member: reporter } = await memberInOwnBrowser(browser, outbox);
    const insultsBefore = await transparencyCount(reporterPage, "Eingegangene Meldungen nach Grund", "Beleidigung oder Belästigung");
    const reversalsBefore = await transparencyCount(reporterPage, "Widersprüche", "Entschieden: Entscheidung aufgehoben");
    await expectAccessible(reporterPage);

    // The reporter reports the comment; an explanation is required, and the choice stays.
    await openAnnouncement(reporterPage, title);
    await reportComment(reporterPage, text, { reason: "Beleidigung oder Belästigung", explanation: "kurz" });
    await expect(reporterPage.getByText("Bitte beschreibe in mindestens 10 Zeichen, was gegen die Regeln verstößt.")).toBeVisible();
    await expect(commentWith(reporterPage, text).getByLabel("Beleidigung oder Belästigung")).toBeChecked();
    await expectAccessible(reporterPage);
    await commentWith(reporterPage, text).getByLabel("Erläuterung").fill("Beschimpft alle anderen als Trottel.");
    await commentWith(reporterPage, text).getByRole("button", { name: "Meldung absenden" }).click();
    await expect(reporterPage.getByText(/Danke! Deine Meldung ist eingegangen\./)).toBeVisible();
    await expectAccessible(reporterPage);
    await expect.poll(async () => (await outbox.mailsTo(reporter.email)).map((m) => m.subject)).toContain("Deine Meldung ist eingegangen");

    // One open report per reporter and target.
    await reporterPage.reload();
    await reportComment(reporterPage, text, { reason: "Beleidigung oder Belästigung", explanation: "Noch einmal: Beschimpfung." });
    await expect(reporterPage.getByText(/Du hast das schon gemeldet\./)).toBeVisible();
    await expect(commentWith(reporterPage, text).getByLabel("Erläuterung")).toHaveValue("Noch einmal: Beschimpfung.");

    // A visitor reads the discussion from the page cache (a second request is a cache hit).
    const visitor = await visitorPage(browser);
    await openAnnouncement(visitor, title);
    const announcementUrl = visitor.url();
    const cached = await visitor.goto(announcementUrl);
    expect(cached?.headers()["x-nextjs-cache"]).toBe("HIT");
    await expect(commentWith(visitor, text)).toBeVisible();

    // The first moderator finds it in the queue, claims it and hides the comment with reasons.
    const moritz = await moderatorPage(browser, "moritz");
    await openQueueItem(moritz, text.slice(0, 20));
    await expect(moritz.getByRole("cell", { name: "Beschimpft alle anderen als Trottel." })).toBeVisible();
    await expectAccessible(moritz);
    await moritz.getByRole("button", { name: "Übernehmen" }).click();
    await expect(moritz.getByText("Du hast diese Meldungen übernommen.")).toBeVisible();
    const decide = moritz.getByRole("form", { name: "Entscheidung treffen" });
    await decide.getByLabel("Inhalt ausblenden").check();
    await decide.getByRole("button", { name: "Entscheidung treffen" }).click();
    await expect(decide.getByText("Bitte wähle die Regel der Nutzungsbedingungen, auf die sich die Maßnahme stützt.")).toBeVisible();
    await expectAccessible(moritz);
    await decide.getByLabel("Regel der Nutzungsbedingungen").selectOption({ label: "Respektvoller Umgang: keine Beleidigungen, Hetze, Bedrohungen oder Diskriminierung" });
    const facts = `Der Kommentar beschimpft andere Teilnehmende als „Trottel“ (${uniqueName("f")}).`;
    await decide.getByLabel("Sachverhalt").fill(facts);
    await decide.getByRole("button", { name: "Entscheidung treffen" }).click();
    await expect(moritz.getByText("Deine Entscheidung ist gespeichert: Inhalt ausgeblendet.")).toBeVisible();
    await expectAccessible(moritz);

    // The visitor's very next request no longer gets the cached copy with the text.
    await visitor.goto(announcementUrl);
    await expect(visitor.getByText("Dieser Kommentar wurde von der Moderation ausgeblendet.")).toBeVisible();
    await expect(visitor.getByText(text)).toHaveCount(0);

    // Others see a neutral notice instead of the text.
    await openAnnouncement(reporterPage, title);
    await expect(reporterPage.getByText("Dieser Kommentar wurde von der Moderation ausgeblendet.")).toBeVisible();
    await expect(reporterPage.getByText(text)).toHaveCount(0);
    await expectAccessible(reporterPage);

    // The reporter learns the outcome, without the author's name.
    await reporterPage.goto("/benachrichtigungen");
    const reporterNews = reporterPage.getByRole("list", { name: "Benachrichtigungen, neueste zuerst" });
    // Other journeys publish announcements meanwhile, which new members hear of too: find ours by its words.
    await expect(reporterNews.getByRole("listitem").filter({ hasText: "Maßnahmen ergriffen" })).toHaveCount(1);
    await expect(reporterNews).not.toContainText(author.displayName);
    await expectAccessible(reporterPage);

    // The author still sees their text, with the rule and the way to the statement of reasons.
    await openAnnouncement(page, title);
    const own = commentWith(page, text);
    await expect(own.getByText("Von der Moderation ausgeblendet: Nur du siehst diesen Kommentar noch.")).toBeVisible();
    await expect(own).toContainText("Respektvoller Umgang");
    await expectAccessible(page);
    await own.getByRole("link", { name: "Begründung und Widerspruch" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Entscheidung der Moderation" })).toBeVisible();
    await expect(page.getByText(facts)).toBeVisible();
    await expect(page.getByText("Inhalt ausgeblendet")).toBeVisible();
    await expectAccessible(page);
    const statementMail = (await outbox.mailsTo(author.email)).find((m) => m.subject === "Begründung einer Moderationsentscheidung");
    expect(statementMail?.text).toContain(facts);
    expect(statementMail?.text).toContain("Respektvoller Umgang");
    expect(statementMail?.text).toMatch(/Du kannst bis zum .+ widersprechen\./);

    // The author appeals.
    await page.getByLabel("Begründung deines Widerspruchs").fill("Das war ironisch gemeint und richtete sich an niemanden persönlich.");
    await page.getByRole("button", { name: "Widerspruch einlegen" }).click();
    await expect(page.getByText(/Dein Widerspruch ist eingegangen\./)).toBeVisible();
    await expectAccessible(page);

    // The moderator who decided cannot decide the appeal.
    await moritz.goto("/moderation/widersprueche");
    await expectAccessible(moritz);
    await moritz.getByRole("link", { name: `Widerspruch von ${author.displayName}` }).click();
    await expect(moritz.getByText(/Du hast die angefochtene Entscheidung selbst getroffen\./)).toBeVisible();
    await expect(moritz.getByRole("button", { name: "Widerspruch entscheiden" })).toHaveCount(0);
    await expectAccessible(moritz);

    // A second moderator reverses it.
    const maren = await moderatorPage(browser, "maren");
    await maren.goto("/moderation/widersprueche");
    await maren.getByRole("link", { name: `Widerspruch von ${author.displayName}` }).click();
    await expect(maren.getByText("Das war ironisch gemeint und richtete sich an niemanden persönlich.")).toBeVisible();
    await expectAccessible(maren);
    const note = `Im Zusammenhang gelesen keine Beleidigung einer Person (${uniqueName("n")}).`;
    await maren.getByLabel("Entscheidung aufheben").check();
    await maren.getByLabel("Begründung").fill(note);
    await maren.getByRole("button", { name: "Widerspruch entscheiden" }).click();
    await expect(maren.getByText(/aufgehoben/).first()).toBeVisible();
    await expectAccessible(maren);

    // The comment is visible again to everyone.
    await openAnnouncement(reporterPage, title);
    await expect(commentWith(reporterPage, text)).toBeVisible();
    await expect(reporterPage.getByText("Dieser Kommentar wurde von der Moderation ausgeblendet.")).toHaveCount(0);

    // The reporter is told, in-app and by mail; the author too.
    await reporterPage.goto("/benachrichtigungen");
    await expect(reporterNews.getByRole("listitem").filter({ hasText: "aufgehoben" })).toHaveCount(1);
    await expect.poll(async () => (await outbox.mailsTo(reporter.email)).map((m) => m.subject)).toContain("Eine Entscheidung zu deiner Meldung wurde aufgehoben");
    await expect.poll(async () => (await outbox.mailsTo(author.email)).map((m) => m.subject)).toContain("Dein Widerspruch wurde entschieden");
    await page.reload();
    await expect(page.getByText(note)).toBeVisible();

    // All four steps are in the audit log, which moderators can search.
    await maren.goto("/moderation/protokoll");
    await expect(maren.getByRole("heading", { level: 1, name: "Protokoll" })).toBeVisible();
    await expectAccessible(maren);
    const entries = maren.getByRole("table");
    await expect(entries.getByRole("row").filter({ hasText: reporter.displayName }).filter({ hasText: "Meldung eingegangen" })).toHaveCount(1);
    await expect(entries.getByRole("row").filter({ hasText: facts }).filter({ hasText: "Moderationsentscheidung" })).toHaveCount(1);
    await expect(entries.getByRole("row").filter({ hasText: "Das war ironisch gemeint" }).filter({ hasText: "Widerspruch eingelegt" })).toHaveCount(1);
    await expect(entries.getByRole("row").filter({ hasText: note }).filter({ hasText: "Widerspruch stattgegeben" })).toHaveCount(1);
    // Entries can be read, never edited or deleted.
    await expect(entries.getByRole("button")).toHaveCount(0);

    // The public transparency report counts the report and the reversal.
    // (the same visitor: their cached transparency report is renewed by the decisions too)
    expect(await transparencyCount(visitor, "Eingegangene Meldungen nach Grund", "Beleidigung oder Belästigung")).toBeGreaterThanOrEqual(insultsBefore + 1);
    expect(await transparencyCount(visitor, "Widersprüche", "Entschieden: Entscheidung aufgehoben")).toBeGreaterThanOrEqual(reversalsBefore + 1);
    await expect(visitor.getByRole("heading", { level: 1, name: "Transparenzbericht" })).toBeVisible();
    await expect(visitor.getByText(reporter.displayName)).toHaveCount(0);
    await expectAccessible(visitor);

    for (const p of [reporterPage, moritz, maren, visitor]) await p.context().close();
  });

  test("a suspension ends the author's open session at once; signed in again, they read the reasons and can appeal", async ({ browser, page, outbox, joinAsNewMember }) => {
    const author = await joinAsNewMember();
    const text = `Günstige Kredite ohne Schufa ${uniqueName("")}`;
    const title = await announcementWithComment(browser, page, text);

    const { page: reporterPage } = await memberInOwnBrowser(browser, outbox);
    await openAnnouncement(reporterPage, title);
    await reportComment(reporterPage, text, { reason: "Werbung oder Spam", explanation: "Werbung für Kredite, hat nichts mit dem Spielplatz zu tun." });
    await expect(reporterPage.getByText(/Danke! Deine Meldung ist eingegangen\./)).toBeVisible();

    const moritz = await moderatorPage(browser, "moritz");
    await moritz.goto("/moderation?reason=spam");
    await moritz.getByRole("link", { name: new RegExp(text.slice(0, 20)) }).click();
    const decide = moritz.getByRole("form", { name: "Entscheidung treffen" });
    await decide.getByLabel("Konto sperren").check();
    await decide.getByLabel("Regel der Nutzungsbedingungen").selectOption({ label: "Keine Werbung, keine kommerziellen Angebote, kein Spam" });
    await decide.getByLabel("Dauer der Sperre").selectOption({ label: "7 Tage" });
    await decide.getByLabel("Sachverhalt").fill("Wiederholte Werbung für Kredite in Kommentaren.");
    await expectAccessible(moritz);
    await decide.getByRole("button", { name: "Entscheidung treffen" }).click();
    await expect(moritz.getByText("Deine Entscheidung ist gespeichert: Konto gesperrt.")).toBeVisible();

    // The author's open session ended: the next click finds them signed out.
    await page.goto("/einstellungen");
    await expect(page).toHaveURL(/\/anmelden/);
    await expect(page.getByRole("link", { name: "Anmelden" })).toBeVisible();

    // Signing in again leads only to the suspension, with the statement of reasons and the appeal.
    await page.goto(await outbox.newSignInLink(author.email, () => requestSignInLink(page, author.email)));
    await page.getByRole("main").getByRole("link", { name: "Warum, bis wann und wie du widersprechen kannst" }).click();
    await expect(page).toHaveURL(/\/gesperrt$/);
    await expect(page.getByRole("heading", { level: 1, name: "Dein Konto ist gesperrt" })).toBeVisible();
    await expect(page.getByText("Wiederholte Werbung für Kredite in Kommentaren.")).toBeVisible();
    await expect(page.getByText("Keine Werbung, keine kommerziellen Angebote, kein Spam", { exact: false })).toBeVisible();
    await expectAccessible(page);
    await page.goto("/benachrichtigungen");
    await expect(page).toHaveURL(/\/gesperrt$/);
    await page.getByLabel("Begründung deines Widerspruchs").fill("Ich wollte nur einen Tipp geben, nichts verkaufen.");
    await page.getByRole("button", { name: "Widerspruch einlegen" }).click();
    await expect(page.getByText(/Dein Widerspruch ist eingegangen\./)).toBeVisible();
    await expectAccessible(page);

    for (const p of [reporterPage, moritz]) await p.context().close();
  });

  test("a mediation case is read by its parties and moderators only, and closed with an outcome", async ({ browser, page, outbox, joinAsNewMember }) => {
    const first = await joinAsNewMember();
    const { page: secondPage, member: second } = await memberInOwnBrowser(browser, outbox);
    const { page: outsiderPage } = await memberInOwnBrowser(browser, outbox);

    const moritz = await moderatorPage(browser, "moritz");
    await moritz.goto("/moderation/schlichtung");
    await expectAccessible(moritz);
    await moritz.getByRole("link", { name: "Neuen Schlichtungsfall eröffnen" }).click();
    const caseTitle = uniqueTitle("Streit um den Gemeinschaftsgarten");
    const parties = moritz.getByRole("combobox", { name: "Beteiligte" });
    await waitUntilInteractive(parties);
    await moritz.getByLabel("Titel").fill(caseTitle);
    // Usernames can still be typed into the picker: Enter adds them as they are, and the server checks them.
    const ghost = `niemand_${uniqueName("")}`;
    await parties.fill(`${first.username}, ${ghost}`);
    await parties.press("Enter");
    await moritz.getByLabel("Erste Nachricht").fill("Willkommen! Lasst uns gemeinsam eine Lösung finden.");
    await moritz.getByRole("button", { name: "Schlichtung eröffnen" }).click();
    await expect(moritz.getByText(/Diese Benutzernamen gibt es nicht: niemand_/)).toBeVisible();
    await expect(moritz.getByLabel("Erste Nachricht")).toHaveValue("Willkommen! Lasst uns gemeinsam eine Lösung finden.");
    await expectAccessible(moritz);
    await moritz.getByRole("button", { name: `${ghost} entfernen` }).click();
    await parties.fill(`@${second.username}`);
    await parties.press("Enter");
    await moritz.getByRole("button", { name: "Schlichtung eröffnen" }).click();
    await expect(moritz.getByRole("heading", { level: 1, name: caseTitle })).toBeVisible();
    const caseUrl = moritz.url();
    await expectAccessible(moritz);

    // A party is invited, reads the thread and answers.
    await expect.poll(async () => (await outbox.mailsTo(second.email)).map((m) => m.subject)).toContain("Einladung zu einem Schlichtungsfall");
    await secondPage.goto("/benachrichtigungen");
    await secondPage.getByRole("link", { name: "Zur Schlichtung" }).first().click();
    await expect(secondPage.getByRole("heading", { level: 1, name: caseTitle })).toBeVisible();
    await expect(secondPage.getByText("Willkommen! Lasst uns gemeinsam eine Lösung finden.")).toBeVisible();
    await secondPage.getByLabel("Nachricht").fill("Gern. Ich schlage ein Treffen am Samstag vor.");
    await secondPage.getByRole("button", { name: "Nachricht senden" }).click();
    await expect(secondPage.getByText("Gern. Ich schlage ein Treffen am Samstag vor.")).toBeVisible();
    await expectAccessible(secondPage);

    // A member who is not a party cannot read it.
    await outsiderPage.goto(caseUrl);
    // Told the true reason, not that their account lacks a role.
    await expect(outsiderPage.getByRole("heading", { level: 1, name: "Du bist an diesem Schlichtungsfall nicht beteiligt" })).toBeVisible();
    await expect(outsiderPage.getByText("Dazu ist dein Konto nicht berechtigt")).toHaveCount(0);
    await expectAccessible(outsiderPage);
    await expect(outsiderPage.getByText("Willkommen! Lasst uns gemeinsam eine Lösung finden.")).toHaveCount(0);
    await expect(outsiderPage.getByText(caseTitle)).toHaveCount(0);

    // The moderator closes it with an outcome the parties read.
    await moritz.reload();
    await moritz.getByLabel("Ergebnis").fill("Treffen am Samstag vereinbart, Gießplan wird geteilt.");
    await moritz.getByRole("button", { name: "Fall abschließen" }).click();
    await expect(moritz.getByText("Dieser Fall ist abgeschlossen. Es können keine Nachrichten mehr geschrieben werden.")).toBeVisible();
    await page.goto(caseUrl);
    await expect(page.getByText("Treffen am Samstag vereinbart, Gießplan wird geteilt.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Nachricht senden" })).toHaveCount(0);
    await expectAccessible(page);

    for (const p of [secondPage, outsiderPage, moritz]) await p.context().close();
  });

  test("a moderator opens mediation from a report: author and the reporter who agreed are proposed, a third person is picked by name, the case links back to the report for moderators only", async ({
    browser,
    page,
    outbox,
    joinAsNewMember,
  }) => {
    const author = await joinAsNewMember();
    const text = `Eure Musik ist jeden Abend zu laut, das nervt ${uniqueName("")}`;
    const title = await announcementWithComment(browser, page, text);
    const { page: reporterPage, member: reporter } = await memberInOwnBrowser(browser, outbox);
    await openAnnouncement(reporterPage, title);
    const comment = commentWith(reporterPage, text);
    await waitUntilInteractive(comment.getByRole("button", { name: "Kommentar melden" }));
    await comment.getByRole("button", { name: "Kommentar melden" }).click();
    await comment.getByRole("group", { name: "Grund" }).getByLabel("Etwas anderes").check();
    await comment.getByLabel("Erläuterung").fill("Eher ein Streit unter Nachbarn als ein Regelverstoß.");
    await comment.getByLabel("Ich bin zu einer Schlichtung bereit.").check();
    await expectAccessible(reporterPage);
    await comment.getByRole("button", { name: "Meldung absenden" }).click();
    await expect(reporterPage.getByText(/Danke! Deine Meldung ist eingegangen\./)).toBeVisible();

    const moritz = await moderatorPage(browser, "moritz");
    await openQueueItem(moritz, text.slice(0, 30));
    const reviewUrl = moritz.url();
    await moritz.getByRole("region", { name: "Schlichtung" }).getByRole("link", { name: "Schlichtung eröffnen" }).click();
    await expect(moritz.getByRole("heading", { level: 1, name: "Neuer Schlichtungsfall" })).toBeVisible();
    const chosen = moritz.getByRole("list", { name: "Ausgewählte Personen" });
    await expect(chosen.getByRole("listitem")).toHaveText([new RegExp(author.displayName), new RegExp(reporter.displayName)]);
    await expect(moritz.getByLabel("Titel")).toHaveValue("Konflikt um einen Kommentar");
    await expectAccessible(moritz);

    // The picker: type part of a name, move down with the keyboard, add with Enter.
    const picker = moritz.getByRole("combobox", { name: "Beteiligte" });
    await waitUntilInteractive(picker);
    await picker.fill("Anton Anw");
    await expect(moritz.getByRole("listbox", { name: "Gefundene Personen" }).getByRole("option", { name: /Anton Anwohner/ })).toBeVisible();
    await expect(moritz.getByRole("status").filter({ hasText: "Eine Person gefunden." })).toBeAttached();
    await picker.press("ArrowDown");
    await expect(picker).toHaveAttribute("aria-activedescendant", /.+/);
    await expectAccessible(moritz);
    await picker.press("Enter");
    await expect(chosen.getByRole("listitem")).toHaveCount(3);
    await moritz.getByRole("button", { name: "Anton Anwohner entfernen" }).click();
    await expect(chosen.getByRole("listitem")).toHaveCount(2);

    await moritz.getByLabel("Erste Nachricht").fill("Hallo ihr beiden, lasst uns über die Lautstärke sprechen.");
    await moritz.getByRole("button", { name: "Schlichtung eröffnen" }).click();
    await expect(moritz.getByRole("heading", { level: 1, name: "Konflikt um einen Kommentar" })).toBeVisible();
    const caseUrl = moritz.url();
    await expectAccessible(moritz);
    await moritz.getByRole("link", { name: "Gemeldeter Kommentar" }).click();
    await expect(moritz).toHaveURL(reviewUrl);

    // The author is a party and reads the case, but not where it came from.
    await page.goto(caseUrl);
    await expect(page.getByRole("heading", { level: 1, name: "Konflikt um einen Kommentar" })).toBeVisible();
    await expect(page.getByText(reporter.displayName)).toBeVisible();
    await expect(page.getByRole("link", { name: "Gemeldeter Kommentar" })).toHaveCount(0);
    await expectAccessible(page);

    for (const p of [reporterPage, moritz]) await p.context().close();
  });

  test("a member reports another member's profile; a moderator warns them, and they find the statement under their decisions", async ({ browser, page, outbox, joinAsNewMember }) => {
    const reported = await joinAsNewMember();
    const { page: reporterPage } = await memberInOwnBrowser(browser, outbox);

    // Their own profile has no report control; someone else's has.
    await page.goto("/einstellungen");
    await page.getByRole("link", { name: "Dein öffentliches Profil ansehen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: reported.displayName })).toBeVisible();
    await expect(page.getByRole("button", { name: "Profil melden" })).toHaveCount(0);
    await reporterPage.goto(page.url());
    await expect(reporterPage.getByText("Mitglied seit")).toBeVisible();
    await waitUntilInteractive(reporterPage.getByRole("button", { name: "Profil melden" }));
    await reporterPage.getByRole("button", { name: "Profil melden" }).click();
    await reporterPage.getByRole("group", { name: "Grund" }).getByLabel("Etwas anderes").check();
    await reporterPage.getByLabel("Erläuterung").fill("Der Anzeigename ahmt eine Amtsperson nach.");
    await expectAccessible(reporterPage);
    await reporterPage.getByRole("button", { name: "Meldung absenden" }).click();
    await expect(reporterPage.getByText(/Danke! Deine Meldung ist eingegangen\./)).toBeVisible();

    const maren = await moderatorPage(browser, "maren");
    await maren.goto("/moderation");
    await maren.getByRole("link", { name: new RegExp(`Mitgliedsprofil: ${reported.displayName}`) }).click();
    await expect(maren.getByRole("heading", { level: 1, name: "Gemeldetes Mitgliedsprofil" })).toBeVisible();
    const decide = maren.getByRole("form", { name: "Entscheidung treffen" });
    // An account cannot be hidden, only warned or suspended.
    await expect(decide.getByLabel("Inhalt ausblenden")).toHaveCount(0);
    await decide.getByLabel("Verwarnen").check();
    await decide.getByLabel("Regel der Nutzungsbedingungen").selectOption({ label: "Eigene Identität: keine falschen Identitäten oder Mehrfachkonten" });
    await decide.getByLabel("Sachverhalt").fill("Der Anzeigename erweckt den Eindruck, du sprächest für das Bezirksamt.");
    await expectAccessible(maren);
    await decide.getByRole("button", { name: "Entscheidung treffen" }).click();
    await expect(maren.getByText("Deine Entscheidung ist gespeichert: Verwarnung.")).toBeVisible();
    await maren.goto("/moderation/gesperrt");
    await expectAccessible(maren);

    // The warned member finds it under their decisions; no mediation cases yet.
    await page.goto("/entscheidungen");
    await expect(page.getByRole("heading", { level: 1, name: "Entscheidungen über dich" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: /^Verwarnung vom / }).click();
    await expect(page.getByText("Der Anzeigename erweckt den Eindruck, du sprächest für das Bezirksamt.")).toBeVisible();
    await expect(page.getByLabel("Begründung deines Widerspruchs")).toBeVisible();
    await page.goto("/schlichtung");
    await expect(page.getByText("Du bist an keinem Schlichtungsfall beteiligt.")).toBeVisible();
    await expectAccessible(page);

    for (const p of [reporterPage, maren]) await p.context().close();
  });
});
