"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action/define-action";
import { fail, ok } from "@/lib/action/result";
import { districtSettingsPath } from "@/lib/district/paths";
import { addCategory, addReplyTemplate, removeCategory, removeReplyTemplate, setAnswerDays, setHandlesAll, updateCategory } from "./configuration";
import { IDEA_INBOX_PATH, IDEAS_PATH } from "@/lib/ideas/paths";
import { CONCERN_INBOX_PATH, CONCERN_TEMPLATES_PATH, CONCERNS_PATH } from "./paths";
import { loadStaffFacts } from "./queries";
import { answerPeriodSchema, categoryFormSchema, categoryIdSchema, handlesAllSchema, replyTemplateSchema, updateCategorySchema } from "./schemas";
import { z } from "zod";
import { serialIdSchema } from "@/lib/action/serial-id";

const SETTINGS = districtSettingsPath("concerns");
const TEMPLATES = CONCERN_TEMPLATES_PATH;

function revalidateSettings() {
  revalidatePath(SETTINGS);
  revalidatePath(CONCERNS_PATH, "layout");
  revalidatePath(CONCERN_INBOX_PATH, "layout");
  // Ideas share the categories and the answer period.
  revalidatePath(IDEAS_PATH, "layout");
  revalidatePath(IDEA_INBOX_PATH, "layout");
}

const outcomeError = (outcome: string) =>
  outcome === "name_taken"
    ? fail("invalid_input", { fieldErrors: { name: ["nameTaken"] } })
    : outcome === "unknown_department"
      ? fail("invalid_input", { fieldErrors: { departmentId: ["unknownChoice"] } })
      : fail("not_found");

export const addCategoryAction = defineAction({
  input: categoryFormSchema,
  rule: "admin.settings.update",
  run: async (input, { actor }) => {
    const outcome = await addCategory({ actorId: actor.id, ...input });
    if (outcome !== "added") return outcomeError(outcome);
    revalidateSettings();
    return ok();
  },
});

export const updateCategoryAction = defineAction({
  input: updateCategorySchema,
  rule: "admin.settings.update",
  run: async (input, { actor }) => {
    const outcome = await updateCategory({ actorId: actor.id, ...input });
    if (outcome !== "saved") return outcomeError(outcome);
    revalidateSettings();
    return ok();
  },
});

export const removeCategoryAction = defineAction({
  input: categoryIdSchema,
  rule: "admin.settings.update",
  run: async ({ id }, { actor }) => {
    const outcome = await removeCategory({ actorId: actor.id, id });
    if (outcome === "in_use") return fail("invalid_input", { fieldErrors: { id: ["categoryInUse"] } });
    if (outcome === "not_found") return fail("not_found");
    revalidateSettings();
    return ok();
  },
});

export const setAnswerDaysAction = defineAction({
  input: answerPeriodSchema,
  rule: "admin.settings.update",
  run: async ({ concernAnswerDays }, { actor }) => {
    await setAnswerDays({ actorId: actor.id, days: concernAnswerDays });
    revalidateSettings();
    return ok();
  },
});

export const setHandlesAllAction = defineAction({
  input: handlesAllSchema,
  rule: "admin.settings.update",
  run: async ({ departmentId, handlesAll }, { actor }) => {
    if (!(await setHandlesAll({ actorId: actor.id, departmentId, handlesAll: handlesAll === "yes" }))) return fail("not_found");
    revalidateSettings();
    return ok();
  },
});

const staffFacts = async (_input: unknown, actor: { id: string }) => ({ staff: await loadStaffFacts(actor.id) });

export const addReplyTemplateAction = defineAction({
  input: replyTemplateSchema,
  rule: "concern.manageTemplates",
  subject: staffFacts,
  run: async (input, { actor, subject }) => {
    await addReplyTemplate({ actorId: actor.id, departmentId: subject.staff!.departmentId!, ...input });
    revalidatePath(TEMPLATES);
    return ok();
  },
});

export const removeReplyTemplateAction = defineAction({
  input: z.object({ id: serialIdSchema("invalid") }),
  rule: "concern.manageTemplates",
  subject: staffFacts,
  run: async ({ id }, { actor, subject }) => {
    if (!(await removeReplyTemplate({ actorId: actor.id, departmentId: subject.staff!.departmentId!, id }))) return fail("not_found");
    revalidatePath(TEMPLATES);
    return ok();
  },
});
