"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action/define-action";
import { ok } from "@/lib/action/result";
import { replaceInterests } from "./mutations";
import { updateInterestsSchema } from "./schemas";
import { HOME_PATH } from "@/lib/http/paths";
import { SETTINGS_PATH } from "@/lib/users/paths";

export const updateInterestsAction = defineAction({
  input: updateInterestsSchema,
  rule: "account.updateInterests",
  run: async ({ localityIds, topicIds }, { actor }) => {
    await replaceInterests({ userId: actor.id, localityIds, topicIds });
    // "Mein Kiez" on the home page follows the new choice.
    revalidatePath(HOME_PATH);
    revalidatePath(SETTINGS_PATH);
    return ok();
  },
});
