"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action/define-action";
import { ok } from "@/lib/action/result";
import { absoluteUrl } from "@/lib/config/public-origin";
import { SETTINGS_PATH } from "@/lib/users/paths";
import { personalCalendarPath } from "../paths";
import { calendarLinkSchema } from "../schemas";
import { createPersonalCalendarLink, revokePersonalCalendarLink } from "./personal-link";

/** A new secret link to "Meine Termine" (replacing any earlier one); its URL is in the answer only, shown once. */
export const createCalendarLinkAction = defineAction({
  input: calendarLinkSchema,
  rule: "space.calendarLink.create",
  run: async (_input, { actor }) => {
    const token = await createPersonalCalendarLink(actor.id);
    revalidatePath(SETTINGS_PATH);
    return ok({ url: absoluteUrl(personalCalendarPath(token)) });
  },
});

export const revokeCalendarLinkAction = defineAction({
  input: calendarLinkSchema,
  rule: "space.calendarLink.revoke",
  run: async (_input, { actor }) => {
    await revokePersonalCalendarLink(actor.id);
    revalidatePath(SETTINGS_PATH);
    return ok();
  },
});
