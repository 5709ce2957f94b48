import { e2eExtraPort } from "./environments";
import { expect, signInWithPassword, test, uniqueName } from "./support/fixtures";
import { startInstances, type Instances } from "./support/instances";
import { writeComment } from "./support/kiez";

/**
 * Two app instances on one PostgreSQL behind HAProxy, as a district runs them for more load: what
 * one instance does is true on the other at the very next request — sessions, and the visitors'
 * page cache. (Rate limits are counted in the shared database: tests/integration/rate-limit.test.ts.)
 */
let cluster: Instances | undefined;

test.describe("several instances behind a load balancer", () => {
  test.beforeAll(async ({}, testInfo) => {
    test.skip(testInfo.project.name !== "postgres", "runs in the postgres project only");
    testInfo.setTimeout(240_000);
    cluster = await startInstances({ name: "instances", ports: { a: e2eExtraPort(3110), b: e2eExtraPort(3111), balancer: e2eExtraPort(3112) } });
  });

  test.afterAll(async () => {
    await cluster?.stop();
  });

  test("a comment written on one instance is in the other's cached page for visitors at once; a session ended on one is refused on the other", async ({ browser }) => {
    const { url, instances } = cluster!;
    const [a, b] = instances;
    const context = await browser.newContext({ baseURL: url });
    const page = await context.newPage();
    await signInWithPassword(page, "anton");
    const list = await (await fetch(`${url}/bekanntmachungen`)).text();
    const announcementPath = /href="(\/bekanntmachungen\/[0-9a-f-]{36})"/.exec(list)?.[1];
    expect(announcementPath, "a demo announcement in the list").toBeDefined();

    // Both instances serve the visitors' copy from their cache.
    for (const origin of instances) {
      await fetch(`${origin}${announcementPath}`);
      const again = await fetch(`${origin}${announcementPath}`);
      expect(again.headers.get("x-nextjs-cache"), origin).toBe("HIT");
    }

    // Written on instance a (its own address: the session cookie is the same on every port of localhost).
    const text = `Gilt das auch für die Nebenstraßen? ${uniqueName("")}`;
    await page.goto(`${a}${announcementPath}`);
    await writeComment(page, text);

    // Instance b's very next answer to a visitor has it.
    const fromB = await fetch(`${b}${announcementPath}`);
    expect(await fromB.text()).toContain(text);

    // Signed out through the balancer: the same cookie counts for nothing on either instance.
    const cookie = (await context.cookies()).find((c) => c.name === "authjs.session-token");
    expect(cookie).toBeDefined();
    const header = { cookie: `${cookie!.name}=${cookie!.value}` };
    for (const origin of instances) expect(await (await fetch(`${origin}/einstellungen`, { headers: header, redirect: "manual" })).status, origin).toBe(200);
    await page.goto(`${url}/`);
    await page.getByRole("button", { name: "Abmelden", exact: true }).click();
    await expect(page.getByRole("link", { name: "Anmelden" })).toBeVisible();
    for (const origin of instances) {
      const refused = await fetch(`${origin}/einstellungen`, { headers: header, redirect: "manual" });
      expect(refused.status, origin).toBe(303);
      expect(refused.headers.get("location"), origin).toContain("/anmelden");
    }
    await context.close();
  });
});
