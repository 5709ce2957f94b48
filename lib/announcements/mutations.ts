import "server-only";
import { eq } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { announcementLocalities, announcements, announcementTopics } from "@/db/schema";
import { notifyFollowers } from "./notify-followers";
import { recordAudit } from "@/lib/audit/record";
import { removeUploadsOf } from "@/lib/uploads/mutations";
import { fromDistrictLocalTime, toDistrictLocalTime } from "@/lib/time/district-time";
import { renderAnnouncementBody } from "./render";
import { isPublishAtInPast, type AnnouncementFormValues } from "./schemas";

const TARGET = "announcement";

/** The columns a form sets; the body's HTML is rendered and sanitised here, never taken from outside. */
function columnsFrom(input: AnnouncementFormValues) {
  return {
    title: input.title,
    summary: input.summary,
    body: input.body,
    bodyHtml: renderAnnouncementBody(input.body),
    wholeDistrict: input.wholeDistrict,
    departmentId: input.departmentId,
    expiresAt: input.expiresAt ? fromDistrictLocalTime(input.expiresAt) : null,
    commentsEnabled: input.commentsEnabled,
  };
}

/** Whole-district announcements keep no locality rows: "every locality" includes future ones. */
async function replaceTags(tx: Transaction, id: string, input: AnnouncementFormValues) {
  await tx.delete(announcementLocalities).where(eq(announcementLocalities.announcementId, id));
  await tx.delete(announcementTopics).where(eq(announcementTopics.announcementId, id));
  const localityIds = input.wholeDistrict ? [] : [...new Set(input.localityIds)];
  if (localityIds.length) await tx.insert(announcementLocalities).values(localityIds.map((localityId) => ({ announcementId: id, localityId })));
  const topicIds = [...new Set(input.topicIds)];
  if (topicIds.length) await tx.insert(announcementTopics).values(topicIds.map((topicId) => ({ announcementId: id, topicId })));
}

/** Publishes now, or at publishAt when one is given (then it is "scheduled" until that time). */
export async function createAnnouncement({ actorId, input }: { actorId: string; input: AnnouncementFormValues }): Promise<string> {
  return getDb().transaction(async (tx) => {
    const publishAt = (input.publishAt && fromDistrictLocalTime(input.publishAt)) || new Date();
    const [row] = await tx
      .insert(announcements)
      .values({ ...columnsFrom(input), authorId: actorId, status: "published", publishAt })
      .returning({ id: announcements.id });
    if (!row) throw new Error("announcement not inserted");
    await replaceTags(tx, row.id, input);
    // Visible at once: its followers are told now; a scheduled one by the minutely job when its time comes.
    if (publishAt <= new Date()) await notifyFollowers({ id: row.id, title: input.title, authorId: actorId }, tx);
    await recordAudit(
      { actorId, action: "announcement.published", targetType: TARGET, targetId: row.id, details: { title: input.title, publishAt: publishAt.toISOString() } },
      tx,
    );
    return row.id;
  });
}

/**
 * Saves an edit: "not_found" when the announcement does not exist, "publish_in_past" when the
 * publication time was changed to one in the past (the schema checks it against the form's starting
 * value, which comes from the browser; this checks it against the stored one). An edit of an announcement the public
 * could already read sets editedAt, so its pages say "aktualisiert am …".
 */
export async function updateAnnouncement({
  actorId,
  id,
  input,
}: {
  actorId: string;
  id: string;
  input: AnnouncementFormValues;
}): Promise<"saved" | "not_found" | "publish_in_past"> {
  return getDb().transaction(async (tx) => {
    const [current] = await tx
      .select({ publishAt: announcements.publishAt })
      .from(announcements)
      .where(eq(announcements.id, id))
      .for("update");
    if (!current) return "not_found";
    const now = new Date();
    // The field shows minutes: an unchanged field keeps the exact stored time (and the list order).
    const publishAt =
      !input.publishAt || input.publishAt === toDistrictLocalTime(current.publishAt) ? current.publishAt : fromDistrictLocalTime(input.publishAt)!;
    if (publishAt !== current.publishAt && isPublishAtInPast(publishAt, now)) return "publish_in_past";
    // Every announcement starts out published, so one whose time has come has been public.
    const wasPublic = current.publishAt <= now;
    await tx
      .update(announcements)
      // Moved into the future, it will appear anew: no "updated" before it is out again.
      .set({ ...columnsFrom(input), publishAt, ...(publishAt > now ? { editedAt: null } : wasPublic ? { editedAt: now } : {}) })
      .where(eq(announcements.id, id));
    await replaceTags(tx, id, input);
    await recordAudit({ actorId, action: "announcement.updated", targetType: TARGET, targetId: id, details: { title: input.title } }, tx);
    return "saved";
  });
}

/** Withdraws (unpublished) or publishes again; false when there is nothing to change. */
export async function setAnnouncementPublished({ actorId, id, published }: { actorId: string; id: string; published: boolean }): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .update(announcements)
      .set({ status: published ? "published" : "unpublished" })
      .where(eq(announcements.id, id))
      .returning({ title: announcements.title });
    if (!row) return false;
    await recordAudit(
      { actorId, action: published ? "announcement.republished" : "announcement.unpublished", targetType: TARGET, targetId: id, details: { title: row.title } },
      tx,
    );
    return true;
  });
}

/** Deletes the announcement with its comments and its files; the log keeps its title. */
export async function deleteAnnouncement({ actorId, id }: { actorId: string; id: string }): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx.delete(announcements).where(eq(announcements.id, id)).returning({ title: announcements.title });
    if (!row) return false;
    await removeUploadsOf("announcement", id, tx);
    await recordAudit({ actorId, action: "announcement.deleted", targetType: TARGET, targetId: id, details: { title: row.title } }, tx);
    return true;
  });
}
