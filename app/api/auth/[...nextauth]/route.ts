import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/next-auth";
import { withoutUnneededAuthCookies } from "@/lib/auth/unneeded-cookies";

export async function GET(request: NextRequest) {
  return withoutUnneededAuthCookies(await handlers.GET(request));
}

export async function POST(request: NextRequest) {
  return withoutUnneededAuthCookies(await handlers.POST(request));
}
