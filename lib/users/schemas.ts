import { z } from "zod";
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

export const SUSPENSION_DURATIONS = ["7", "30", "90", "indefinite"] as const;

export const suspendUserSchema = z.object({ userId, duration: z.enum(SUSPENSION_DURATIONS, { error: "required" }), reason });

export const unsuspendUserSchema = z.object({ userId, reason });

export const changeEmailSchema = z.object({ userId, email: emailSchema, reason });

export const userSearchSchema = z.object({
  q: z.string().trim().max(100).optional().default(""),
  after: z.string().max(200).optional(),
});
