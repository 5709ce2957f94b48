import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { announcements } from "@/db/schema";
import { announcementPath, editAnnouncementPath, staffAnnouncementPath } from "@/lib/announcements/paths";
import { isAnnouncementVisible } from "@/lib/announcements/visibility";
import { isUnderModeration } from "@/lib/moderation/under-moderation";
import { can } from "@/lib/policy";
import type { UploadOwnerAdapter } from "./types";

/**
 * Photos and flyers of a district announcement: public while the announcement is; staff see them
 * while it is scheduled or withdrawn. Hidden by moderation, its files are served to nobody.
 */
export const announcementOwner: UploadOwnerAdapter = {
  async loadFacts(ownerId, actor) {
    const [row] = await getDb()
      .select({ status: announcements.status, publishAt: announcements.publishAt, expiresAt: announcements.expiresAt, hiddenByDecisionId: announcements.hiddenByDecisionId })
      .from(announcements)
      .where(eq(announcements.id, ownerId));
    if (!row) return null;
    const hidden = row.hiddenByDecisionId !== null;
    const editable =
      !hidden && can(actor, "announcement.manage") && can(actor, "announcement.edit", { announcement: { underModeration: await isUnderModeration({ type: "announcement", id: ownerId }) } });
    return { public: isAnnouncementVisible(row), visibleToActor: !hidden && can(actor, "announcement.manage"), editableByActor: editable };
  },
  paths: (ownerId) => [announcementPath(ownerId), staffAnnouncementPath(ownerId), editAnnouncementPath(ownerId)],
};
