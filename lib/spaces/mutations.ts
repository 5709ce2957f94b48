import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { spaceFollows, spaceLocalities, spaceMembers, spacePartners, spaces, spaceTopics } from "@/db/schema";
import { renderAnnouncementBody } from "@/lib/announcements/render";
import { recordAudit } from "@/lib/audit/record";
import { notify, notifyAudience } from "@/lib/notifications/create";
import type { NotificationData } from "@/lib/notifications/kinds";
import { findStaffContacts } from "./queries";
import type { spaceFormSchema } from "./schemas";
import type { z } from "zod";

type SpaceInput = z.output<typeof spaceFormSchema>;

/** Usernames typed as "a, b c": the named staff contacts. */
export const parseUsernames = (value: string) => [...new Set(value.split(/[\s,;]+/).map((name) => name.replace(/^@/, "").trim()).filter(Boolean))];

/**
 * Departments and their named contacts. A contact is staff of a department; naming them adds their
 * department as a partner if it was not ticked. Returns the usernames that are not staff (a field error).
 */
export async function resolvePartners(input: Pick<SpaceInput, "partnerDepartmentIds" | "partnerContacts">) {
  const usernames = parseUsernames(input.partnerContacts);
  const contacts = await findStaffContacts(usernames);
  const unknown = usernames.filter((name) => !contacts.some((c) => c.username === name));
  const partners = new Map<number, string | null>(input.partnerDepartmentIds.map((id) => [id, null]));
  for (const contact of contacts) if (contact.departmentId) partners.set(contact.departmentId, contact.id);
  return { unknown, partners: [...partners].map(([departmentId, contactId]) => ({ departmentId, contactId })) };
}

async function writeRelations(tx: Transaction, spaceId: string, input: SpaceInput, partners: Array<{ departmentId: number; contactId: string | null }>) {
  await tx.delete(spaceLocalities).where(eq(spaceLocalities.spaceId, spaceId));
  await tx.delete(spaceTopics).where(eq(spaceTopics.spaceId, spaceId));
  await tx.delete(spacePartners).where(eq(spacePartners.spaceId, spaceId));
  const localityIds = [...new Set(input.localityIds)];
  const topicIds = [...new Set(input.topicIds)];
  if (localityIds.length) await tx.insert(spaceLocalities).values(localityIds.map((localityId) => ({ spaceId, localityId })));
  if (topicIds.length) await tx.insert(spaceTopics).values(topicIds.map((topicId) => ({ spaceId, topicId })));
  if (partners.length) await tx.insert(spacePartners).values(partners.map((p) => ({ spaceId, ...p })));
}

const spaceColumns = (input: SpaceInput) => ({
  name: input.name,
  summary: input.summary,
  description: input.description,
  // Sanitised exactly as announcements are: the same renderer.
  descriptionHtml: renderAnnouncementBody(input.description),
  visibility: input.visibility,
  joinPolicy: input.joinPolicy,
});

/** A new space; its creator becomes its owner. */
export async function createSpace({ actorId, input, partners }: { actorId: string; input: SpaceInput; partners: Array<{ departmentId: number; contactId: string | null }> }) {
  return getDb().transaction(async (tx) => {
    const [row] = await tx.insert(spaces).values({ ...spaceColumns(input), createdById: actorId }).returning({ id: spaces.id });
    if (!row) throw new Error("space not stored");
    await writeRelations(tx, row.id, input, partners);
    await tx.insert(spaceMembers).values({ spaceId: row.id, userId: actorId, membership: "owner" });
    await recordAudit({ actorId, action: "space.created", targetType: "space", targetId: row.id }, tx);
    return row.id;
  });
}

export async function updateSpace({ actorId, spaceId, input, partners }: { actorId: string; spaceId: string; input: SpaceInput; partners: Array<{ departmentId: number; contactId: string | null }> }) {
  return getDb().transaction(async (tx) => {
    const [row] = await tx.update(spaces).set({ ...spaceColumns(input), updatedAt: new Date() }).where(eq(spaces.id, spaceId)).returning({ name: spaces.name });
    if (!row) return false;
    await writeRelations(tx, spaceId, input, partners);
    // Nobody outside a private space may keep following it.
    if (input.visibility !== "public") await tx.delete(spaceFollows).where(eq(spaceFollows.spaceId, spaceId));
    await recordAudit({ actorId, action: "space.updated", targetType: "space", targetId: spaceId }, tx);
    return true;
  });
}

async function spaceThread(tx: Transaction, spaceId: string) {
  const [row] = await tx.select({ name: spaces.name }).from(spaces).where(eq(spaces.id, spaceId));
  return { key: `space:${spaceId}`, title: row?.name ?? "" };
}

const organisersOf = (spaceId: string) =>
  sql`select user_id from space_members where space_id = ${spaceId} and membership in ('organiser', 'owner')`;

async function tellMembership(tx: Transaction, spaceId: string, userId: string, change: NotificationData["space_membership"]["change"], message = "") {
  await notify([{ userId, kind: "space_membership", data: { spaceId, change, message }, thread: await spaceThread(tx, spaceId) }], tx);
}

/** Joining an open space. False when a relation exists already (a double click). */
export async function joinSpace({ spaceId, userId }: { spaceId: string; userId: string }) {
  const rows = await getDb().insert(spaceMembers).values({ spaceId, userId, membership: "member" }).onConflictDoNothing().returning({ userId: spaceMembers.userId });
  return rows.length > 0;
}

