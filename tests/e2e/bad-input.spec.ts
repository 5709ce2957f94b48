import { readFileSync } from "node:fs";
import path from "node:path";
import { DEMO_PASSWORD, expect, test } from "./support/fixtures";
import { e2eExtraPort } from "./environments";
import { rawRequest, startExtraServer, type ExtraServer } from "./support/extra-server";
import { ACTION_BODY_LIMIT_BYTES } from "../../lib/http/request-checks";

/**
 * Fuzz-style: every route and every server action gets the inputs that once produced a 500 (NUL
 * bytes, invalid UTF-8, out-of-range numbers, malformed cursors and payloads, broken cookies). The
 * answer may be a 4xx, a redirect, a field error or the first page — never a 5xx.
 */
const ROUTES = [
  "/?nach={p}",
  "/bekanntmachungen?ort={p}&thema={p}&nach={p}",
  "/bekanntmachungen/{p}",
  "/bekanntmachungen/feed.xml?ort={p}",
  "/bekanntmachungen/ortsteil/{p}/feed.xml",
  "/suche?q={p}",
  "/suche?q=Schulweg&art={p}&nach={p}",
  "/mitglieder/{p}",
  "/transparenz?monat={p}",
  "/mithelfen?ortsteil={p}&thema={p}&datum={p}&after={p}",
  "/termine?ortsteil={p}&thema={p}&datum={p}&after={p}",
  "/termine/kalender.ics?ortsteil={p}&thema={p}",
  "/projekte/{p}/mithelfen/{p}",
  "/impressum?x={p}",
  "/anmelden?callbackUrl={p}",
  "/anmelden/fehler?error={p}",
  "/api/auth/callback/email?token={p}&email={p}",
  "/admin?q={p}&nach={p}&rolle={p}",
  "/admin/nutzer/{p}",
  "/admin/protokoll?q={p}&nach={p}&aktion={p}",
  "/moderation?grund={p}&status={p}&nach={p}",
  "/moderation/meldungen/{p}/{p}",
  "/moderation/widersprueche/{p}",
  "/entscheidungen/{p}",
  "/schlichtung/{p}",
  "/verwaltung/bekanntmachungen/{p}",
  "/verwaltung/bekanntmachungen/{p}/bearbeiten",
  "/verifizierungscodes?stapel={p}&nach={p}",
  "/benachrichtigungen?nach={p}",
  "/meine-daten/{p}",
];

const token = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
const PAYLOADS = [
  "%00",
  "an%00ton",
  "%C3%28",
  "%FF",
  "1e999",
  "99999999999999999999",
  "%27%22%3E%3Cx%3E",
  token({ rank: "1e999", id: "x" }),
  token({ createdAt: "2026-01-01T00:00:00.000Z", id: "\u0000" }),
  token({ at: "2026-01-01T00:00:00.000Z", key: "comment:\u0000" }),
  "A".repeat(3000),
];

function serverActionIds(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as { node: Record<string, unknown> };
  return Object.keys(manifest.node);
}

const ACTION_BODIES = [
  "not json",
  JSON.stringify([{ body: "a\u0000b", email: "a\u0000b@example.org", q: "\u0000" }]),
  JSON.stringify([{ userId: "99999999999", localityId: "99999999999", id: "99999999999", announcementId: "99999999999", departmentId: 2 ** 40 }]),
  JSON.stringify([{ userId: "not-a-uuid", reportId: "'; drop table users; --", cursor: token({ rank: "1e999", id: "x" }) }]),
  JSON.stringify(["x", "y", "z"]),
  "[]",
];

