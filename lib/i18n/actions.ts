"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { definePublicAction } from "@/lib/action/define-action";
import { ok } from "@/lib/action/result";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_SECONDS, locales } from "./config";

export const setLocaleAction = definePublicAction({
  input: z.object({ locale: z.enum(locales) }),
  rule: "locale.change",
  run: async ({ locale }) => {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: LOCALE_COOKIE_MAX_AGE_SECONDS });
    return ok();
  },
});
