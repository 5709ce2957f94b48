import { z } from "zod";
import { RULES_OF_CONDUCT } from "@/lib/moderation/rules-of-conduct";
import { FACTS_MAX_LENGTH, SUSPENSION_DURATIONS } from "@/lib/moderation/schemas";
import { serialIdSchema } from "@/lib/action/serial-id";
import { userRoles } from "@/db/schema/users";
import { emailSchema } from "@/lib/auth/schemas";

// Messages are keys into messages/*.json → validation.*; the form translates them.

export const usernameSchema = z
  .string()
  .trim()
  .min(3, { error: "usernameTooShort" })
  .max(30, { error: "tooLong" })
  .regex(/^[a-zA-Z0-9_.-]+$/, { error: "usernameCharacters" });

export const displayNameSchema = z.string().trim().min(2, { error: "displayNameTooShort" }).max(60, { error: "tooLong" });

export const localityIdSchema = serialIdSchema("localityRequired");

export const completeProfileSchema = z.object({
  username: usernameSchema,
  displayName: displayNameSchema,
  localityId: localityIdSchema,
  acceptTerms: z.literal(true, { error: "termsRequired" }),
});

export const updateProfileSchema = z.object({
  displayName: displayNameSchema,
  localityId: localityIdSchema,
});

const userId = z.string().min(1).max(64);
const reason = z.string().trim().min(5, { error: "reasonTooShort" }).max(1000, { error: "tooLong" });

export const changeRoleSchema = z.object({ userId, role: z.enum(userRoles, { error: "required" }), reason });

export const setVerificationSchema = z.object({ userId, verified: z.boolean(), reason });

export { SUSPENSION_DURATIONS };

/** The same facts a moderator gives: the rule of the terms it rests on and the facts for the statement of reasons. */
export const suspendUserSchema = z.object({
  userId,
  duration: z.enum(SUSPENSION_DURATIONS, { error: "required" }),
  ruleKey: z.enum(RULES_OF_CONDUCT, { error: "ruleRequired" }),
  reason: z.string().trim().min(10, { error: "factsTooShort" }).max(FACTS_MAX_LENGTH, { error: "tooLong" }),
});

export const unsuspendUserSchema = z.object({ userId, reason });

export const changeEmailSchema = z.object({ userId, email: emailSchema, reason });

export const userSearchSchema = z.object({
  q: z.string().trim().max(100).optional().default(""),
  after: z.string().max(200).optional(),
});
