import { z } from "zod";
import { serialIdSchema } from "@/lib/action/serial-id";
import { fromDistrictLocalTime } from "@/lib/time/district-time";

// Messages are keys: first looked up in announcements.validation.*, then in validation.* (see the compose form).

export const TITLE_MAX = 150;
export const SUMMARY_MAX = 300;
export const BODY_MAX = 20_000;
/** "Now" typed into the minute field is a few minutes old by the time it is saved: that much of the past is accepted. */
export const PUBLISH_AT_TOLERANCE_MS = 5 * 60 * 1000;

/** Whether a publication time lies further in the past than the tolerance: it would publish at once under a false date. */
export const isPublishAtInPast = (publishAt: Date, now = new Date()) => publishAt.getTime() < now.getTime() - PUBLISH_AT_TOLERANCE_MS;

/** A group of checkboxes arrives as an array of strings; a group with nothing ticked as false or nothing. */
const idList = z.preprocess(
  (value) => (Array.isArray(value) ? value : value === false || value == null || value === "" ? [] : [value]),
  z.array(serialIdSchema()).max(100),
);

/** The form's <input type="datetime-local"> value in the district's time, or "" for none. */
const localDateTime = z
  .string()
  .trim()
  .refine((value) => value === "" || fromDistrictLocalTime(value) !== null, { error: "invalidDate" });

const fields = {
  title: z.string().trim().min(1, { error: "required" }).max(TITLE_MAX, { error: "titleTooLong" }),
  summary: z.string().trim().min(1, { error: "required" }).max(SUMMARY_MAX, { error: "summaryTooLong" }),
  // Not trimmed: leading spaces can be Markdown (an indented code block).
  body: z
    .string()
    .max(BODY_MAX, { error: "bodyTooLong" })
    .refine((value) => value.trim().length > 0, { error: "required" }),
  wholeDistrict: z.boolean().default(false),
  localityIds: idList,
  topicIds: idList.refine((ids) => ids.length > 0, { error: "topicsRequired" }),
  departmentId: serialIdSchema("departmentRequired"),
  publishAt: localDateTime,
  /** When editing: the publication time the form started with, which may stay even though it has passed. */
  keptPublishAt: localDateTime.default(""),
  expiresAt: localDateTime,
  commentsEnabled: z.boolean().default(true),
};

type Fields = z.output<z.ZodObject<typeof fields>>;

/** The rules that concern several fields; reported on the field the person has to change. */
function checkCombination(value: Fields, ctx: z.RefinementCtx) {
  if (!value.wholeDistrict && value.localityIds.length === 0) {
    ctx.addIssue({ code: "custom", path: ["localityIds"], message: "localitiesRequired" });
  }
  const publish = value.publishAt ? fromDistrictLocalTime(value.publishAt) : null;
  // A time in the past would publish at once and date the announcement back (sorted last, in feeds too).
  if (publish && value.publishAt !== value.keptPublishAt && isPublishAtInPast(publish)) {
    ctx.addIssue({ code: "custom", path: ["publishAt"], message: "publishInPast" });
  }
  const expires = value.expiresAt ? fromDistrictLocalTime(value.expiresAt) : null;
  if (!expires) return;
  if (publish && expires <= publish) {
    ctx.addIssue({ code: "custom", path: ["expiresAt"], message: "expiresBeforePublish" });
  } else if (!publish && expires <= new Date()) {
    ctx.addIssue({ code: "custom", path: ["expiresAt"], message: "expiresInPast" });
  }
}

const announcementId = z.string().min(1).max(64);

/** The compose form, shared by the form (zodResolver) and createAnnouncementAction. */
export const announcementFormSchema = z.object(fields).superRefine(checkCombination);

/** The edit form: the same fields plus the announcement being changed. */
export const updateAnnouncementSchema = z.object({ id: announcementId, ...fields }).superRefine(checkCombination);

export const announcementIdSchema = z.object({ id: announcementId });

export const previewAnnouncementSchema = z.object({ body: z.string().max(BODY_MAX, { error: "bodyTooLong" }) });

export type AnnouncementFormInput = z.input<typeof announcementFormSchema>;
export type AnnouncementFormValues = z.output<typeof announcementFormSchema>;

const slug = z
  .string()
  .trim()
  .max(64)
  .regex(/^[a-z0-9-]*$/)
  .optional()
  .catch(undefined);

/** The public list's GET filter. Anything malformed is ignored rather than an error: it is a URL. */
export const announcementFilterSchema = z.object({
  ortsteil: slug,
  thema: slug,
  after: z.string().max(300).optional().catch(undefined),
});
