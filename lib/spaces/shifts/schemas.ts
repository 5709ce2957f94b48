import { z } from "zod";
import { serialIdSchema } from "@/lib/action/serial-id";
import { districtDayEnd, fromDistrictLocalTime } from "@/lib/time/district-time";

// Messages are keys: first looked up in shifts.validation.*, then in validation.*.

export const HELPERS_MAX = 500;


/**
 * A new shift: either a time ("Laufbus Montag 7:30") or a date it is due by ("Kleiderkammer sortieren
 * bis Freitag"). The form has both fields; exactly one of them is filled.
 */
export const shiftFormSchema = z
  .object({
    spaceId: z.uuid(),
    title: z.string().trim().min(3, { error: "titleTooShort" }).max(150, { error: "tooLong" }),
    startsAt: z.string().trim().default(""),
    dueOn: z.string().trim().default(""),
    place: z.string().trim().max(200, { error: "tooLong" }).default(""),
    localityId: z.union([z.literal(""), serialIdSchema()]).default(""),
    description: z.string().trim().max(2000, { error: "tooLong" }).default(""),
    helpersNeeded: z.coerce.number({ error: "helpersInvalid" }).int({ error: "helpersInvalid" }).min(1, { error: "helpersInvalid" }).max(HELPERS_MAX, { error: "helpersInvalid" }),
  })
  .superRefine((value, ctx) => {
    if (value.startsAt === "" && value.dueOn === "") ctx.addIssue({ code: "custom", path: ["startsAt"], message: "whenMissing" });
    if (value.startsAt !== "" && value.dueOn !== "") ctx.addIssue({ code: "custom", path: ["dueOn"], message: "whenTwice" });
    if (value.startsAt !== "" && !fromDistrictLocalTime(value.startsAt)) ctx.addIssue({ code: "custom", path: ["startsAt"], message: "invalidDate" });
    if (value.dueOn !== "" && !districtDayEnd(value.dueOn)) ctx.addIssue({ code: "custom", path: ["dueOn"], message: "invalidDate" });
    const at = value.startsAt !== "" ? fromDistrictLocalTime(value.startsAt) : districtDayEnd(value.dueOn);
    if (at && at.getTime() < Date.now()) ctx.addIssue({ code: "custom", path: [value.startsAt !== "" ? "startsAt" : "dueOn"], message: "inThePast" });
  });
export type ShiftFormValues = z.input<typeof shiftFormSchema>;

export const shiftIdSchema = z.object({ spaceId: z.uuid(), shiftId: z.uuid() });
export const shiftDoneSchema = shiftIdSchema.extend({ done: z.enum(["yes", "no"]) });
