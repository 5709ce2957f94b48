import { NextResponse, type NextRequest } from "next/server";
import { absoluteUrl } from "@/lib/config/public-origin";
import { unsubscribe } from "@/lib/notifications/mutations";
import { UNSUBSCRIBE_PATH } from "@/lib/notifications/paths";
import { verifyUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";

/**
 * POST /abbestellen?t=… (the gate rewrites it here): the signed token is the whole authorisation, as
 * RFC 8058 intends — no session, no cookie. A mail provider's one-click POST gets 200; the
 * confirmation page's form is sent back to that page, now saying it is done.
 */
export async function POST(request: NextRequest) {
  const token = request.nextUrl.searchParams.get("t") ?? "";
  const result = verifyUnsubscribeToken(token);
  const body = await request.text().catch(() => "");
  const fromPage = new URLSearchParams(body).get("confirm") === "1";
  if (!result.ok) {
    if (fromPage) return NextResponse.redirect(absoluteUrl(`${UNSUBSCRIBE_PATH}?t=${encodeURIComponent(token)}`), 303);
    return new NextResponse(result.reason, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  await unsubscribe(result.userId, result.kind);
  if (fromPage) return NextResponse.redirect(absoluteUrl(`${UNSUBSCRIBE_PATH}?t=${encodeURIComponent(token)}&erledigt=1`), 303);
  return new NextResponse("unsubscribed", { status: 200, headers: { "content-type": "text/plain; charset=utf-8" } });
}