test.describe("bad input never produces a 5xx", () => {
  test.skip(({ environment }) => environment !== "postgres", "runs once, on PostgreSQL");
  test.describe.configure({ mode: "serial", timeout: 240_000 });

  // A server and database of its own: the actions below are called as the demo admin with junk,
  // and some of them (sign out everywhere) would end the admin sessions of other specs.
  let server: ExtraServer;
  let baseURL = "";
  let adminCookie = "";
  const forwardedFor = "10.250.0.1";

  test.afterAll(async () => {
    await server?.stop();
  });

  /** A fresh session of the demo admin (some actions called with junk end the admin's sessions). */
  async function signInAsAdmin() {
    const signIn = Object.entries(
      (JSON.parse(readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as { node: Record<string, { exportedName?: string }> }).node,
    ).find(([, v]) => v.exportedName === "signInWithPasswordAction")![0];
    const response = await rawRequest(`${baseURL}/anmelden`, {
      method: "POST",
      headers: { "next-action": signIn, "content-type": "text/plain;charset=UTF-8", origin: baseURL, "x-forwarded-for": forwardedFor },
      body: JSON.stringify([{ identifier: "ada", password: DEMO_PASSWORD }]),
    });
    const cookie = [response.headers["set-cookie"] ?? []].flat().map((c) => c.split(";")[0] ?? "").find((c) => c.includes("session-token")) ?? "";
    expect(cookie, "signed in as the demo admin").not.toBe("");
    return cookie;
  }

  test.beforeAll(async () => {
    server = await startExtraServer({ name: "fuzz", port: e2eExtraPort(3107) });
    baseURL = server.url;
    adminCookie = await signInAsAdmin();
  });

  for (const who of ["visitor", "admin"] as const) {
    test(`every route, as ${who}`, async () => {
      const failures: string[] = [];
      for (const route of ROUTES) {
        for (const payload of PAYLOADS) {
          const target = route.replaceAll("{p}", payload);
          const headers: Record<string, string> = { "x-forwarded-for": forwardedFor };
          if (who === "admin") headers.cookie = adminCookie;
          const { status } = await rawRequest(`${baseURL}${target}`, { headers });
          if (status >= 500) failures.push(`${status} ${target.slice(0, 120)}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }

  test("every server action, as visitor and as admin, with malformed and out-of-range payloads", async () => {
    const failures: string[] = [];
    for (const id of serverActionIds()) {
      for (const body of ACTION_BODIES) {
        for (const cookie of ["", adminCookie]) {
          const { status } = await rawRequest(`${baseURL}/`, {
            method: "POST",
            headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", origin: baseURL, "x-forwarded-for": forwardedFor, ...(cookie ? { cookie } : {}) },
            body,
          });
          if (status >= 500) failures.push(`${status} ${id} ${body.slice(0, 60)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  test("an id beyond the database's integer range is a field error, not an internal error", async () => {
    const manifest = JSON.parse(readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as { node: Record<string, { exportedName?: string }> };
    const updateProfile = Object.entries(manifest.node).find(([, v]) => v.exportedName === "updateProfileAction")![0];
    adminCookie = await signInAsAdmin();
    const response = await rawRequest(`${baseURL}/einstellungen`, {
      method: "POST",
      headers: { "next-action": updateProfile, "content-type": "text/plain;charset=UTF-8", origin: baseURL, cookie: adminCookie, "x-forwarded-for": forwardedFor },
      body: JSON.stringify([{ displayName: "Ada Admin", localityId: "2147483648" }]),
    });
    expect(response.body).toContain('"invalid_input"');
    expect(response.body).toContain('"numberTooLarge"');
  });

  test("a foreign Origin is refused with 403, an oversized action body with 413, each with a sentence", async () => {
    const [id] = serverActionIds();
    const foreign = await rawRequest(`${baseURL}/`, { method: "POST", headers: { "next-action": id!, origin: "https://evil.example" }, body: "[]" });
    expect(foreign.status).toBe(403);
    expect(foreign.body).toContain("nicht von Kiezwerk selbst");
    const oversized = await rawRequest(`${baseURL}/`, { method: "POST", headers: { "next-action": id!, origin: baseURL }, body: Buffer.alloc(ACTION_BODY_LIMIT_BYTES + 10, 97) });
    expect(oversized.status).toBe(413);
  });

  test("a broken session cookie counts as signed out: public pages work", async () => {
    for (const value of ["%00", "a%00b", "not-a-token", "x".repeat(5000)]) {
      for (const page of ["/", "/impressum", "/bekanntmachungen"]) {
        const { status, body } = await rawRequest(`${baseURL}${page}`, { headers: { cookie: `authjs.session-token=${value}` } });
        expect(status, `${page} with cookie ${value.slice(0, 20)}`).toBe(200);
        expect(body).toContain("Anmelden");
      }
    }
  });

  test("bad characters in an address get a 400 with a sentence in the reader's language", async () => {
    const german = await rawRequest(`${baseURL}/suche?q=%00`);
    expect(german.status).toBe(400);
    expect(german.body).toContain("Diese Adresse enthält Zeichen");
    const english = await rawRequest(`${baseURL}/bekanntmachungen/%C3%28`, { headers: { cookie: "NEXT_LOCALE=en" } });
    expect(english.status).toBe(400);
    expect(english.body).toContain("This address contains characters");
  });
});