/** A request to join; the organisers are told. */
export async function requestToJoin({ spaceId, userId, message }: { spaceId: string; userId: string; message: string }) {
  return getDb().transaction(async (tx) => {
    const rows = await tx.insert(spaceMembers).values({ spaceId, userId, membership: "requested", message: message || null }).onConflictDoNothing().returning({ userId: spaceMembers.userId });
    if (rows.length === 0) return false;
    await notifyAudience({ audience: organisersOf(spaceId), kind: "space_membership", data: { spaceId, change: "requested", message: "" }, thread: await spaceThread(tx, spaceId) }, tx);
    return true;
  });
}

/** An organiser approves or declines a request; the person hears the answer, with the organiser's message. */
export async function decideRequest({ actorId, spaceId, userId, approve, message }: { actorId: string; spaceId: string; userId: string; approve: boolean; message: string }) {
  return getDb().transaction(async (tx) => {
    const where = and(eq(spaceMembers.spaceId, spaceId), eq(spaceMembers.userId, userId), eq(spaceMembers.membership, "requested"));
    const rows = approve
      ? await tx.update(spaceMembers).set({ membership: "member", message: null }).where(where).returning({ userId: spaceMembers.userId })
      : await tx.delete(spaceMembers).where(where).returning({ userId: spaceMembers.userId });
    if (rows.length === 0) return false;
    await tellMembership(tx, spaceId, userId, approve ? "approved" : "declined", message);
    await recordAudit({ actorId, action: "space.request_decided", targetType: "space", targetId: spaceId, details: { userId, approved: approve } }, tx);
    return true;
  });
}

/** An invitation by username; the person is told and accepts on the space's page. */
export async function inviteToSpace({ spaceId, userId }: { spaceId: string; userId: string }) {
  return getDb().transaction(async (tx) => {
    const rows = await tx.insert(spaceMembers).values({ spaceId, userId, membership: "invited" }).onConflictDoNothing().returning({ userId: spaceMembers.userId });
    if (rows.length === 0) return false;
    await tellMembership(tx, spaceId, userId, "invited");
    return true;
  });
}

export async function acceptInvitation({ spaceId, userId }: { spaceId: string; userId: string }) {
  const rows = await getDb()
    .update(spaceMembers)
    .set({ membership: "member" })
    .where(and(eq(spaceMembers.spaceId, spaceId), eq(spaceMembers.userId, userId), eq(spaceMembers.membership, "invited")))
    .returning({ userId: spaceMembers.userId });
  return rows.length > 0;
}

/** Leaving, withdrawing a request or declining an invitation. Never the owner (they hand over first). */
export async function leaveSpace({ spaceId, userId }: { spaceId: string; userId: string }) {
  const rows = await getDb()
    .delete(spaceMembers)
    .where(and(eq(spaceMembers.spaceId, spaceId), eq(spaceMembers.userId, userId), sql`${spaceMembers.membership} <> 'owner'`))
    .returning({ userId: spaceMembers.userId });
  return rows.length > 0;
}

export async function removeMember({ actorId, spaceId, userId }: { actorId: string; spaceId: string; userId: string }) {
  return getDb().transaction(async (tx) => {
    const rows = await tx
      .delete(spaceMembers)
      .where(and(eq(spaceMembers.spaceId, spaceId), eq(spaceMembers.userId, userId), sql`${spaceMembers.membership} <> 'owner'`))
      .returning({ userId: spaceMembers.userId });
    if (rows.length === 0) return false;
    await recordAudit({ actorId, action: "space.member_removed", targetType: "space", targetId: spaceId, details: { userId } }, tx);
    return true;
  });
}

export async function changeMemberRole({ actorId, spaceId, userId, role }: { actorId: string; spaceId: string; userId: string; role: "member" | "organiser" }) {
  return getDb().transaction(async (tx) => {
    const rows = await tx
      .update(spaceMembers)
      .set({ membership: role })
      .where(and(eq(spaceMembers.spaceId, spaceId), eq(spaceMembers.userId, userId), inArray(spaceMembers.membership, ["member", "organiser"])))
      .returning({ userId: spaceMembers.userId });
    if (rows.length === 0) return false;
    await recordAudit({ actorId, action: "space.role_changed", targetType: "space", targetId: spaceId, details: { userId, role } }, tx);
    return true;
  });
}

/** The owner hands the space to a member or organiser and stays on as organiser. */
export async function transferOwnership({ actorId, spaceId, userId }: { actorId: string; spaceId: string; userId: string }) {
  return getDb().transaction(async (tx) => {
    const rows = await tx
      .update(spaceMembers)
      .set({ membership: "owner" })
      .where(and(eq(spaceMembers.spaceId, spaceId), eq(spaceMembers.userId, userId), inArray(spaceMembers.membership, ["member", "organiser"])))
      .returning({ userId: spaceMembers.userId });
    if (rows.length === 0) return false;
    await tx
      .update(spaceMembers)
      .set({ membership: "organiser" })
      .where(and(eq(spaceMembers.spaceId, spaceId), eq(spaceMembers.userId, actorId), eq(spaceMembers.membership, "owner")));
    await recordAudit({ actorId, action: "space.ownership_transferred", targetType: "space", targetId: spaceId, details: { userId } }, tx);
    return true;
  });
}

export async function setFollowing({ spaceId, userId, follow }: { spaceId: string; userId: string; follow: boolean }) {
  if (follow) await getDb().insert(spaceFollows).values({ spaceId, userId }).onConflictDoNothing();
  else await getDb().delete(spaceFollows).where(and(eq(spaceFollows.spaceId, spaceId), eq(spaceFollows.userId, userId)));
}
