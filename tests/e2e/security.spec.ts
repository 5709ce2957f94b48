import { readFileSync } from "node:fs";
import path from "node:path";
import { DEMO_PASSWORD, expect, test, uniqueName } from "./support/fixtures";
import { e2eExtraPort } from "./environments";
import { rawRequest, startExtraServer, type ExtraServer } from "./support/extra-server";

/** The id Next.js gave an exported server action, from the build's manifest. */
function actionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, v]) => v.filename === filename && v.exportedName === exportedName);
  if (!entry) throw new Error(`no server action ${exportedName} in ${filename}`);
  return entry[0];
}

const callAction = (server: ExtraServer, id: string, args: unknown[], headers: Record<string, string> = {}) =>
  rawRequest(`${server.url}/`, {
    method: "POST",
    headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: server.url, ...headers },
    body: JSON.stringify(args),
  });

// One server that trusts no proxy, as a deployment without TRUSTED_PROXIES: the socket's address counts.
test.describe("attacks on a production server without a trusted proxy", () => {
  test.skip(({ environment }) => environment !== "postgres", "runs once, on PostgreSQL");
  test.describe.configure({ mode: "serial" });

  let server: ExtraServer;
  test.beforeAll(async () => {
    server = await startExtraServer({ name: "security", port: e2eExtraPort(3108) });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test("a forged Host or X-Forwarded-Host never reaches a sign-in mail: the link goes to the public origin", async () => {
    const requestLink = actionId("lib/auth/actions.ts", "requestMagicLinkAction");
    // Behind no trusted proxy, X-Forwarded-Host is dropped: the mail is sent, to our own origin.
    const viaHeader = `${uniqueName("forged")}@example.org`;
    const response = await callAction(server, requestLink, [{ email: viaHeader }], { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
    expect(response.body).toContain('"ok":true');
    expect(new URL(await server.outbox.signInLink(viaHeader)).origin).toBe(server.url);

    // A forged Host: whether or not a mail goes out, no link in it points anywhere but here.
    const viaHost = `${uniqueName("forged")}@example.org`;
    await callAction(server, requestLink, [{ email: viaHost }], { host: "evil.example", origin: "http://evil.example" });
    for (const address of [viaHeader, viaHost]) {
      for (const mail of await server.outbox.mailsTo(address)) {
        expect(mail.text + mail.html).not.toContain("evil.example");
        for (const link of mail.text.match(/https?:\/\/\S+/g) ?? []) expect(new URL(link).origin).toBe(server.url);
      }
    }
  });

  test("a fresh spoofed X-Forwarded-For per request does not reset the per-address limit on sign-in links", async () => {
    const requestLink = actionId("lib/auth/actions.ts", "requestMagicLinkAction");
    const outcomes: string[] = [];
    for (let i = 0; i < 31; i++) {
      const response = await callAction(server, requestLink, [{ email: `${uniqueName("spoof")}@example.org` }], { "x-forwarded-for": `198.51.100.${i + 1}` });
      outcomes.push(response.body.includes('"rate_limited"') ? "refused" : response.status === 200 ? "sent" : `status ${response.status}`);
    }
    // 30 links an hour per address (lib/rate-limit); the forged header changed nothing. The first
    // test's request counted too.
    expect(outcomes.filter((o) => o === "sent").length).toBeLessThanOrEqual(29);
    expect(outcomes.at(-1)).toBe("refused");
  });

  test("every spelling of an account's name shares its five password attempts, and the wait is told", async () => {
    const signIn = actionId("lib/auth/actions.ts", "signInWithPasswordAction");
    const attempt = (identifier: string, password: string) => callAction(server, signIn, [{ identifier, password }]);
    // "mİra" is what PostgreSQL's lower() may match to "mira"; each spelling used to get its own tries.
    for (const identifier of ["mira", "MIRA", "Mira", "mitglied@kiezwerk.example", "mİra"]) {
      const wrong = await attempt(identifier, "falsches-passwort");
      expect(wrong.body).toMatch(/"invalid_credentials"|"rate_limited"/);
    }
    const withRightPassword = await attempt("mira", DEMO_PASSWORD);
    expect(withRightPassword.body).toContain('"rate_limited"');
    expect(withRightPassword.body).toContain('"minutes"');
    expect(withRightPassword.headers["set-cookie"] ?? []).not.toEqual(expect.arrayContaining([expect.stringContaining("session-token")]));
  });
});

test.describe("return addresses after signing in", () => {
  test.skip(({ environment }) => environment !== "postgres", "runs once, on PostgreSQL");

  for (const payload of ["/%5Cevil.example/x", "/%5C%09/evil.example", "/%5C/evil.example", "//evil.example", "https://evil.example/"]) {
    test(`callbackUrl=${payload} stays on the site`, async ({ page, baseURL }) => {
      await page.goto(`/anmelden?callbackUrl=${payload}`);
      await page.getByLabel("Benutzername oder E-Mail-Adresse").fill("anton");
      await page.getByLabel("Passwort", { exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Anmelden", exact: true }).click();
      await expect(page.getByText(/^Angemeldet als /)).toBeVisible();
      expect(new URL(page.url()).origin).toBe(baseURL);
    });
  }

  test("a return address on the site is kept", async ({ page }) => {
    await page.goto(`/anmelden?callbackUrl=${encodeURIComponent("/einstellungen#passwort")}`);
    await page.getByLabel("Benutzername oder E-Mail-Adresse").fill("anton");
    await page.getByLabel("Passwort", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Anmelden", exact: true }).click();
    await expect(page).toHaveURL(/\/einstellungen#passwort$/);
  });
});
