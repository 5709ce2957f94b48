import { z } from "zod";
import { serialIdSchema } from "@/lib/action/serial-id";
import { spaceJoinPolicies, spaceVisibilities } from "@/db/schema/spaces";
import { fromDistrictLocalTime } from "@/lib/time/district-time";

// Messages are keys: first looked up in spaces.validation.*, then in validation.*.

export const NAME_MAX = 120;
export const SUMMARY_MAX = 300;
export const DESCRIPTION_MAX = 20_000;
export const POST_MAX = 10_000;

/** A group of checkboxes arrives as an array of strings; a group with nothing ticked as false or nothing. */
const idList = z.preprocess(
  (value) => (Array.isArray(value) ? value : value === false || value == null || value === "" ? [] : [value]),
  z.array(serialIdSchema()).max(100),
);

const markdown = (max: number, tooLong: string) =>
  z
    .string()
    .max(max, { error: tooLong })
    .refine((value) => value.trim().length > 0, { error: "required" });

export const spaceFormSchema = z.object({
  name: z.string().trim().min(3, { error: "nameTooShort" }).max(NAME_MAX, { error: "nameTooLong" }),
  summary: z.string().trim().min(1, { error: "required" }).max(SUMMARY_MAX, { error: "summaryTooLong" }),
  description: markdown(DESCRIPTION_MAX, "descriptionTooLong"),
  visibility: z.enum(spaceVisibilities, { error: "required" }),
  joinPolicy: z.enum(spaceJoinPolicies, { error: "required" }),
  localityIds: idList.refine((ids) => ids.length > 0, { error: "localitiesRequired" }),
  topicIds: idList,
  partnerDepartmentIds: idList,
  /** Named staff contacts by username, comma-separated; each must be staff of one of the chosen departments. */
  partnerContacts: z.string().trim().max(500, { error: "tooLong" }).default(""),
});
export type SpaceFormValues = z.input<typeof spaceFormSchema>;

export const spaceIdSchema = z.object({ spaceId: z.uuid() });
export const updateSpaceSchema = spaceFormSchema.extend({ spaceId: z.uuid() });

export const memberTargetSchema = z.object({ spaceId: z.uuid(), userId: z.string().min(1).max(100) });
export const decideRequestSchema = memberTargetSchema.extend({
  approve: z.enum(["yes", "no"]),
  message: z.string().trim().max(1000, { error: "tooLong" }).default(""),
});
export const requestJoinSchema = z.object({ spaceId: z.uuid(), message: z.string().trim().max(1000, { error: "tooLong" }).default("") });
export const inviteSchema = z.object({
  spaceId: z.uuid(),
  username: z.string().trim().min(1, { error: "required" }).max(60, { error: "tooLong" }),
});
export const changeRoleSchema = memberTargetSchema.extend({ role: z.enum(["member", "organiser"]) });

export const postSchema = z.object({ spaceId: z.uuid(), body: markdown(POST_MAX, "postTooLong") });
export const postIdSchema = z.object({ spaceId: z.uuid(), postId: z.uuid() });
export const pinPostSchema = postIdSchema.extend({ pinned: z.enum(["yes", "no"]) });

const localDateTime = z
  .string()
  .trim()
  .min(1, { error: "required" })
  .refine((value) => fromDistrictLocalTime(value) !== null, { error: "invalidDate" });

export const eventFormSchema = z
  .object({
    spaceId: z.uuid(),
    title: z.string().trim().min(3, { error: "titleTooShort" }).max(150, { error: "tooLong" }),
    startsAt: localDateTime,
    endsAt: localDateTime,
    place: z.string().trim().min(1, { error: "required" }).max(200, { error: "tooLong" }),
    localityId: z.union([z.literal(""), serialIdSchema()]).default(""),
    description: z.string().max(5000, { error: "tooLong" }).default(""),
    /** Empty: no limit. */
    capacity: z.union([z.literal(""), z.coerce.number({ error: "capacityInvalid" }).int({ error: "capacityInvalid" }).min(1, { error: "capacityInvalid" }).max(10_000, { error: "capacityInvalid" })]).default(""),
  })
  .superRefine((value, ctx) => {
    const start = fromDistrictLocalTime(value.startsAt);
    const end = fromDistrictLocalTime(value.endsAt);
    if (start && end && end <= start) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "endBeforeStart" });
  });
export type EventFormValues = z.input<typeof eventFormSchema>;

export const rsvpSchema = z.object({
  spaceId: z.uuid(),
  eventId: z.uuid(),
  answer: z.enum(["yes", "maybe", "no"]),
  showName: z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean()).default(false),
});

/** Creating or revoking one's calendar link: nothing to enter, the account is the subject. */
export const calendarLinkSchema = z.object({});
