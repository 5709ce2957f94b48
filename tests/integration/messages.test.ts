import { and, eq, sql } from "drizzle-orm";
import { describe, expect, test, vi } from "vitest";
import { getDb } from "@/db/client";
import { departments, messages, notifications, spaceMembers, spacePartners, spaces, users } from "@/db/schema";
import { reportAction } from "@/lib/moderation/actions";
import { decide } from "@/lib/moderation/decisions/decide";
import { getTargetReview } from "@/lib/moderation/queue/target-review";
import {
  blockPersonAction,
  findRecipientsAction,
  leaveConversationAction,
  markConversationReadAction,
  reportMessageAction,
  saveMessageSettingsAction,
  sendMessageAction,
  startConversationAction,
  unblockPersonAction,
} from "@/lib/messages/actions";
import { getConversation, listConversations, listMessages, listReportContext } from "@/lib/messages/queries";
import { getHeaderFacts } from "@/lib/navigation/queries";
import { deleteAccount } from "@/lib/privacy/delete-account";
import { collectPersonalData } from "@/lib/privacy/export/collect";
import { uniqueSuffix } from "../support/factories";
import { captureMail, createActor, createModerator } from "../support/moderation-factory";

const session = vi.hoisted(() => ({ token: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => (session.token ? { value: session.token } : undefined) }),
  headers: async () => new Headers({ host: "kiezwerk.example" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

// The mail's unsubscribe link is signed.
process.env.AUTH_SECRET ??= "integration-secret-0123456789abcdef0123456789";
const mail = captureMail();

type Person = Awaited<ReturnType<typeof createActor>>;
const as = (person: Person) => {
  session.token = person.token;
};

async function person(input: Parameters<typeof createActor>[0] = {}) {
  const suffix = uniqueSuffix();
  return createActor({ username: `p_${suffix}`, displayName: `Elternteil ${suffix}`, ...input });
}

/** A space with these people as its active members. */
async function sharedSpace(...members: Person[]) {
  const [space] = await getDb()
    .insert(spaces)
    .values({ name: `Laufbus ${uniqueSuffix()}`, summary: "Schulweg", description: "", descriptionHtml: "" })
    .returning({ id: spaces.id });
  await getDb()
    .insert(spaceMembers)
    .values(members.map((m, i) => ({ spaceId: space!.id, userId: m.user.id, membership: i === 0 ? ("owner" as const) : ("member" as const) })));
  return space!.id;
}

async function start(from: Person, to: Person[], body = "Kannst du am Donnerstag den Laufbus übernehmen?", title = "") {
  as(from);
  return startConversationAction({ recipients: to.map((p) => p.user.username!).join(", "), title, body });
}

async function startedId(from: Person, to: Person[], body?: string, title?: string) {
  const result = await start(from, to, body, title);
  if (!result.ok) throw new Error(`not started: ${result.error}`);
  return result.data.id;
}

const unread = async (p: Person) => (await getHeaderFacts({ userId: p.user.id, withOpenReports: false })).unreadConversations;

describe("conversations between people who share a space", () => {
  test("a parent who only confirmed the e-mail writes to another parent of the space; the other sees it unread, answers, and reads", async () => {
    const [mira, anton] = await Promise.all([person(), person({ verification: "verified" })]);
    await sharedSpace(anton, mira);
    const id = await startedId(mira, [anton], "Kannst du Donnerstag den Laufbus übernehmen? Plan: https://kiezwerk.example/laufbus");

    expect(await unread(anton)).toBe(1);
    expect(await unread(mira)).toBe(0);
    const [listed] = (await listConversations(anton.user.id)).items.filter((c) => c.id === id);
    expect(listed).toMatchObject({ unread: true, isGroup: false, others: [mira.user.displayName], preview: expect.stringContaining("Laufbus") });

    as(anton);
    expect(await sendMessageAction({ conversationId: id, body: "Ja, mache ich. 7:30 am Treptower Park?" })).toMatchObject({ ok: true });
    expect(await unread(mira)).toBe(1);
    as(mira);
    expect(await markConversationReadAction({ conversationId: id })).toMatchObject({ ok: true });
    expect(await unread(mira)).toBe(0);
    const history = await listMessages(id);
    expect(history.items.map((m) => m.senderId)).toEqual([anton.user.id, mira.user.id]);

    // A second "new conversation" between the same two continues this one.
    expect(await startedId(mira, [anton], "Und die Warnwesten bringe ich mit.")).toBe(id);
  });

  test("the history is paged newest first without gaps or repeats", async () => {
    const [a, b] = await Promise.all([person(), person()]);
    await sharedSpace(a, b);
    const id = await startedId(a, [b], "Nachricht 0");
    as(a);
    for (let i = 1; i < 35; i++) await sendMessageAction({ conversationId: id, body: `Nachricht ${i}` });
    const first = await listMessages(id);
    const second = await listMessages(id, { cursor: { createdAt: first.next!.createdAt.toISOString(), id: first.next!.id } });
    expect(first.items).toHaveLength(30);
    expect(second.next).toBeNull();
    expect([...first.items, ...second.items].map((m) => m.body)).toEqual(Array.from({ length: 35 }, (_, i) => `Nachricht ${34 - i}`));
  });

  test("a group of up to ten has a name; one who leaves no longer reads it nor hears of it", async () => {
    const people = await Promise.all(Array.from({ length: 10 }, () => person()));
    const [owner, ...others] = people as [Person, ...Person[]];
    await sharedSpace(owner, ...others);
    const noName = await start(owner, others.slice(0, 2));
    expect(noName).toMatchObject({ ok: false, error: "invalid_input", fieldErrors: { title: ["groupTitleRequired"] } });

    const id = await startedId(owner, others, "Wer kann nächste Woche?", "Laufbus Donnerstag");
    const detail = await getConversation(id, owner.user.id);
    expect(detail).toMatchObject({ isGroup: true, title: "Laufbus Donnerstag" });
    expect(detail!.others).toHaveLength(9);

    const leaver = others[0]!;
    as(leaver);
    expect(await leaveConversationAction({ conversationId: id })).toMatchObject({ ok: true });
    expect((await listConversations(leaver.user.id)).items.map((c) => c.id)).not.toContain(id);
    expect(await sendMessageAction({ conversationId: id, body: "Doch noch da?" })).toMatchObject({ ok: false, error: "forbidden" });
    as(owner);
    await sendMessageAction({ conversationId: id, body: "Danke an alle!" });
    expect(await unread(leaver)).toBe(0);
    // Nobody leaves a conversation of two (that is what blocking is for).
    const pair = await startedId(owner, [others[1]!]);
    expect(await leaveConversationAction({ conversationId: pair })).toMatchObject({ ok: false, error: "forbidden" });
  });
});

describe("who may write to whom", () => {
  test("a stranger is refused with the same words whether the setting, a block or a typo is the reason; nothing is stored", async () => {
    const [stranger, parent] = await Promise.all([person({ verification: "verified" }), person()]);
    const before = (await listConversations(parent.user.id)).items.length;
    const refused = await start(stranger, [parent]);
    expect(refused).toMatchObject({ ok: false, error: "invalid_input", fieldErrors: { recipients: ["cannotWriteTo"] }, params: { names: parent.user.username } });
    const typo = await start(stranger, [{ ...parent, user: { ...parent.user, username: "gibt_es_nicht_xyz" } }]);
    expect(typo).toMatchObject({ ok: false, fieldErrors: { recipients: ["cannotWriteTo"] } });
    expect((await listConversations(parent.user.id)).items.length).toBe(before);
  });

  test("'all verified residents' lets verified strangers in, never one who only confirmed the e-mail; 'nobody' refuses even the space", async () => {
    const [parent, verifiedStranger, emailStranger, coMember] = await Promise.all([person(), person({ verification: "verified" }), person(), person()]);
    await sharedSpace(parent, coMember);
    as(parent);
    expect(await saveMessageSettingsAction({ audience: "verified" })).toMatchObject({ ok: true });
    expect(await start(verifiedStranger, [parent])).toMatchObject({ ok: true });
    expect(await start(emailStranger, [parent])).toMatchObject({ ok: false, fieldErrors: { recipients: ["cannotWriteTo"] } });

    as(parent);
    await saveMessageSettingsAction({ audience: "nobody" });
    expect(await start(coMember, [parent])).toMatchObject({ ok: false, fieldErrors: { recipients: ["cannotWriteTo"] } });
  });

  test("staff write to the members of spaces their department partners", async () => {
    const [department] = await getDb().select({ id: departments.id }).from(departments).limit(1);
    const [staff, parent, other] = await Promise.all([person({ role: "staff", verification: "verified" }), person(), person({ role: "staff", verification: "verified" })]);
    await getDb().update(users).set({ departmentId: department!.id }).where(eq(users.id, staff.user.id));
    const spaceId = await sharedSpace(parent);
    await getDb().insert(spacePartners).values({ spaceId, departmentId: department!.id });
    expect(await start(staff, [parent])).toMatchObject({ ok: true });
    expect(await start(other, [parent])).toMatchObject({ ok: false, fieldErrors: { recipients: ["cannotWriteTo"] } });
  });

  test("new conversations are rate-limited per person", async () => {
    const [spammer, target] = await Promise.all([person(), person()]);
    await sharedSpace(spammer, target);
    for (let i = 0; i < 10; i++) expect(await start(spammer, [target], `Hallo ${i}`)).toMatchObject({ ok: true });
    expect(await start(spammer, [target], "Hallo 11")).toMatchObject({ ok: false, error: "rate_limited" });
  });
});

describe("blocking", () => {
  test("the blocked person cannot start nor continue, does not find the blocker, and is told nothing; unblocking lets them in again", async () => {
    const [blocker, pest, bystander] = await Promise.all([person(), person(), person()]);
    await sharedSpace(blocker, pest, bystander);
    const id = await startedId(pest, [blocker]);
    as(pest);
    const found = await findRecipientsAction({ q: blocker.user.displayName!.slice(-10) });
    expect(found).toMatchObject({ ok: true, data: { people: [{ username: blocker.user.username }] } });

    as(blocker);
    expect(await blockPersonAction({ userId: pest.user.id })).toMatchObject({ ok: true });

    as(pest);
    expect(await findRecipientsAction({ q: blocker.user.displayName!.slice(-10) })).toMatchObject({ ok: true, data: { people: [] } });
    expect(await start(pest, [blocker])).toMatchObject({ ok: false, fieldErrors: { recipients: ["cannotWriteTo"] } });
    expect(await sendMessageAction({ conversationId: id, body: "Hallo?" })).toMatchObject({ ok: false, error: "conversation_closed" });
    // Both directions: the blocker cannot write on either, nor find the pest.
    as(blocker);
    expect(await sendMessageAction({ conversationId: id, body: "Lass mich." })).toMatchObject({ ok: false, error: "conversation_closed" });
    expect(await findRecipientsAction({ q: pest.user.displayName!.slice(-10) })).toMatchObject({ ok: true, data: { people: [] } });
    // A third person is not affected.
    expect(await start(bystander, [blocker])).toMatchObject({ ok: true });

    as(blocker);
    expect(await unblockPersonAction({ userId: pest.user.id })).toMatchObject({ ok: true });
    as(pest);
    expect(await sendMessageAction({ conversationId: id, body: "Entschuldigung." })).toMatchObject({ ok: true });
  });
});

describe("notifications of new messages", () => {
  test("one notice per conversation until it is read; the mail waits a quarter of an hour, names who wrote and never what", async () => {
    const [writer, reader] = await Promise.all([person(), person()]);
    await sharedSpace(writer, reader);
    const secret = `Geheimer Treffpunkt ${uniqueSuffix()}`;
    const id = await startedId(writer, [reader], secret);
    as(writer);
    await sendMessageAction({ conversationId: id, body: "Noch etwas." });
    const notices = await getDb().select().from(notifications).where(and(eq(notifications.userId, reader.user.id), eq(notifications.kind, "message_received")));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ channel: "immediate", data: { conversationId: id, from: writer.user.displayName } });

    const [job] = await getDb().execute<{ start_after: Date; [key: string]: unknown }>(
      sql`select start_after from pgboss.job where name = 'notifications-deliver' and data::text like ${`%${notices[0]!.id}%`}`,
    );
    expect(new Date(job!.start_after).getTime()).toBeGreaterThan(Date.now() + 14 * 60 * 1000);
    // Not yet due: no mail now.
    expect(await mail.to(reader.user.email)).toEqual([]);

    await getDb().execute(sql`update pgboss.job set start_after = now() where name = 'notifications-deliver' and data::text like ${`%${notices[0]!.id}%`}`);
    const [sent] = await mail.to(reader.user.email);
    expect(sent?.subject).toContain(writer.user.displayName!);
    expect(JSON.stringify(sent)).not.toContain("Geheimer Treffpunkt");
    expect(JSON.stringify(sent)).toContain(`/nachrichten/${id}`);
  });

  test("read within the quarter of an hour: no mail at all, and the next message brings a new notice", async () => {
    const [writer, reader] = await Promise.all([person(), person()]);
    await sharedSpace(writer, reader);
    const id = await startedId(writer, [reader]);
    as(reader);
    await markConversationReadAction({ conversationId: id });
    await getDb().execute(sql`update pgboss.job set start_after = now() where name = 'notifications-deliver' and state = 'created'`);
    expect(await mail.to(reader.user.email)).toEqual([]);
    as(writer);
    await sendMessageAction({ conversationId: id, body: "Noch da?" });
    const notices = await getDb().select({ readAt: notifications.readAt }).from(notifications).where(and(eq(notifications.userId, reader.user.id), eq(notifications.kind, "message_received")));
    expect(notices.map((n) => n.readAt === null).sort()).toEqual([false, true]);
  });
});

describe("reporting a message", () => {
  test("the report carries the message and, with consent, the messages before it; moderators see those, the decision hides it as 'removed'", async () => {
    const [victim, harasser, outsider] = await Promise.all([person(), person(), person()]);
    await sharedSpace(victim, harasser);
    const id = await startedId(victim, [harasser], "Kommst du Donnerstag?");
    as(harasser);
    for (const body of ["Nein.", "Lass mich in Ruhe.", "Du bist so dumm."]) await sendMessageAction({ conversationId: id, body });
    const harassing = `Ich weiß, wo du wohnst ${uniqueSuffix()}`;
    const sent = await sendMessageAction({ conversationId: id, body: harassing });
    if (!sent.ok) throw new Error("not sent");
    as(victim);
    await sendMessageAction({ conversationId: id, body: "Später geschrieben." });

    // Not through the general report form (it cannot check the conversation), not by someone outside it.
    expect(await reportAction({ targetType: "message" as never, targetId: sent.data.id, reason: "insult", explanation: "Bedrohung im Chat." })).toMatchObject({ ok: false, error: "invalid_input" });
    as(outsider);
    expect(await reportMessageAction({ messageId: sent.data.id, reason: "insult", explanation: "Bedrohung im Chat.", includeContext: true })).toMatchObject({ ok: false, error: "forbidden" });

    as(victim);
    const filed = await reportMessageAction({ messageId: sent.data.id, reason: "insult", explanation: "Das ist eine Drohung.", includeContext: true });
    if (!filed.ok) throw new Error(filed.error);
    const review = await getTargetReview("message", sent.data.id);
    expect(review?.target).toMatchObject({ text: harassing, author: { id: harasser.user.id } });
    expect(review?.reports[0]?.contentSnapshot).toBe(harassing);
    const context = (await listReportContext([filed.data.id])).get(filed.data.id)!;
    expect(context.map((m) => m.body)).toEqual(["Kommst du Donnerstag?", "Nein.", "Lass mich in Ruhe.", "Du bist so dumm."]);
    expect(JSON.stringify(context)).not.toContain("Später geschrieben.");

    const moderator = await createModerator();
    await decide({
      moderator: moderator.actor,
      target: { type: "message", id: sent.data.id, author: { id: harasser.user.id }, text: harassing },
      kind: "hide",
      ruleKey: "respect",
      facts: "Droht einem anderen Mitglied.",
      duration: "",
    });
    const after = await listMessages(id);
    expect(after.items.find((m) => m.id === sent.data.id)).toMatchObject({ body: null, senderId: harasser.user.id });
  });

  test("without consent only the message itself goes to the moderators", async () => {
    const [a, b] = await Promise.all([person(), person()]);
    await sharedSpace(a, b);
    const id = await startedId(a, [b], "Vorher.");
    as(b);
    const sent = await sendMessageAction({ conversationId: id, body: "Beleidigung." });
    if (!sent.ok) throw new Error("not sent");
    as(a);
    const filed = await reportMessageAction({ messageId: sent.data.id, reason: "insult", explanation: "Das ist beleidigend.", includeContext: false });
    if (!filed.ok) throw new Error(filed.error);
    expect((await listReportContext([filed.data.id])).get(filed.data.id)).toBeUndefined();
  });
});

describe("privacy of messages", () => {
  test("they are in the person's export; after deletion the other party keeps the copy from 'deleted member', and the conversation is closed", async () => {
    const [leaving, staying] = await Promise.all([person(), person()]);
    await sharedSpace(leaving, staying);
    const body = `Bis Donnerstag ${uniqueSuffix()}`;
    const id = await startedId(leaving, [staying], body);
    as(staying);
    await blockPersonAction({ userId: leaving.user.id });
    await unblockPersonAction({ userId: leaving.user.id });

    const data = await collectPersonalData(leaving.user.id);
    const exported = data!["messages.json"];
    expect(exported.conversations.find((c) => c.id === id)?.messages).toEqual([expect.objectContaining({ from: "me", body })]);
    expect(exported.whoMayWriteToMe).toBe("shared_space");

    expect(await deleteAccount({ userId: leaving.user.id, deleteComments: false })).toBe(true);
    const kept = await listMessages(id);
    expect(kept.items).toEqual([expect.objectContaining({ body, senderName: null })]);
    as(staying);
    expect(await sendMessageAction({ conversationId: id, body: "Hallo?" })).toMatchObject({ ok: false, error: "conversation_closed" });
    expect((await getDb().select().from(messages).where(eq(messages.conversationId, id))).length).toBe(1);
  });
});
