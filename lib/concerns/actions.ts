"use server";

import { TRANSPARENCY_PATH } from "@/lib/moderation/paths";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action/define-action";
import { fail, ok } from "@/lib/action/result";
import { listLocalities } from "@/lib/district/queries";
import { addStaffNote, changeConcernStatus, claimConcern, cosignConcern, fileConcern, postAuthorUpdate, reopenConcern } from "./mutations";
import { CONCERN_INBOX_PATH, CONCERNS_FEED_PATH, CONCERNS_PATH, concernInboxItemPath, concernPath } from "./paths";
import { loadConcernFacts } from "./queries";
import { authorUpdateSchema, changeStatusSchema, concernIdSchema, fileConcernSchema, reopenSchema, staffNoteSchema } from "./schemas";

function revalidateConcern(id?: string) {
  revalidatePath(CONCERNS_PATH);
  revalidatePath(CONCERNS_FEED_PATH);
  revalidatePath(CONCERN_INBOX_PATH);
  // The departments' response figures on the transparency report.
  revalidatePath(TRANSPARENCY_PATH);
  if (id) {
    revalidatePath(concernPath(id));
    revalidatePath(concernInboxItemPath(id));
  }
}

const facts = ({ id }: { id: string }, actor: { id: string } | null) => loadConcernFacts(id, actor?.id);

export const fileConcernAction = defineAction({
  input: fileConcernSchema,
  rule: "concern.submit",
  run: async (input, { actor }) => {
    // Ids in the form come from the browser: an unknown locality or category is a field error.
    if (!(await listLocalities()).some((l) => l.id === input.localityId)) return fail("invalid_input", { fieldErrors: { localityId: ["unknownChoice"] } });
    const id = await fileConcern({ authorId: actor.id, input });
    if (id === "unknown_category") return fail("invalid_input", { fieldErrors: { categoryId: ["unknownChoice"] } });
    revalidateConcern();
    return ok({ id });
  },
});

export const cosignConcernAction = defineAction({
  input: concernIdSchema,
  rule: "concern.cosign",
  subject: facts,
  run: async ({ id }, { actor }) => {
    await cosignConcern({ userId: actor.id, id });
    revalidateConcern(id);
    return ok();
  },
});

export const postAuthorUpdateAction = defineAction({
  input: authorUpdateSchema,
  rule: "concern.postUpdate",
  subject: facts,
  run: async ({ id, body }, { actor }) => {
    if (!(await postAuthorUpdate({ authorId: actor.id, id, body }))) return fail("not_found");
    revalidateConcern(id);
    return ok();
  },
});

export const reopenConcernAction = defineAction({
  input: reopenSchema,
  rule: "concern.reopen",
  subject: facts,
  run: async ({ id, body }, { actor }) => {
    // Another tab may have reopened it already: the locked row decides.
    if (!(await reopenConcern({ authorId: actor.id, id, body }))) return fail("forbidden");
    revalidateConcern(id);
    return ok();
  },
});

export const changeConcernStatusAction = defineAction({
  input: changeStatusSchema,
  rule: "concern.handle",
  subject: facts,
  run: async (input, { actor }) => {
    if (!(await changeConcernStatus({ actorId: actor.id, input }))) return fail("not_found");
    revalidateConcern(input.id);
    return ok();
  },
});

export const claimConcernAction = defineAction({
  input: concernIdSchema,
  rule: "concern.handle",
  subject: facts,
  run: async ({ id }, { actor }) => {
    if (!(await claimConcern({ actorId: actor.id, id }))) return fail("not_found");
    revalidateConcern(id);
    return ok();
  },
});

export const addStaffNoteAction = defineAction({
  input: staffNoteSchema,
  rule: "concern.handle",
  subject: facts,
  run: async ({ id, body }, { actor }) => {
    await addStaffNote({ actorId: actor.id, id, body });
    revalidatePath(concernInboxItemPath(id));
    return ok();
  },
});
