"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action/define-action";
import { fail, ok } from "@/lib/action/result";
import { answerEvent, createEvent } from "./events";
import {
  acceptInvitation,
  changeMemberRole,
  createSpace,
  decideRequest,
  inviteToSpace,
  joinSpace,
  leaveSpace,
  removeMember,
  requestToJoin,
  resolvePartners,
  setFollowing,
  transferOwnership,
  updateSpace,
} from "./mutations";
import { DISTRICT_CALENDAR_PATH, SPACES_PATH, spacePath, VOLUNTEER_PATH } from "./paths";
import { findUnknownSpaceReferences, findUserByUsername, loadEventFacts, loadMembership, loadPostFacts, loadSpaceFacts } from "./queries";
import {
  changeRoleSchema,
  decideRequestSchema,
  eventFormSchema,
  inviteSchema,
  memberTargetSchema,
  pinPostSchema,
  postIdSchema,
  postSchema,
  requestJoinSchema,
  rsvpSchema,
  spaceFormSchema,
  spaceIdSchema,
  updateSpaceSchema,
} from "./schemas";
import { createPost, deletePost, hidePostAsOrganiser, setPostPinned } from "./stream";
import { z } from "zod";

function revalidateSpace(id?: string) {
  revalidatePath(SPACES_PATH, "layout");
  // The district's volunteer list and calendar show public spaces' shifts and events: a space that turns private leaves them.
  revalidatePath(VOLUNTEER_PATH);
  revalidatePath(DISTRICT_CALENDAR_PATH);
  if (id) revalidatePath(spacePath(id), "layout");
}

/** Ids and usernames from the form that point at nothing are field errors, with the rest of the input kept. */
async function checkSpaceInput(input: z.output<typeof spaceFormSchema>) {
  const unknown = await findUnknownSpaceReferences(input);
  const { unknown: notStaff, partners } = await resolvePartners(input);
  if (notStaff.length > 0) unknown.push("partnerContacts");
  if (unknown.length === 0) return { partners };
  return { refused: fail("invalid_input", { fieldErrors: Object.fromEntries(unknown.map((field) => [field, [field === "partnerContacts" ? "notStaff" : "unknownChoice"]])) }) };
}

const spaceFacts = ({ spaceId }: { spaceId: string }, actor: { id: string }) => loadSpaceFacts(spaceId, actor.id);
/** The facts about the person acted on: their relation to this very space. */
const memberFacts = async ({ spaceId, userId }: { spaceId: string; userId: string }, actor: { id: string }) => {
  const facts = await loadSpaceFacts(spaceId, actor.id);
  return facts && { ...facts, target: { id: userId, membership: await loadMembership(spaceId, userId) } };
};

export const createSpaceAction = defineAction({
  input: spaceFormSchema,
  rule: "space.create",
  run: async (input, { actor }) => {
    const checked = await checkSpaceInput(input);
    if (checked.refused) return checked.refused;
    const id = await createSpace({ actorId: actor.id, input, partners: checked.partners });
    revalidateSpace();
    return ok({ id });
  },
});

export const updateSpaceAction = defineAction({
  input: updateSpaceSchema,
  rule: "space.edit",
  subject: spaceFacts,
  run: async ({ spaceId, ...input }, { actor }) => {
    const checked = await checkSpaceInput(input);
    if (checked.refused) return checked.refused;
    if (!(await updateSpace({ actorId: actor.id, spaceId, input, partners: checked.partners }))) return fail("not_found");
    revalidateSpace(spaceId);
    return ok({ id: spaceId });
  },
});

export const joinSpaceAction = defineAction({
  input: spaceIdSchema,
  rule: "space.join",
  subject: spaceFacts,
  run: async ({ spaceId }, { actor }) => {
    await joinSpace({ spaceId, userId: actor.id });
    revalidateSpace(spaceId);
    return ok();
  },
});

export const requestJoinAction = defineAction({
  input: requestJoinSchema,
  rule: "space.requestJoin",
  subject: spaceFacts,
  run: async ({ spaceId, message }, { actor }) => {
    await requestToJoin({ spaceId, userId: actor.id, message });
    revalidateSpace(spaceId);
    return ok();
  },
});

export const acceptInvitationAction = defineAction({
  input: spaceIdSchema,
  rule: "space.acceptInvitation",
  subject: spaceFacts,
  run: async ({ spaceId }, { actor }) => {
    await acceptInvitation({ spaceId, userId: actor.id });
    revalidateSpace(spaceId);
    return ok();
  },
});

export const leaveSpaceAction = defineAction({
  input: spaceIdSchema,
  rule: "space.leave",
  subject: spaceFacts,
  run: async ({ spaceId }, { actor }) => {
    await leaveSpace({ spaceId, userId: actor.id });
    revalidateSpace(spaceId);
    return ok();
  },
});

