"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action/define-action";
import { ok } from "@/lib/action/result";
import { districtSettingsPath } from "@/lib/district/paths";
import { setSupportThreshold } from "./mutations";
import { IDEA_INBOX_PATH, IDEAS_PATH } from "./paths";
import { supportThresholdSchema } from "./schemas";

/** The district's support threshold for ideas (kept beside the concerns' answer period). */
export const setSupportThresholdAction = defineAction({
  input: supportThresholdSchema,
  rule: "admin.settings.update",
  run: async ({ ideaSupportThreshold }, { actor }) => {
    await setSupportThreshold({ actorId: actor.id, threshold: ideaSupportThreshold });
    revalidatePath(districtSettingsPath("concerns"));
    revalidatePath(IDEAS_PATH, "layout");
    revalidatePath(IDEA_INBOX_PATH, "layout");
    return ok();
  },
});
