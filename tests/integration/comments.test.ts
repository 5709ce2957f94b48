import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { getDb } from "@/db/client";
import { announcementComments, announcements, sessions } from "@/db/schema";
import { findSessionUser } from "@/lib/auth/session-lookup";
import { addCommentAction, deleteCommentAction, editCommentAction } from "@/lib/announcements/comments/actions";
import { addComment, deleteComment, editComment } from "@/lib/announcements/comments/mutations";
import { listComments } from "@/lib/announcements/comments/queries";
import { createAnnouncement, createComment, readAnnouncement } from "../support/announcement-factory";
import { createSession, createUser } from "../support/factories";

// The actions read the session cookie and refresh pages; here the cookie is the test's session.
const session = vi.hoisted(() => ({ token: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => (session.token ? { value: session.token } : undefined) }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const HOUR = 60 * 60 * 1000;

async function signedIn(input: Parameters<typeof createUser>[0] = {}) {
  const user = await createUser(input);
  const token = await createSession(user.id);
  const actor = await findSessionUser(token);
  if (!actor) throw new Error("no session user");
  return { user, token, actor, act: () => (session.token = token) };
}

async function countOf(announcementId: string) {
  return (await readAnnouncement(announcementId)).commentCount;
}

async function commentRow(id: string) {
  const [row] = await getDb().select().from(announcementComments).where(eq(announcementComments.id, id));
  return row;
}

beforeEach(() => {
  session.token = undefined;
});

describe("adding a comment", () => {
  test("a member comments on an open announcement; the comment is stored, trimmed, and counted in the same step", async () => {
    const member = await signedIn();
    const announcement = await createAnnouncement();
    member.act();

    const result = await addCommentAction({ announcementId: announcement.id, body: "  Gute Sache, danke!  " });

    expect(result.ok).toBe(true);
    const id = result.ok ? (result.data as { id: string }).id : "";
    expect(await commentRow(id)).toMatchObject({ body: "Gute Sache, danke!", authorId: member.user.id, editedAt: null });
    expect(await countOf(announcement.id)).toBe(1);
  });

  test("empty and over-long comments are refused with field errors, nothing is stored", async () => {
    const member = await signedIn();
    const announcement = await createAnnouncement();
    member.act();

    const empty = await addCommentAction({ announcementId: announcement.id, body: "   " });
    const tooLong = await addCommentAction({ announcementId: announcement.id, body: "x".repeat(2001) });

    expect(empty).toMatchObject({ ok: false, error: "invalid_input", fieldErrors: { body: ["commentEmpty"] } });
    expect(tooLong).toMatchObject({ ok: false, error: "invalid_input", fieldErrors: { body: ["commentTooLong"] } });
    expect(await countOf(announcement.id)).toBe(0);
    expect((await addCommentAction({ announcementId: announcement.id, body: "x".repeat(2000) })).ok).toBe(true);
  });

  test("closed comments refuse: the policy says no and nothing changes", async () => {
    const member = await signedIn();
    const closed = await createAnnouncement({ commentsEnabled: false });
    member.act();

    expect(await addCommentAction({ announcementId: closed.id, body: "Noch ein Gedanke" })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await countOf(closed.id)).toBe(0);
    // Also when the comments were closed after the action's policy check: the mutation asks again.
    expect(await addComment({ actor: member.actor, announcementId: closed.id, body: "Noch ein Gedanke" })).toBeNull();
    expect(await listComments({ announcementId: closed.id })).toEqual({ items: [], nextCursor: null });
  });

  test("announcements that are not visible cannot be commented on: scheduled, expired, unpublished, unknown", async () => {
    const member = await signedIn();
    const scheduled = await createAnnouncement({ publishAt: new Date(Date.now() + HOUR) });
    const expired = await createAnnouncement({ expiresAt: new Date(Date.now() - 1000) });
    const unpublished = await createAnnouncement({ status: "unpublished" });
    member.act();

    for (const { id } of [scheduled, expired, unpublished]) {
      expect(await addCommentAction({ announcementId: id, body: "Hallo" })).toMatchObject({ ok: false, error: "forbidden" });
      expect(await countOf(id)).toBe(0);
    }
    expect(await addCommentAction({ announcementId: "no-such-announcement", body: "Hallo" })).toMatchObject({ ok: false, error: "not_found" });
  });

  test("visitors and accounts that are no members (yet) cannot comment", async () => {
    const announcement = await createAnnouncement();
    expect(await addCommentAction({ announcementId: announcement.id, body: "Hallo" })).toMatchObject({ ok: false, error: "unauthenticated" });

    const incomplete = await signedIn({ profileComplete: false });
    incomplete.act();
    expect(await addCommentAction({ announcementId: announcement.id, body: "Hallo" })).toMatchObject({ ok: false, error: "forbidden" });

    const suspended = await signedIn({ status: "suspended" });
    suspended.act();
    // A suspended person is told so (the form keeps the text), not that a role is missing.
    expect(await addCommentAction({ announcementId: announcement.id, body: "Hallo" })).toMatchObject({ ok: false, error: "suspended" });

    // Suspended while the page was open: suspending ends the sessions, so the cookie leads nowhere.
    // The person is told their session was ended (not "please sign in first"), and nothing is stored.
    const member = await signedIn();
    member.act();
    await getDb().delete(sessions).where(eq(sessions.userId, member.user.id));
    expect(await addCommentAction({ announcementId: announcement.id, body: "Hallo" })).toMatchObject({ ok: false, error: "session_ended" });
    expect(await countOf(announcement.id)).toBe(0);
    expect(await countOf(announcement.id)).toBe(0);
  });
});

describe("editing and deleting", () => {
  test("the author edits their own comment: new text, editedAt set", async () => {
    const author = await signedIn();
    const announcement = await createAnnouncement();
    const comment = await createComment({ announcementId: announcement.id, authorId: author.user.id, body: "Erste Fassung" });
    author.act();

    expect(await editCommentAction({ commentId: comment.id, body: "Zweite Fassung" })).toMatchObject({ ok: true });

    const row = await commentRow(comment.id);
    expect(row).toMatchObject({ body: "Zweite Fassung" });
    expect(row?.editedAt).toBeInstanceOf(Date);
  });

  test("nobody else may edit or delete it: the policy refuses, and the query's where would too", async () => {
    const author = await signedIn();
    const other = await signedIn();
    const staff = await signedIn({ role: "staff", verification: "verified" });
    const announcement = await createAnnouncement();
    const comment = await createComment({ announcementId: announcement.id, authorId: author.user.id, body: "Meins" });

    for (const intruder of [other, staff]) {
      intruder.act();
      expect(await editCommentAction({ commentId: comment.id, body: "Übernommen" })).toMatchObject({ ok: false, error: "forbidden" });
      expect(await deleteCommentAction({ commentId: comment.id })).toMatchObject({ ok: false, error: "forbidden" });
    }
    // Even called directly, the mutations only touch the author's own row.
    expect(await editComment({ authorId: other.user.id, commentId: comment.id, body: "Übernommen" })).toBeNull();
    expect(await deleteComment({ authorId: other.user.id, commentId: comment.id })).toBeNull();

    expect(await commentRow(comment.id)).toMatchObject({ body: "Meins", editedAt: null });
    expect(await countOf(announcement.id)).toBe(1);
  });

  test("the author deletes their own comment and the count goes down in the same step", async () => {
    const author = await signedIn();
    const announcement = await createAnnouncement();
    const keep = await createComment({ announcementId: announcement.id, authorId: author.user.id });
    const remove = await createComment({ announcementId: announcement.id, authorId: author.user.id });
    author.act();

    expect(await deleteCommentAction({ commentId: remove.id })).toMatchObject({ ok: true });

    expect(await commentRow(remove.id)).toBeUndefined();
    expect(await countOf(announcement.id)).toBe(1);
    expect((await listComments({ announcementId: announcement.id })).items.map((c) => c.id)).toEqual([keep.id]);
    // Deleting again finds nothing, and the count does not drift.
    expect(await deleteCommentAction({ commentId: remove.id })).toMatchObject({ ok: false, error: "not_found" });
    expect(await countOf(announcement.id)).toBe(1);
  });

  test("the count stays in step through a mix of adds and deletes", async () => {
    const member = await signedIn();
    const announcement = await createAnnouncement();
    member.act();
    const ids: string[] = [];
    for (const body of ["eins", "zwei", "drei", "vier"]) {
      const result = await addCommentAction({ announcementId: announcement.id, body });
      if (result.ok) ids.push((result.data as { id: string }).id);
    }
    await deleteCommentAction({ commentId: ids[1]! });
    await deleteCommentAction({ commentId: ids[3]! });

    const [row] = await getDb().select({ count: announcements.commentCount }).from(announcements).where(eq(announcements.id, announcement.id));
    const stored = await getDb().select({ id: announcementComments.id }).from(announcementComments).where(eq(announcementComments.announcementId, announcement.id));
    expect(row?.count).toBe(2);
    expect(stored).toHaveLength(2);
  });
});

describe("reading a thread", () => {
  test("oldest first, with the author's display name; a deleted account shows no name", async () => {
    const author = await createUser({ displayName: "Karla Kommentar" });
    const gone = await createUser({ status: "deleted" });
    const announcement = await createAnnouncement();
    const t0 = Date.now() - 10 * 60 * 1000;
    const second = await createComment({ announcementId: announcement.id, authorId: author.id, body: "zweiter", createdAt: new Date(t0 + 2000) });
    const first = await createComment({ announcementId: announcement.id, authorId: gone.id, body: "erster", createdAt: new Date(t0 + 1000) });
    const orphan = await createComment({ announcementId: announcement.id, authorId: null, body: "dritter", createdAt: new Date(t0 + 3000) });

    const { items } = await listComments({ announcementId: announcement.id });

    expect(items.map((c) => c.id)).toEqual([first.id, second.id, orphan.id]);
    expect(items[0]?.author).toMatchObject({ deleted: true });
    expect(items[1]?.author).toMatchObject({ displayName: "Karla Kommentar", deleted: false });
    expect(items[2]?.author).toBeNull();
    expect(items[0]).not.toHaveProperty("authorId");
  });

  test("long threads are keyset-paginated: pages follow on without gaps or repeats, also with equal timestamps", async () => {
    const author = await createUser();
    const announcement = await createAnnouncement();
    const at = new Date(Date.now() - 60 * 1000);
    const created = [];
    for (let i = 0; i < 7; i++) {
      // Three share one timestamp: the id breaks the tie.
      created.push(await createComment({ announcementId: announcement.id, authorId: author.id, body: `Nr. ${i}`, createdAt: new Date(at.getTime() + Math.max(0, i - 2) * 1000) }));
    }

    const seen: string[] = [];
    let from: string | undefined;
    let pages = 0;
    do {
      const page = await listComments({ announcementId: announcement.id, from, limit: 3 });
      seen.push(...page.items.map((c) => c.id));
      from = page.nextCursor ?? undefined;
      pages++;
    } while (from && pages < 10);

    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(7);
    const expected = [...created].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1)).map((c) => c.id);
    expect(seen).toEqual(expected);
  });
});
