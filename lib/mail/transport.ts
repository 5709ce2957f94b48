export type MailTransport = "resend" | "outbox";

/** Resend when a key is configured, unless the outbox is chosen explicitly (tests, demos). */
export function mailTransport(env: NodeJS.ProcessEnv = process.env): MailTransport {
  if (env.MAIL_TRANSPORT === "outbox") return "outbox";
  return env.RESEND_API_KEY ? "resend" : "outbox";
}

/** A production server must not silently drop mail into a local folder. */
export function assertMailConfigured(env: NodeJS.ProcessEnv = process.env) {
  if (env.NODE_ENV === "production" && !env.RESEND_API_KEY && env.MAIL_TRANSPORT !== "outbox") {
    throw new Error(
      "RESEND_API_KEY is not set. A production server needs it to send mail; set MAIL_TRANSPORT=outbox to keep mail in the local outbox instead (tests and demos only).",
    );
  }
}

export function mailSender(env: NodeJS.ProcessEnv = process.env) {
  return env.MAIL_FROM ?? "Kiezwerk <noreply@kiezwerk.example>";
}
