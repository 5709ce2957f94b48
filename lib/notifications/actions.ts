"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action/define-action";
import { ok } from "@/lib/action/result";
import { markNotificationsRead } from "./mutations";
import { NOTIFICATIONS_PATH } from "./paths";

export const markNotificationsReadAction = defineAction({
  // Without ids: all of them ("Alle als gelesen markieren"); with ids: those the list showed on opening.
  input: z.object({ ids: z.array(z.uuid()).max(100).optional() }),
  rule: "notification.read",
  run: async ({ ids }, { actor }) => {
    await markNotificationsRead(actor.id, ids);
    revalidatePath(NOTIFICATIONS_PATH);
    return ok();
  },
});
