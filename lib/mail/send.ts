import { Resend } from "resend";
import { putInOutbox } from "./outbox";
import { mailSender, mailTransport } from "./transport";
import type { OutgoingMail } from "./types";

export class MailDeliveryError extends Error {}

/** The one way mail leaves Kiezwerk: through Resend, or into the local outbox. */
export async function sendMail(mail: OutgoingMail): Promise<{ id: string }> {
  const from = mailSender();
  if (mailTransport() === "outbox") {
    const entry = await putInOutbox({ ...mail, from });
    return { id: entry.id };
  }
  // The SDK reads RESEND_BASE_URL itself; tests point it at a local fake of the API.
  const resend = new Resend(process.env.RESEND_API_KEY);
  const { data, error } = await resend.emails.send({ from, to: [mail.to], subject: mail.subject, text: mail.text, html: mail.html, ...(mail.headers ? { headers: mail.headers } : {}) });
  if (error || !data) throw new MailDeliveryError(`Resend refused the mail to ${mail.to}: ${error?.message ?? "no id returned"}`);
  return { id: data.id };
}
