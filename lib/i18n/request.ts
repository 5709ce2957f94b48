import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, toLocale } from "./config";
import { messages } from "./messages";
import { DISTRICT_TIME_ZONE } from "@/lib/time/zone";

/**
 * The reader's language: from the path of a visitors' cached page (its layout calls setRequestLocale,
 * so nothing reads the request there), otherwise from the language cookie.
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const fromPath = await requestLocale;
  const locale = fromPath ? toLocale(fromPath) : toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: messages[locale], timeZone: DISTRICT_TIME_ZONE };
});
