import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { getDb } from "@/db/client";
import { announcementComments, departments, localities, topics } from "@/db/schema";
import { createAnnouncementAction, updateAnnouncementAction } from "@/lib/announcements/actions";
import { deleteCommentAction, editCommentAction } from "@/lib/announcements/comments/actions";
import { getAnnouncementForStaff } from "@/lib/announcements/queries";
import { getAppealReview } from "@/lib/moderation/appeals/appeal-review";
import { decideAppeal } from "@/lib/moderation/appeals/decide-appeal";
import { submitAppeal } from "@/lib/moderation/appeals/submit-appeal";
import { decide } from "@/lib/moderation/decisions/decide";
import { getTargetReview } from "@/lib/moderation/queue/target-review";
import { createReport } from "@/lib/moderation/reports/create-report";
import { isUnderModeration } from "@/lib/moderation/under-moderation";
import { toDistrictLocalTime } from "@/lib/time/district-time";
import { createAnnouncement, createComment } from "../support/announcement-factory";
import { uniqueSuffix } from "../support/factories";
import { captureMail, createActor, createModerator } from "../support/moderation-factory";

// Issue 14, item 1: what was reported and decided stays what moderators and the appeal see.

const session = vi.hoisted(() => ({ token: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => (session.token ? { value: session.token } : undefined) }),
  headers: async () => new Headers({ host: "kiezwerk.example" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

captureMail();

const DAY = 24 * 60 * 60 * 1000;
const REPORTED = "Ihr seid alle Deppen, und der Bezirk sowieso.";

async function reportedComment() {
  const author = await createActor({ displayName: `Autorin ${uniqueSuffix()}` });
  const reporter = await createActor();
  const announcement = await createAnnouncement();
  const comment = await createComment({ announcementId: announcement.id, authorId: author.user.id, body: REPORTED });
  const target = { type: "comment" as const, id: comment.id };
  const report = await createReport({ reporter: reporter.actor, target, reason: "insult", explanation: "Das beleidigt die Nachbarschaft." });
  if (!report.ok) throw new Error("report not filed");
  return { author, reporter, comment, target };
}

const bodyOf = async (commentId: string) =>
  (await getDb().select({ body: announcementComments.body }).from(announcementComments).where(eq(announcementComments.id, commentId)))[0]?.body;

async function editAs(token: string, commentId: string, body: string) {
  session.token = token;
  return editCommentAction({ commentId, body });
}

beforeEach(() => {
  session.token = undefined;
});

describe("a reported comment keeps the reported version", () => {
  test("the report keeps the text as reported; the author cannot edit while the report is open and is told why", async () => {
    const { author, comment, target } = await reportedComment();

    const review = await getTargetReview("comment", comment.id);
    expect(review?.reports.map((r) => r.contentSnapshot)).toEqual([REPORTED]);
    expect(await isUnderModeration(target)).toBe(true);

    expect(await editAs(author.token, comment.id, "Alles gut, liebe Nachbarn.")).toEqual({ ok: false, error: "under_moderation" });
    expect(await bodyOf(comment.id)).toBe(REPORTED);
  });

  test("while the hiding decision can be appealed and while the appeal is open, the text stays; the appeal shows the decided text", async () => {
    const { author, comment, target } = await reportedComment();
    const moderator = await createModerator();
    const decisionId = await decide({
      moderator: moderator.actor,
      target: { type: "comment", id: comment.id, author: { id: author.user.id }, text: REPORTED },
      kind: "hide",
      ruleKey: "respect",
      facts: "Beschimpft andere Mitglieder.",
      duration: "",
    });
    expect(await editAs(author.token, comment.id, "Harmloser neuer Text.")).toMatchObject({ ok: false, error: "under_moderation" });

    const appeal = await submitAppeal({ appellant: author.actor, decisionId, statement: "Das war nicht so gemeint, bitte prüfen." });
    if (!appeal.ok) throw new Error("appeal not filed");
    expect(await editAs(author.token, comment.id, "Harmloser neuer Text.")).toMatchObject({ ok: false, error: "under_moderation" });
    expect(await bodyOf(comment.id)).toBe(REPORTED);
    expect((await getAppealReview(appeal.id))?.decision.contentSnapshot).toBe(REPORTED);

    // Decided by a second moderator: the case is closed, the author may edit again.
    const second = await createModerator();
    expect(await decideAppeal({ moderator: second.actor, appealId: appeal.id, outcome: "upheld", note: "Die Entscheidung bleibt bestehen." })).toMatchObject({ ok: true });
    expect(await isUnderModeration(target)).toBe(false);
    expect(await editAs(author.token, comment.id, "Entschuldigung, das war daneben.")).toMatchObject({ ok: true });
  });

  test("a decision that can no longer be appealed, and a dismissal, free the comment again", async () => {
    const { author, comment, target } = await reportedComment();
    const moderator = await createModerator();
    const decidedLongAgo = new Date(Date.now() - 200 * DAY);
    await decide({
      moderator: moderator.actor,
      target: { type: "comment", id: comment.id, author: { id: author.user.id }, text: REPORTED },
      kind: "warn",
      ruleKey: "respect",
      facts: "Beschimpft andere Mitglieder.",
      duration: "",
      now: decidedLongAgo,
    });
    expect(await isUnderModeration(target, { now: new Date() })).toBe(false);
    expect(await isUnderModeration(target, { now: new Date(decidedLongAgo.getTime() + DAY) })).toBe(true);

    const dismissed = await reportedComment();
    await decide({
      moderator: moderator.actor,
      target: { type: "comment", id: dismissed.comment.id, author: { id: dismissed.author.user.id }, text: REPORTED },
      kind: "dismiss",
      ruleKey: "",
      facts: "Kein Verstoß gegen die Regeln.",
      duration: "",
    });
    expect(await editAs(dismissed.author.token, dismissed.comment.id, "Etwas freundlicher formuliert.")).toMatchObject({ ok: true });
  });

  test("deleting stays possible, and the review still shows what was reported", async () => {
    const { author, comment } = await reportedComment();
    session.token = author.token;
    expect(await deleteCommentAction({ commentId: comment.id })).toMatchObject({ ok: true });
    const review = await getTargetReview("comment", comment.id);
    expect(review?.target).toBeNull();
    expect(review?.reports[0]?.contentSnapshot).toBe(REPORTED);
  });
});

describe("announcements under moderation and publication dates", () => {
  async function staffAndForm() {
    const staff = await createActor({ email: `amt-${uniqueSuffix()}@ba-tk.berlin.de`, role: "staff", verification: "verified" });
    const [locality] = await getDb().select({ id: localities.id }).from(localities).limit(1);
    const [topic] = await getDb().select({ id: topics.id }).from(topics).limit(1);
    const [department] = await getDb().select({ id: departments.id }).from(departments).limit(1);
    const form = {
      title: `Sperrung ${uniqueSuffix()}`,
      summary: "Drei Wochen gesperrt.",
      body: "Umleitung über die Lindenstraße.",
      wholeDistrict: false,
      localityIds: [String(locality!.id)],
      topicIds: [String(topic!.id)],
      departmentId: String(department!.id),
      publishAt: "",
      expiresAt: "",
      commentsEnabled: true,
    };
    return { staff, form };
  }

  test("staff cannot edit a reported announcement and are told why; withdrawing is not affected", async () => {
    const { staff, form } = await staffAndForm();
    session.token = staff.token;
    const created = await createAnnouncementAction(form);
    if (!created.ok) throw new Error(`not created: ${created.error}`);
    const id = created.data.id;
    const reporter = await createActor();
    await createReport({ reporter: reporter.actor, target: { type: "announcement", id }, reason: "misinformation", explanation: "Die Straße ist gar nicht gesperrt." });

    session.token = staff.token;
    expect(await updateAnnouncementAction({ ...form, id, title: "Ganz anderer Titel" })).toEqual({ ok: false, error: "under_moderation" });
    expect((await getAnnouncementForStaff(id))?.title).toBe(form.title);
  });

  test("a new announcement with a publication date in the past is refused at the field, even if the browser claims to keep it", async () => {
    const { staff, form } = await staffAndForm();
    session.token = staff.token;
    const past = "2025-01-01T00:00";
    const refused = { ok: false, error: "invalid_input", fieldErrors: { publishAt: ["publishInPast"] } };
    expect(await createAnnouncementAction({ ...form, publishAt: past })).toEqual(refused);
    expect(await createAnnouncementAction({ ...form, publishAt: past, keptPublishAt: past })).toEqual(refused);
    const now = await createAnnouncementAction({ ...form, publishAt: toDistrictLocalTime(new Date()) });
    expect(now).toMatchObject({ ok: true });
  });
});
