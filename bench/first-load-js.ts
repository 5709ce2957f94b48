import { gzipSync } from "node:zlib";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export interface RouteWeight {
  route: string;
  scripts: number;
  gzipBytes: number;
}

/**
 * First-load JavaScript of a route as a browser gets it: every script the page loads from our
 * own origin on first visit, gzip-compressed. Measured in the same Chromium the browser tests use.
 */
export async function measureFirstLoadJs(baseUrl: string, routes: Array<{ route: string; cookie?: string }>): Promise<RouteWeight[]> {
  const executablePath = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  const results: RouteWeight[] = [];
  try {
    for (const { route, cookie } of routes) {
      const context = await browser.newContext();
      if (cookie) {
        const [name, value] = cookie.split("=");
        await context.addCookies([{ name: name!, value: value!, url: baseUrl }]);
      }
      const page = await context.newPage();
      const bodies: Buffer[] = [];
      page.on("response", async (response) => {
        if (response.request().resourceType() === "script" && response.url().startsWith(baseUrl)) {
          bodies.push(await response.body().catch(() => Buffer.alloc(0)));
        }
      });
      await page.goto(`${baseUrl}${route}`, { waitUntil: "networkidle" });
      results.push({ route, scripts: bodies.length, gzipBytes: bodies.reduce((sum, b) => sum + gzipSync(b).length, 0) });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
