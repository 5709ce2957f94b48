import { randomBytes, randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import postgres from "postgres";
import { E2E_ENVIRONMENTS, e2eBaseUrl } from "../environments";

/**
 * A new member made directly in the browser tests' PostgreSQL database, signed in by a session
 * cookie: what joining by e-mail link leaves behind (a confirmed address, a complete profile, the
 * accepted terms, the home locality followed — as `completeProfile` in lib/users/mutations.ts
 * writes it), without the five page loads of the journey. Joining itself is tested in join.spec.ts,
 * through the real flow, and so is every journey on the embedded database.
 */
let sql: postgres.Sql | undefined;
const database = () => (sql ??= postgres(E2E_ENVIRONMENTS.postgres.databaseUrl, { max: 1, idle_timeout: 5, onnotice: () => {} }));

const SESSION_DAYS = 30;

export async function createMemberOn(page: Page, member: { email: string; username: string; displayName: string }, locality: string) {
  const sql = database();
  const userId = randomUUID();
  const sessionToken = randomBytes(32).toString("hex");
  await sql.begin(async (tx) => {
    const [place] = await tx<{ id: number }[]>`select id from localities where name = ${locality}`;
    const [settings] = await tx<{ version: number }[]>`select terms_version as version from district_settings where id = 1`;
    if (!place || !settings) throw new Error(`No locality "${locality}" or no district settings in the browser tests' database`);
    await tx`insert into users (id, email, email_verified, username, display_name, locality_id, accepted_terms_version, accepted_terms_at)
             values (${userId}, ${member.email}, now(), ${member.username}, ${member.displayName}, ${place.id}, ${settings.version}, now())`;
    await tx`insert into terms_acceptances (user_id, version) values (${userId}, ${settings.version})`;
    await tx`insert into followed_localities (user_id, locality_id) values (${userId}, ${place.id})`;
    await tx`insert into sessions (session_token, user_id, expires) values (${sessionToken}, ${userId}, now() + make_interval(days => ${SESSION_DAYS}))`;
  });
  await page.context().addCookies([{ name: "authjs.session-token", value: sessionToken, url: e2eBaseUrl("postgres"), httpOnly: true, sameSite: "Lax" }]);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: `Willkommen, ${member.displayName}!` })).toBeVisible();
}