export const followSpaceAction = defineAction({
  input: spaceIdSchema.extend({ follow: z.enum(["yes", "no"]) }),
  rule: "space.follow",
  subject: spaceFacts,
  run: async ({ spaceId, follow }, { actor }) => {
    await setFollowing({ spaceId, userId: actor.id, follow: follow === "yes" });
    revalidateSpace(spaceId);
    return ok();
  },
});

export const decideRequestAction = defineAction({
  input: decideRequestSchema,
  rule: "space.manageMembers",
  subject: spaceFacts,
  run: async ({ spaceId, userId, approve, message }, { actor }) => {
    if (!(await decideRequest({ actorId: actor.id, spaceId, userId, approve: approve === "yes", message }))) return fail("not_found");
    revalidateSpace(spaceId);
    return ok();
  },
});

export const inviteAction = defineAction({
  input: inviteSchema,
  rule: "space.manageMembers",
  subject: spaceFacts,
  run: async ({ spaceId, username }) => {
    const person = await findUserByUsername(username.replace(/^@/, ""));
    if (!person) return fail("invalid_input", { fieldErrors: { username: ["unknownUsername"] } });
    if (!(await inviteToSpace({ spaceId, userId: person.id }))) return fail("invalid_input", { fieldErrors: { username: ["alreadyRelated"] } });
    revalidateSpace(spaceId);
    return ok();
  },
});

export const removeMemberAction = defineAction({
  input: memberTargetSchema,
  rule: "space.removeMember",
  subject: memberFacts,
  run: async ({ spaceId, userId }, { actor }) => {
    if (!(await removeMember({ actorId: actor.id, spaceId, userId }))) return fail("not_found");
    revalidateSpace(spaceId);
    return ok();
  },
});

export const changeRoleAction = defineAction({
  input: changeRoleSchema,
  rule: "space.changeRole",
  subject: memberFacts,
  run: async ({ spaceId, userId, role }, { actor }) => {
    if (!(await changeMemberRole({ actorId: actor.id, spaceId, userId, role }))) return fail("not_found");
    revalidateSpace(spaceId);
    return ok();
  },
});

export const transferOwnershipAction = defineAction({
  input: memberTargetSchema,
  rule: "space.transferOwnership",
  subject: memberFacts,
  run: async ({ spaceId, userId }, { actor }) => {
    if (!(await transferOwnership({ actorId: actor.id, spaceId, userId }))) return fail("not_found");
    revalidateSpace(spaceId);
    return ok();
  },
});

export const createPostAction = defineAction({
  input: postSchema,
  rule: "space.post",
  subject: spaceFacts,
  run: async ({ spaceId, body }, { actor }) => {
    const id = await createPost({ spaceId, authorId: actor.id, body });
    revalidateSpace(spaceId);
    return ok({ id });
  },
});

export const deletePostAction = defineAction({
  input: postIdSchema,
  rule: "space.post.delete",
  subject: ({ spaceId, postId }, actor) => loadPostFacts(spaceId, postId, actor.id),
  run: async ({ spaceId, postId }, { actor }) => {
    if (!(await deletePost({ spaceId, postId, authorId: actor.id }))) return fail("not_found");
    revalidateSpace(spaceId);
    return ok();
  },
});

export const pinPostAction = defineAction({
  input: pinPostSchema,
  rule: "space.moderate",
  subject: ({ spaceId, postId }, actor) => loadPostFacts(spaceId, postId, actor.id),
  run: async ({ spaceId, postId, pinned }) => {
    if (!(await setPostPinned({ spaceId, postId, pinned: pinned === "yes" }))) return fail("not_found");
    revalidateSpace(spaceId);
    return ok();
  },
});

export const hidePostAction = defineAction({
  input: postIdSchema,
  rule: "space.moderate",
  subject: ({ spaceId, postId }, actor) => loadPostFacts(spaceId, postId, actor.id),
  run: async ({ spaceId, postId }, { actor }) => {
    if (!(await hidePostAsOrganiser({ actorId: actor.id, spaceId, postId }))) return fail("not_found");
    revalidateSpace(spaceId);
    return ok();
  },
});

export const createEventAction = defineAction({
  input: eventFormSchema,
  rule: "space.event.manage",
  subject: spaceFacts,
  run: async (input, { actor }) => {
    const id = await createEvent({ actorId: actor.id, input });
    revalidateSpace(input.spaceId);
    return ok({ id });
  },
});

export const rsvpAction = defineAction({
  input: rsvpSchema,
  rule: "space.event.rsvp",
  subject: ({ spaceId, eventId }, actor) => loadEventFacts(spaceId, eventId, actor.id),
  run: async ({ spaceId, eventId, answer, showName }, { actor }) => {
    const result = await answerEvent({ eventId, userId: actor.id, answer, showName });
    if (!result) return fail("not_found");
    revalidateSpace(spaceId);
    return ok({ answer: result });
  },
});
