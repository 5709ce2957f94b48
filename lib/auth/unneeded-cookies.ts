import "server-only";
import { cookies } from "next/headers";

/**
 * Auth.js sets a CSRF cookie and a callback-URL cookie on every request it handles. We need neither:
 * sign-in links are requested through our own server actions (Auth.js skips its CSRF check for them;
 * proxy.ts refuses outside POSTs to /api/auth/signin), and the link itself carries where it leads. So
 * they are taken off the responses, and the privacy page can list the only two cookies there are.
 */
export const isUnneededAuthCookie = (name: string) => name.endsWith("authjs.csrf-token") || name.endsWith("authjs.callback-url");

/** A route-handler response without Auth.js's unneeded Set-Cookie headers (the session cookie stays). */
export function withoutUnneededAuthCookies(response: Response): Response {
  const setCookies = response.headers.getSetCookie();
  if (!setCookies.some((header) => isUnneededAuthCookie(header.split("=")[0]!.trim()))) return response;
  const headers = new Headers(response.headers);
  headers.delete("set-cookie");
  for (const header of setCookies) if (!isUnneededAuthCookie(header.split("=")[0]!.trim())) headers.append("set-cookie", header);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** After Auth.js's signIn() in a server action: take back the callback-URL cookie it set on this response. */
export async function dropUnneededAuthCookies() {
  const jar = await cookies();
  for (const { name } of jar.getAll()) if (isUnneededAuthCookie(name)) jar.delete(name);
}
