import { randomUUID } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** What the fake received for one POST /emails: exactly the JSON the SDK sent. */
export interface ReceivedEmail {
  id: string;
  headers: IncomingHttpHeaders;
  body: {
    from?: string;
    to?: string | string[];
    subject?: string;
    text?: string;
    html?: string;
    [field: string]: unknown;
  };
}

export interface FakeResend {
  /** Base URL for RESEND_BASE_URL. */
  url: string;
  /** Mails accepted (200), oldest first. */
  sent: ReceivedEmail[];
  /** Every request, accepted or refused, as "METHOD /path status". */
  requests: string[];
  /** The next `count` mails are refused with a 500 (an outage of the provider), then it accepts again. */
  failNext: (count: number) => void;
  close: () => Promise<void>;
}

/**
 * A local stand-in for the part of the Resend HTTP API that Kiezwerk uses (POST /emails), with
 * Resend's documented status codes and error bodies ({ statusCode, name, message }):
 * 401 missing_api_key, 403 invalid_api_key, 422 missing_required_field / validation_error.
 */
export async function startFakeResend({ apiKey }: { apiKey: string }): Promise<FakeResend> {
  const sent: ReceivedEmail[] = [];
  const requests: string[] = [];
  let failures = 0;

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");

    const answer = (status: number, body: unknown) => {
      requests.push(`${req.method} ${req.url} ${status}`);
      respond(res, status, body);
    };
    const error = (statusCode: number, name: string, message: string) => answer(statusCode, { statusCode, name, message });

    if (req.method !== "POST" || req.url !== "/emails") return error(404, "not_found", "The requested endpoint does not exist.");
    if (failures > 0) {
      failures -= 1;
      return error(500, "internal_server_error", "An unexpected error occurred.");
    }

    const auth = req.headers.authorization;
    if (!auth?.startsWith("Bearer ") || auth.trim() === "Bearer") {
      return error(401, "missing_api_key", "Missing API key in the authorization header.");
    }
    if (auth !== `Bearer ${apiKey}`) return error(403, "invalid_api_key", "API key is invalid.");

    let body: ReceivedEmail["body"];
    try {
      body = JSON.parse(raw) as ReceivedEmail["body"];
    } catch {
      return error(422, "validation_error", "Invalid JSON body.");
    }
    if (typeof body !== "object" || body === null) return error(422, "validation_error", "Invalid JSON body.");
    for (const field of ["from", "to", "subject"] as const) {
      const value = body[field];
      if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) {
        return error(422, "missing_required_field", `Missing \`${field}\` field.`);
      }
    }
    if (!body.html && !body.text) return error(422, "missing_required_field", "Missing `html` or `text` field.");
    if (!/^(?:[^<>]*<[^@\s<>]+@[^@\s<>]+>|[^@\s<>]+@[^@\s<>]+)$/.test(String(body.from))) {
      return error(422, "validation_error", "Invalid `from` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.");
    }

    const id = randomUUID();
    sent.push({ id, headers: req.headers, body });
    answer(200, { id });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    requests,
    failNext: (count) => {
      failures = count;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

function respond(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
