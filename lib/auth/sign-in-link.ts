import "server-only";
import { ok, rateLimited } from "@/lib/action/result";
import { consumeRateLimits } from "@/lib/rate-limit";
import { clientIp } from "@/lib/request-ip";
import { MAGIC_LINK_PROVIDER, signIn } from "./next-auth";
import { dropUnneededAuthCookies } from "./unneeded-cookies";

/**
 * Mails a sign-in link leading to `redirectTo`, within the per-address and per-IP limits, and takes
 * back the cookies Auth.js's signIn() sets that we do not need. Every action that sends a link uses it.
 */
export async function sendSignInLink(email: string, redirectTo: string) {
  const limit = await consumeRateLimits([
    ["linkPerAddress", email],
    ["linkPerIp", await clientIp()],
  ]);
  if (!limit.allowed) return rateLimited(limit.retryAfterSeconds);
  await signIn(MAGIC_LINK_PROVIDER, { email, redirect: false, redirectTo });
  await dropUnneededAuthCookies();
  return ok();
}
