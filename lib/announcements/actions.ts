"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action/define-action";
import { fail, ok } from "@/lib/action/result";
import { createAnnouncement, deleteAnnouncement, setAnnouncementPublished, updateAnnouncement } from "./mutations";
import { findUnknownReferences, loadEditableAnnouncementFacts } from "./queries";
import { renderAnnouncementBody } from "./render";
import {
  announcementFormSchema,
  announcementIdSchema,
  isPublishAtInPast,
  previewAnnouncementSchema,
  updateAnnouncementSchema,
  type AnnouncementFormValues,
} from "./schemas";
import { fromDistrictLocalTime } from "@/lib/time/district-time";
import { HOME_PATH } from "@/lib/http/paths";
import { ANNOUNCEMENTS_PATH, MANAGE_PATH, announcementPath } from "./paths";

/** Public pages, feeds and the management list all show announcements. */
function revalidateAnnouncements(id?: string) {
  revalidatePath(ANNOUNCEMENTS_PATH, "layout");
  revalidatePath(MANAGE_PATH, "layout");
  if (id) revalidatePath(announcementPath(id));
  // The home page lists the newest and those ending soon (its cached copy for visitors too).
  revalidatePath(HOME_PATH);
}

/** Ids in the form come from the browser: a locality, topic or unit that does not exist is a field error. */
async function referenceErrors(input: AnnouncementFormValues) {
  const unknown = await findUnknownReferences(input);
  if (unknown.length === 0) return null;
  return fail("invalid_input", { fieldErrors: Object.fromEntries(unknown.map((field) => [field, ["unknownChoice"]])) });
}

const publishInPast = () => fail("invalid_input", { fieldErrors: { publishAt: ["publishInPast"] } });

export const createAnnouncementAction = defineAction({
  input: announcementFormSchema,
  rule: "announcement.manage",
  run: async (input, { actor }) => {
    const refused = await referenceErrors(input);
    if (refused) return refused;
    // The schema lets a kept time pass (for edits); a new announcement has none to keep.
    const publishAt = input.publishAt ? fromDistrictLocalTime(input.publishAt) : null;
    if (publishAt && isPublishAtInPast(publishAt)) return publishInPast();
    const id = await createAnnouncement({ actorId: actor.id, input });
    revalidateAnnouncements();
    return ok({ id });
  },
});

export const updateAnnouncementAction = defineAction({
  input: updateAnnouncementSchema,
  rule: "announcement.edit",
  subject: ({ id }) => loadEditableAnnouncementFacts(id),
  refusal: ({ announcement }) => (announcement.underModeration ? "under_moderation" : null),
  run: async ({ id, ...input }, { actor }) => {
    const refused = await referenceErrors(input);
    if (refused) return refused;
    const outcome = await updateAnnouncement({ actorId: actor.id, id, input });
    if (outcome === "not_found") return fail("not_found");
    if (outcome === "publish_in_past") return publishInPast();
    revalidateAnnouncements(id);
    return ok({ id });
  },
});

export const unpublishAnnouncementAction = defineAction({
  input: announcementIdSchema,
  rule: "announcement.manage",
  run: async ({ id }, { actor }) => {
    if (!(await setAnnouncementPublished({ actorId: actor.id, id, published: false }))) return fail("not_found");
    revalidateAnnouncements(id);
    return ok();
  },
});

export const republishAnnouncementAction = defineAction({
  input: announcementIdSchema,
  rule: "announcement.manage",
  run: async ({ id }, { actor }) => {
    if (!(await setAnnouncementPublished({ actorId: actor.id, id, published: true }))) return fail("not_found");
    revalidateAnnouncements(id);
    return ok();
  },
});

export const deleteAnnouncementAction = defineAction({
  input: announcementIdSchema,
  rule: "announcement.manage",
  run: async ({ id }, { actor }) => {
    if (!(await deleteAnnouncement({ actorId: actor.id, id }))) return fail("not_found");
    revalidateAnnouncements(id);
    return ok();
  },
});

/** The editor's live preview: the very rendering the page will show, so it is exactly as safe. */
export const previewAnnouncementAction = defineAction({
  input: previewAnnouncementSchema,
  rule: "announcement.manage",
  run: async ({ body }) => ok({ html: renderAnnouncementBody(body) }),
});
