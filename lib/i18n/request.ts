import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, toLocale } from "./config";
import { messages } from "./messages";
import { DISTRICT_TIME_ZONE } from "@/lib/time/zone";

export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: messages[locale], timeZone: DISTRICT_TIME_ZONE };
});
