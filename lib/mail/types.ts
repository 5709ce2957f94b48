export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra mail headers, e.g. List-Unsubscribe (RFC 8058); the outbox records them too. */
  headers?: Record<string, string>;
}
