"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action/define-action";
import { ok } from "@/lib/action/result";
import { markAllNotificationsRead } from "./mutations";
import { NOTIFICATIONS_PATH } from "./paths";

export const markNotificationsReadAction = defineAction({
  input: z.object({}),
  rule: "notification.read",
  run: async (_input, { actor }) => {
    await markAllNotificationsRead(actor.id);
    revalidatePath(NOTIFICATIONS_PATH);
    return ok();
  },
});
