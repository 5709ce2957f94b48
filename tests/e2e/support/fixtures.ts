import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../../scripts/seed";
import { e2eOutboxDir, type E2EEnvironment } from "../environments";
import { createMemberOn } from "./members";
import { Outbox } from "./outbox";

export { expect };
export { DEMO_PASSWORD };

export type DemoAccount = (typeof DEMO_ACCOUNTS)[number]["username"];

export interface NewMember {
  email: string;
  username: string;
  displayName: string;
}

let counter = 0;
/** Unique per test run, worker and call, so tests never share an account. */
export function uniqueName(prefix: string) {
  return `${prefix}${Date.now().toString(36)}${process.pid.toString(36)}${(counter++).toString(36)}`;
}

/** Fails the test on any axe violation of WCAG 2.1 A/AA on the page as it is now. */
export async function expectAccessible(page: Page) {
  // Let a refresh in flight settle first: Next.js streams the <title> in with the new render.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export async function signInWithPassword(page: Page, identifier: string, password = DEMO_PASSWORD) {
  await page.goto("/anmelden");
  await page.getByLabel("Benutzername oder E-Mail-Adresse").fill(identifier);
  await page.getByLabel("Passwort", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Anmelden", exact: true }).click();
  await expect(page.getByText(/^Angemeldet als /)).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Abmelden", exact: true }).click();
  await expect(page.getByRole("link", { name: "Anmelden" })).toBeVisible();
}

export async function requestSignInLink(page: Page, email: string) {
  await page.goto("/mitmachen");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByRole("button", { name: "Link anfordern" }).click();
}

export interface JoinOptions {
  locality?: string;
  /** Through the e-mail link even on PostgreSQL, where a new member is otherwise made directly (support/members.ts). */
  throughTheLink?: boolean;
}

/**
 * A new member, signed in on this page and on its home page. On the embedded database (and with
 * `throughTheLink`) through the real flow: address → link from the outbox → profile → home; on
 * PostgreSQL made directly in the database, since join.spec.ts tests that flow itself.
 */
export async function joinAsNewMemberOn(page: Page, outbox: Outbox, { locality = "Köpenick", throughTheLink = false }: JoinOptions = {}): Promise<NewMember> {
  const username = uniqueName("m");
  const member = { email: `${username}@example.org`, username, displayName: `Test ${username}` };
  if (!throughTheLink && outbox.environment === "postgres") {
    await createMemberOn(page, member, locality);
    return member;
  }
  await requestSignInLink(page, member.email);
  await expect(page.getByText(/Fast geschafft/)).toBeVisible();
  await page.goto(await outbox.signInLink(member.email));
  await expect(page).toHaveURL(/\/profil\/vervollstaendigen$/);
  await page.getByLabel("Benutzername").fill(member.username);
  await page.getByLabel("Anzeigename").fill(member.displayName);
  await page.getByLabel("Ortsteil").selectOption({ label: locality });
  await page.getByLabel(/Nutzungsbedingungen/).check();
  await page.getByRole("button", { name: "Profil speichern und loslegen" }).click();
  await expect(page.getByRole("heading", { name: `Willkommen, ${member.displayName}!` })).toBeVisible();
  return member;
}

/** A private address of its own for each test (10.x.y.z), as if each test were another household. */
const householdAddress = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 254) + 1).join(".")}`;

export const test = base.extend<{ environment: E2EEnvironment; outbox: Outbox; joinAsNewMember: (options?: JoinOptions) => Promise<NewMember> }>({
  environment: ["embedded", { option: true }],
  // The per-address rate limits (e.g. 30 sign-in links an hour) must not add up across the whole
  // suite: every context of a test (including browser.newContext()) comes from its own address,
  // which the server reads from X-Forwarded-For like from a proxy in front of it.
  extraHTTPHeaders: async ({ extraHTTPHeaders }, use) => {
    await use({ ...extraHTTPHeaders, "X-Forwarded-For": householdAddress() });
  },
  outbox: async ({ environment }, use) => {
    await use(new Outbox(e2eOutboxDir(environment), environment));
  },
  /** Joins through the real flow in the test's own page. */
  joinAsNewMember: async ({ page, outbox }, use) => {
    await use((options) => joinAsNewMemberOn(page, outbox, options));
  },
});
