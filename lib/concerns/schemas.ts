import { z } from "zod";
import { serialIdSchema } from "@/lib/action/serial-id";
import { STAFF_STATUSES } from "./status";

// Messages are keys: looked up in concerns.validation.*, then in validation.*.
const text = (min: number, max: number, short: string) =>
  z.string({ error: short }).trim().min(min, { error: short }).max(max, { error: "tooLong" });

export const fileConcernSchema = z.object({
  title: text(5, 160, "titleTooShort"),
  description: text(20, 4000, "descriptionTooShort"),
  categoryId: serialIdSchema("categoryRequired"),
  localityId: serialIdSchema("localityRequired"),
  place: z.string().trim().max(300, { error: "tooLong" }),
  visibility: z.enum(["public", "private"], { error: "visibilityRequired" }),
});
export type FileConcernInput = z.infer<typeof fileConcernSchema>;

export const concernIdSchema = z.object({ id: z.uuid({ error: "invalid" }) });

export const changeStatusSchema = z
  .object({
    id: z.uuid({ error: "invalid" }),
    status: z.enum(STAFF_STATUSES, { error: "statusRequired" }),
    body: text(10, 4000, "publicTextTooShort"),
    forwardedTo: z.string().trim().max(1000, { error: "tooLong" }),
  })
  // Forwarding names who is responsible and how to reach them: never a bare "not responsible".
  .refine((v) => v.status !== "forwarded" || v.forwardedTo.length >= 10, { path: ["forwardedTo"], error: "forwardedToRequired" });
export type ChangeStatusInput = z.infer<typeof changeStatusSchema>;

export const staffNoteSchema = z.object({ id: z.uuid({ error: "invalid" }), body: text(3, 4000, "noteTooShort") });

export const authorUpdateSchema = z.object({ id: z.uuid({ error: "invalid" }), body: text(10, 4000, "updateTooShort") });

export const reopenSchema = z.object({ id: z.uuid({ error: "invalid" }), body: text(10, 4000, "reopenTooShort") });

export const categoryFormSchema = z.object({
  name: text(2, 120, "nameTooShort"),
  departmentId: serialIdSchema("departmentRequired"),
});
export const updateCategorySchema = categoryFormSchema.extend({ id: serialIdSchema("invalid") });
export const categoryIdSchema = z.object({ id: serialIdSchema("invalid") });

export const answerPeriodSchema = z.object({
  concernAnswerDays: z.coerce.number({ error: "answerDaysRange" }).int({ error: "answerDaysRange" }).min(1, { error: "answerDaysRange" }).max(120, { error: "answerDaysRange" }),
});

export const handlesAllSchema = z.object({
  departmentId: serialIdSchema("invalid"),
  handlesAll: z.enum(["yes", "no"], { error: "invalid" }),
});

export const replyTemplateSchema = z.object({
  title: text(3, 120, "templateTitleTooShort"),
  body: text(10, 4000, "templateBodyTooShort"),
});
