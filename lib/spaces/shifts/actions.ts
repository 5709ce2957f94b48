"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action/define-action";
import { fail, ok } from "@/lib/action/result";
import { MY_SHIFTS_PATH, spacePath, VOLUNTEER_PATH } from "../paths";
import { loadSpaceFacts } from "../queries";
import { cancelShift, createShift, setShiftDone, signOffFromShift, signUpForShift } from "./mutations";
import { loadShiftFacts } from "./queries";
import { shiftDoneSchema, shiftFormSchema, shiftIdSchema } from "./schemas";

/** A shift shows on its space's pages, in the district's volunteer list and in its helpers' "Meine Einsätze". */
function revalidateShifts(spaceId: string) {
  revalidatePath(spacePath(spaceId), "layout");
  revalidatePath(VOLUNTEER_PATH);
  revalidatePath(MY_SHIFTS_PATH);
}

const shiftFacts = ({ spaceId, shiftId }: { spaceId: string; shiftId: string }, actor: { id: string }) => loadShiftFacts(spaceId, shiftId, actor.id);

export const createShiftAction = defineAction({
  input: shiftFormSchema,
  rule: "space.shift.manage",
  subject: ({ spaceId }, actor) => loadSpaceFacts(spaceId, actor.id),
  run: async (input, { actor }) => {
    const id = await createShift({ actorId: actor.id, input });
    revalidateShifts(input.spaceId);
    return ok({ id });
  },
});

export const signUpForShiftAction = defineAction({
  input: shiftIdSchema,
  rule: "space.shift.signUp",
  subject: ({ spaceId }, actor) => loadSpaceFacts(spaceId, actor.id),
  run: async ({ spaceId, shiftId }, { actor }) => {
    const outcome = await signUpForShift({ spaceId, shiftId, userId: actor.id });
    if (outcome === "not_found") return fail("not_found");
    if (outcome === "full") return fail("shift_full");
    if (outcome === "closed") return fail("shift_closed");
    revalidateShifts(spaceId);
    return ok();
  },
});

export const signOffFromShiftAction = defineAction({
  input: shiftIdSchema,
  rule: "space.shift.signOff",
  subject: shiftFacts,
  run: async ({ spaceId, shiftId }, { actor }) => {
    await signOffFromShift({ shiftId, userId: actor.id });
    revalidateShifts(spaceId);
    return ok();
  },
});

export const setShiftDoneAction = defineAction({
  input: shiftDoneSchema,
  rule: "space.shift.manage",
  subject: shiftFacts,
  run: async ({ spaceId, shiftId, done }, { actor }) => {
    if (!(await setShiftDone({ actorId: actor.id, spaceId, shiftId, done: done === "yes" }))) return fail("not_found");
    revalidateShifts(spaceId);
    return ok();
  },
});

export const cancelShiftAction = defineAction({
  input: shiftIdSchema,
  rule: "space.shift.manage",
  subject: shiftFacts,
  run: async ({ spaceId, shiftId }, { actor }) => {
    if (!(await cancelShift({ actorId: actor.id, spaceId, shiftId }))) return fail("not_found");
    revalidateShifts(spaceId);
    return ok();
  },
});
