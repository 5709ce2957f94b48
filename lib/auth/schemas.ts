import { z } from "zod";

// Messages are keys into messages/*.json → validation.*; the form translates them.

export const emailSchema = z.string().trim().toLowerCase().min(1, { error: "required" }).pipe(z.email({ error: "email" }).max(254, { error: "tooLong" }));

export const requestLinkSchema = z.object({ email: emailSchema });

export const passwordSignInSchema = z.object({
  identifier: z.string().trim().min(1, { error: "required" }).max(254, { error: "tooLong" }),
  password: z.string().min(1, { error: "required" }).max(200, { error: "tooLong" }),
});

export const PASSWORD_MIN_LENGTH = 10;

export const setPasswordSchema = z
  .object({
    // Required by the server when the account has a password and the session is not fresh.
    currentPassword: z.string().max(200, { error: "tooLong" }).optional(),
    password: z.string().min(PASSWORD_MIN_LENGTH, { error: "passwordTooShort" }).max(200, { error: "tooLong" }),
    confirmation: z.string().min(1, { error: "required" }),
  })
  .refine((v) => v.password === v.confirmation, { path: ["confirmation"], error: "passwordMismatch" });

export const noInputSchema = z.object({});
