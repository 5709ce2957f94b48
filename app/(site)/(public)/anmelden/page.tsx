import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { safeReturnPath } from "@/lib/http/safe-redirect";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { SIGNED_OUT_PARAM } from "@/lib/users/paths";
import { RequestLinkForm } from "@/components/auth/request-link-form";
import { PasswordSignInForm } from "./password-sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [t, params] = await Promise.all([getTranslations("auth.signIn"), searchParams]);
  return (
    <div className="flex max-w-xl flex-col gap-8">
      <h1>{t("title")}</h1>
      {firstParam(params[SIGNED_OUT_PARAM]) === "ueberall" && (
        <p role="status" className="rounded-lg border border-green-800 bg-green-50 p-4 font-medium text-green-900">
          {t("signedOutEverywhere")}
        </p>
      )}
      <section aria-labelledby="with-password" className="flex flex-col gap-4">
        <h2 id="with-password">{t("passwordTitle")}</h2>
        <PasswordSignInForm callbackUrl={safeReturnPath(params.callbackUrl)} />
      </section>
      <section aria-labelledby="with-link" className="flex flex-col gap-2">
        <h2 id="with-link">{t("linkTitle")}</h2>
        <p>{t("linkText")}</p>
        <RequestLinkForm submitLabel={t("linkCta")} />
      </section>
    </div>
  );
}
