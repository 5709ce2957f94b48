import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ShiftForm } from "@/components/spaces/shift-form";
import { FORBIDDEN_PATH, SIGN_IN_PATH } from "@/lib/auth/gate";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";
import { getSpace, loadSpaceFormChoices } from "@/lib/spaces/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("spaces.shifts.form"))("pageTitle") };
}

export default async function NewSpaceShiftPage({ params }: { params: Promise<{ spaceId: string }> }) {
  const [{ spaceId }, viewer] = await Promise.all([params, getSessionUser()]);
  if (!viewer) redirect(SIGN_IN_PATH);
  const space = /^[0-9a-f-]{36}$/i.test(spaceId) ? await getSpace(spaceId, viewer.id) : null;
  if (!space || !can(viewer, "space.read", { space })) notFound();
  if (!can(viewer, "space.shift.manage", { space })) redirect(FORBIDDEN_PATH);
  const [t, choices] = await Promise.all([getTranslations("spaces.shifts.form"), loadSpaceFormChoices()]);
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <h1>{t("pageTitle")}</h1>
      <p>{t("intro", { name: space.name })}</p>
      <ShiftForm spaceId={space.id} localities={choices.localities} />
    </div>
  );
}
