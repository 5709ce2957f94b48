import { beforeEach, describe, expect, test, vi } from "vitest";
import { closeMediationAction, openMediationAction, openMediationFromReportAction, postMediationMessageAction, searchMediationPeopleAction } from "@/lib/mediation/actions";
import { loadMediationSource } from "@/lib/mediation/source";
import { reportAction } from "@/lib/moderation/actions";
import { closeMediation, openMediation, postMediationMessage } from "@/lib/mediation/mutations";
import { getMediationCase, listMediationCases, listOwnMediationCases, loadMediationFacts } from "@/lib/mediation/queries";
import { can } from "@/lib/policy";
import { createAnnouncement, createComment } from "../support/announcement-factory";
import { createUser, uniqueSuffix } from "../support/factories";
import { auditEntriesAbout, captureMail, createActor, createModerator, insertReport, notificationsOf, reportsOn } from "../support/moderation-factory";

// The actions read the session cookie, the request's host (for links in mails) and refresh pages.
const session = vi.hoisted(() => ({ token: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => (session.token ? { value: session.token } : undefined) }),
  // A forged host: links in mails must still point at the configured origin (AUTH_URL).
  headers: async () => new Headers({ host: "evil.example", "x-forwarded-host": "evil.example" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const mail = captureMail();


const neighbour = (name: string) => createActor({ displayName: `${name} ${uniqueSuffix()}`, username: `${name.toLowerCase()}_${uniqueSuffix()}` });

beforeEach(() => {
  session.token = undefined;
});

describe("opening a case", () => {
  test("a moderator names the parties by username: the case, its parties and first message are stored, each party is invited in the app and by mail", async () => {
    const [anna, bernd] = await Promise.all([neighbour("Anna"), neighbour("Bernd")]);
    const moderator = await createModerator();
    const title = `Lärm im Hinterhof ${uniqueSuffix()}`;
    session.token = moderator.token;

    const result = await openMediationAction({ title, parties: `@${anna.user.username}, ${bernd.user.username!.toUpperCase()}`, message: "Willkommen, bitte schildert beide eure Sicht." });

    expect(result.ok).toBe(true);
    const caseId = result.ok ? (result.data as { caseId: string }).caseId : "";
    const stored = await getMediationCase(caseId);
    expect(stored).toMatchObject({ title, status: "open", outcomeNote: null, closedBy: null, messageCount: 1, openedBy: { id: moderator.user.id } });
    expect(stored!.parties.map((p) => p.id).sort()).toEqual([anna.user.id, bernd.user.id].sort());
    expect(stored!.messages.map((m) => [m.author?.id, m.body])).toEqual([[moderator.user.id, "Willkommen, bitte schildert beide eure Sicht."]]);

    for (const party of [anna, bernd]) {
      expect((await notificationsOf(party.user.id)).map((n) => [n.kind, n.data])).toEqual([["mediation_opened", { caseId, title }]]);
      const [invitation, ...more] = await mail.to(party.user.email);
      expect(more).toEqual([]);
      expect(invitation?.subject).toBe("Einladung zu einem Schlichtungsfall");
      expect(invitation?.text).toContain(`„${title}“`);
      expect(invitation?.text).toContain(`https://kiezwerk.test/schlichtung/${caseId}`);
    }
    expect(await notificationsOf(moderator.user.id)).toEqual([]);
    expect((await auditEntriesAbout(caseId)).map((e) => [e.action, e.actorId, e.details])).toEqual([["mediation.opened", moderator.user.id, { title, parties: 2 }]]);
  });

  test("unknown usernames, the moderator as a party, fewer than two parties and a non-moderator are refused; nothing is stored", async () => {
    const [anna, bernd] = await Promise.all([neighbour("Anna"), neighbour("Bernd")]);
    const moderator = await createModerator();
    const title = `Streit um den Gemeinschaftsgarten ${uniqueSuffix()}`;
    const ghost = `niemand_${uniqueSuffix()}`;
    session.token = moderator.token;

    expect(await openMediationAction({ title, parties: `${anna.user.username} ${ghost}`, message: "Hallo" })).toMatchObject({
      ok: false,
      error: "invalid_input",
      fieldErrors: { parties: ["partiesUnknown"] },
      params: { names: ghost },
    });
    expect(await openMediationAction({ title, parties: `${anna.user.username} ${moderator.user.username}`, message: "Hallo" })).toMatchObject({
      ok: false,
      fieldErrors: { parties: ["partyIsModerator"] },
    });
    expect(await openMediationAction({ title, parties: `${anna.user.username}`, message: "Hallo" })).toMatchObject({
      ok: false,
      fieldErrors: { parties: ["partiesRequired"] },
    });
    session.token = anna.token;
    expect(await openMediationAction({ title, parties: `${anna.user.username} ${bernd.user.username}`, message: "Hallo" })).toMatchObject({ ok: false, error: "forbidden" });

    expect((await listMediationCases()).filter((c) => c.title === title)).toEqual([]);
    expect(await listOwnMediationCases(anna.user.id)).toEqual([]);
    expect(await mail.to(anna.user.email)).toEqual([]);
  });
});

describe("the thread", () => {
  async function openCase() {
    const [anna, bernd] = await Promise.all([neighbour("Anna"), neighbour("Bernd")]);
    const moderator = await createModerator();
    const title = `Hecke am Gartenzaun ${uniqueSuffix()}`;
    const caseId = await openMediation({ moderatorId: moderator.user.id, title, partyIds: [anna.user.id, bernd.user.id], message: "Worum geht es euch?" });
    return { anna, bernd, moderator, title, caseId };
  }

  test("parties and the moderator post while the case is open, in order; an outsider cannot read or post", async () => {
    const { anna, bernd, moderator, caseId } = await openCase();
    const outsider = await createActor();

    session.token = anna.token;
    expect(await postMediationMessageAction({ caseId, body: "Die Hecke nimmt mir das Licht." })).toMatchObject({ ok: true });
    session.token = bernd.token;
    expect(await postMediationMessageAction({ caseId, body: "Ich schneide sie im Herbst." })).toMatchObject({ ok: true });
    session.token = moderator.token;
    expect(await postMediationMessageAction({ caseId, body: "Können wir uns auf Oktober einigen?" })).toMatchObject({ ok: true });
    session.token = outsider.token;
    expect(await postMediationMessageAction({ caseId, body: "Ich mische mich ein." })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await postMediationMessageAction({ caseId: "no-such-case", body: "Hallo?" })).toMatchObject({ ok: false, error: "not_found" });

    const thread = await getMediationCase(caseId);
    expect(thread!.messages.map((m) => [m.author?.id, m.body])).toEqual([
      [moderator.user.id, "Worum geht es euch?"],
      [anna.user.id, "Die Hecke nimmt mir das Licht."],
      [bernd.user.id, "Ich schneide sie im Herbst."],
      [moderator.user.id, "Können wir uns auf Oktober einigen?"],
    ]);

    const facts = await loadMediationFacts(caseId);
    expect(facts).not.toBeNull();
    expect(can(anna.actor, "mediation.read", facts!)).toBe(true);
    expect(can(moderator.actor, "mediation.read", facts!)).toBe(true);
    expect(can(outsider.actor, "mediation.read", facts!)).toBe(false);
  });

  test("closing records the outcome and tells the parties; afterwards posting is refused and the case is not closed twice", async () => {
    const { anna, bernd, moderator, title, caseId } = await openCase();
    const outcome = "Die Hecke wird im Oktober auf 1,80 m geschnitten.";

    session.token = anna.token;
    expect(await closeMediationAction({ caseId, outcomeNote: "Ich mache hier einfach zu." })).toMatchObject({ ok: false, error: "forbidden" });
    session.token = moderator.token;
    expect(await closeMediationAction({ caseId, outcomeNote: outcome })).toMatchObject({ ok: true });

    const closed = await getMediationCase(caseId);
    expect(closed).toMatchObject({ status: "closed", outcomeNote: outcome, closedBy: { id: moderator.user.id } });
    expect(closed!.closedAt).toBeInstanceOf(Date);
    for (const party of [anna, bernd]) {
      expect((await notificationsOf(party.user.id)).map((n) => n.kind)).toEqual(["mediation_opened", "mediation_closed"]);
      const last = (await mail.to(party.user.email)).at(-1);
      expect(last?.subject).toBe("Ein Schlichtungsfall wurde abgeschlossen");
      expect(last?.text).toContain(`„${title}“ wurde abgeschlossen. Das Ergebnis: ${outcome}`);
    }

    session.token = anna.token;
    expect(await postMediationMessageAction({ caseId, body: "Noch eine Sache …" })).toMatchObject({ ok: false, error: "forbidden" });
    session.token = moderator.token;
    expect(await postMediationMessageAction({ caseId, body: "Nachtrag der Moderation" })).toMatchObject({ ok: false, error: "forbidden" });
    // Also when the case was closed between the policy check and the write.
    expect(await postMediationMessage({ caseId, authorId: anna.user.id, body: "Zu spät" })).toBe(false);
    expect(await closeMediation({ caseId, moderatorId: moderator.user.id, outcomeNote: "Noch einmal schließen." })).toBe(false);
    expect((await getMediationCase(caseId))!.messages).toHaveLength(1);
    expect((await getMediationCase(caseId))!.outcomeNote).toBe(outcome);
    expect((await auditEntriesAbout(caseId)).map((e) => e.action)).toEqual(["mediation.opened", "mediation.closed"]);
    // The parties still read the closed case.
    expect(can(anna.actor, "mediation.read", (await loadMediationFacts(caseId))!)).toBe(true);
  });
});

describe("listing cases", () => {
  test("a party sees only the cases they are party to; moderators see all, open ones first", async () => {
    const [anna, bernd, carla, outsider] = await Promise.all([neighbour("Anna"), neighbour("Bernd"), neighbour("Carla"), neighbour("Dora")]);
    const moderator = await createModerator();
    const tag = uniqueSuffix();
    const open = (title: string, partyIds: string[]) => openMediation({ moderatorId: moderator.user.id, title: `${title} ${tag}`, partyIds, message: "Hallo zusammen." });
    const withBernd = await open("Parkplatz", [anna.user.id, bernd.user.id]);
    const withCarla = await open("Mülltonnen", [anna.user.id, carla.user.id]);
    await closeMediation({ caseId: withBernd, moderatorId: moderator.user.id, outcomeNote: "Einigung über die Parkplätze erzielt." });

    expect((await listOwnMediationCases(anna.user.id)).map((c) => c.id).sort()).toEqual([withBernd, withCarla].sort());
    expect((await listOwnMediationCases(bernd.user.id)).map((c) => c.id)).toEqual([withBernd]);
    expect((await listOwnMediationCases(carla.user.id)).map((c) => c.id)).toEqual([withCarla]);
    expect(await listOwnMediationCases(outsider.user.id)).toEqual([]);

    const own = (await listOwnMediationCases(bernd.user.id))[0]!;
    expect(own).toMatchObject({ status: "closed", messageCount: 1 });
    expect(own.parties.map((p) => p.id).sort()).toEqual([anna.user.id, bernd.user.id].sort());

    const all = (await listMediationCases()).filter((c) => c.title.endsWith(tag));
    expect(all.map((c) => [c.id, c.status])).toEqual([
      [withCarla, "open"],
      [withBernd, "closed"],
    ]);
  });
});

describe("opening a case from a report", () => {
  /** A comment by `author`, reported by one reporter who agreed to mediation and one who did not. */
  async function reportedComment() {
    const [author, open, quiet] = await Promise.all([neighbour("Autorin"), neighbour("Offen"), neighbour("Leise")]);
    const announcement = await createAnnouncement();
    const comment = await createComment({ announcementId: announcement.id, authorId: author.user.id, body: "Eure Hecke ist eine Zumutung." });
    const target = { type: "comment" as const, id: comment.id };
    await insertReport({ reporterId: open.user.id, target, mediationConsent: true, createdAt: new Date(Date.now() - 60_000) });
    await insertReport({ reporterId: quiet.user.id, target });
    return { author, open, quiet, target };
  }

  test("the source proposes the author and the consenting reporter; the confidential reporter is only counted", async () => {
    const { author, open, quiet, target } = await reportedComment();
    const source = await loadMediationSource(target.type, target.id);
    expect(source).not.toBeNull();
    expect(source!.author?.id).toBe(author.user.id);
    expect(source!.consentingReporters.map((p) => p.id)).toEqual([open.user.id]);
    expect(source!.confidentialReporterCount).toBe(1);
    expect(source!.facts).toEqual({ source: { reported: true, authorId: author.user.id, confidentialReporterIds: [quiet.user.id] } });
    expect(await loadMediationSource("comment", `no-such-${uniqueSuffix()}`)).toBeNull();
  });

  test("a moderator opens it with the proposed parties: the case keeps the target, the audit names it", async () => {
    const { author, open, target } = await reportedComment();
    const moderator = await createModerator();
    session.token = moderator.token;
    const result = await openMediationFromReportAction({
      title: "Konflikt um einen Kommentar",
      parties: `${author.user.username}, ${open.user.username}`,
      message: "Lasst uns in Ruhe darüber sprechen.",
      sourceType: target.type,
      sourceId: target.id,
    });
    expect(result).toMatchObject({ ok: true });
    const caseId = result.ok ? result.data.caseId : "";
    const stored = await getMediationCase(caseId);
    expect(stored!.source).toEqual(target);
    expect(stored!.parties.map((p) => p.id).sort()).toEqual([author.user.id, open.user.id].sort());
    expect((await auditEntriesAbout(caseId)).map((e) => e.details)).toEqual([{ title: "Konflikt um einen Kommentar", parties: 2, source: `comment:${target.id}` }]);
    // A case opened without a report has no source.
    const plain = await openMediation({ moderatorId: moderator.user.id, title: "Ohne Meldung", partyIds: [author.user.id, open.user.id], message: "Hallo." });
    expect((await getMediationCase(plain))!.source).toBeNull();
  });

  test("a reporter who did not agree cannot be made a party; nothing is stored and nobody is told", async () => {
    const { author, quiet, target } = await reportedComment();
    const moderator = await createModerator();
    session.token = moderator.token;
    const title = `Vertraulich ${uniqueSuffix()}`;
    expect(
      await openMediationFromReportAction({ title, parties: `${author.user.username}, ${quiet.user.username}`, message: "Hallo.", sourceType: target.type, sourceId: target.id }),
    ).toMatchObject({ ok: false, error: "invalid_input", fieldErrors: { parties: ["partyIsConfidentialReporter"] } });
    expect((await listMediationCases()).filter((c) => c.title === title)).toEqual([]);
    expect(await notificationsOf(author.user.id)).toEqual([]);
    expect(await mail.to(author.user.email)).toEqual([]);
  });

  test("the policy: not a member, not about the moderator's own comment, not without a report", async () => {
    const { author, open, target } = await reportedComment();
    const parties = `${author.user.username}, ${open.user.username}`;
    const input = { title: "Konflikt", parties, message: "Hallo.", sourceType: target.type, sourceId: target.id };
    session.token = open.token;
    expect(await openMediationFromReportAction(input)).toMatchObject({ ok: false, error: "forbidden" });

    const moderatorAuthor = await createModerator();
    const announcement = await createAnnouncement();
    const own = await createComment({ announcementId: announcement.id, authorId: moderatorAuthor.user.id, body: "Mein eigener Kommentar." });
    await insertReport({ reporterId: open.user.id, target: { type: "comment", id: own.id }, mediationConsent: true });
    session.token = moderatorAuthor.token;
    expect(await openMediationFromReportAction({ ...input, parties: `${open.user.username}, ${author.user.username}`, sourceId: own.id })).toMatchObject({ ok: false, error: "forbidden" });

    const unreported = await createComment({ announcementId: announcement.id, authorId: author.user.id, body: "Niemand hat das gemeldet." });
    const moderator = await createModerator();
    session.token = moderator.token;
    expect(await openMediationFromReportAction({ ...input, sourceId: unreported.id })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await openMediationFromReportAction({ ...input, sourceId: `no-such-${uniqueSuffix()}` })).toMatchObject({ ok: false, error: "not_found" });
  });

  test("the report form's consent is stored with the report; without it, none", async () => {
    const [author, reporter, other] = await Promise.all([neighbour("Autor"), neighbour("Melderin"), neighbour("Andere")]);
    const announcement = await createAnnouncement();
    const comment = await createComment({ announcementId: announcement.id, authorId: author.user.id, body: "Streit im Treppenhaus." });
    const target = { type: "comment" as const, id: comment.id };
    session.token = reporter.token;
    expect(await reportAction({ targetType: "comment", targetId: comment.id, reason: "other", explanation: "Das ist eher ein Streit unter Nachbarn.", mediationConsent: true })).toMatchObject({ ok: true });
    session.token = other.token;
    expect(await reportAction({ targetType: "comment", targetId: comment.id, reason: "insult", explanation: "Das ist beleidigend gemeint." })).toMatchObject({ ok: true });
    const source = await loadMediationSource(target.type, target.id);
    expect(source!.consentingReporters.map((p) => p.id)).toEqual([reporter.user.id]);
    expect(source!.facts.source.confidentialReporterIds).toEqual([other.user.id]);
    expect((await reportsOn(target)).map((r) => [r.reporterId, r.mediationConsent])).toEqual([
      [reporter.user.id, true],
      [other.user.id, false],
    ]);
  });
});

describe("the party picker's search", () => {
  test("moderators find live people by display name or username, never by e-mail; members may not search", async () => {
    const tag = uniqueSuffix();
    const [anna, annika] = await Promise.all([
      createActor({ displayName: `Anna ${tag}`, username: `anna_${tag}` }),
      createActor({ displayName: `Annika ${tag}`, username: `nika_${tag}` }),
    ]);
    await createUser({ displayName: `Gelöscht ${tag}`, username: `weg_${tag}`, status: "deleted" });
    const moderator = await createModerator();
    session.token = moderator.token;
    const found = await searchMediationPeopleAction({ q: tag });
    expect(found.ok && found.data.people.map((p) => p.username).sort()).toEqual([anna.user.username, annika.user.username].sort());
    expect(found.ok && Object.keys(found.data.people[0]!).sort()).toEqual(["displayName", "id", "role", "username", "verification"]);
    const byUsername = await searchMediationPeopleAction({ q: `nika_${tag}` });
    expect(byUsername.ok && byUsername.data.people.map((p) => p.id)).toEqual([annika.user.id]);
    const byEmail = await searchMediationPeopleAction({ q: anna.user.email });
    expect(byEmail.ok && byEmail.data.people).toEqual([]);
    expect(await searchMediationPeopleAction({ q: "a" })).toMatchObject({ ok: true, data: { people: [] } });
    session.token = anna.token;
    expect(await searchMediationPeopleAction({ q: tag })).toMatchObject({ ok: false, error: "forbidden" });
  });
});
