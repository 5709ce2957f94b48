import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/spaces/action-button";
import { shiftHelpers, shiftWhen } from "@/components/spaces/space-shifts";
import { SIGN_IN_PATH } from "@/lib/auth/gate";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";
import { spacePath } from "@/lib/spaces/paths";
import { getSpace } from "@/lib/spaces/queries";
import { cancelShiftAction, setShiftDoneAction, signOffFromShiftAction, signUpForShiftAction } from "@/lib/spaces/shifts/actions";
import { getShift, listShiftHelpers, shiftFactsOf } from "@/lib/spaces/shifts/queries";

type Params = Promise<{ spaceId: string; shiftId: string }>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function load(params: Params) {
  const [{ spaceId, shiftId }, viewer] = await Promise.all([params, getSessionUser()]);
  if (!UUID.test(spaceId) || !UUID.test(shiftId)) return null;
  const [space, shift] = await Promise.all([getSpace(spaceId, viewer?.id ?? null), getShift(spaceId, shiftId, viewer?.id ?? null)]);
  // Nothing of a private space's shifts for those outside it.
  if (!space || !shift || !can(viewer, "space.read", { space })) return null;
  return { viewer, space, shift };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const loaded = await load(params);
  return { title: loaded ? loaded.shift.title : (await getTranslations("common.notFound"))("title") };
}

/** A helper shift: when, where, how many helpers it still needs; sign up or off; its organisers see who and close it. */
export default async function SpaceShiftPage({ params }: { params: Params }) {
  const loaded = await load(params);
  if (!loaded) notFound();
  const { viewer, space, shift } = loaded;
  const facts = { space, shift: shiftFactsOf(shift) };
  const closed = facts.shift.closed;
  const manages = can(viewer, "space.shift.manage", facts);
  const [t, format, helpers] = await Promise.all([getTranslations("spaces.shifts"), getFormatter(), manages ? listShiftHelpers(shift.id) : Promise.resolve([])]);
  const input = { spaceId: space.id, shiftId: shift.id };
  const full = shift.signedUp >= shift.helpersNeeded;
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <p>
        <Link href={spacePath(space.id)} className="inline-flex min-h-11 items-center">
          {t("back", { name: space.name })}
        </Link>
      </p>
      <h1 className="[overflow-wrap:anywhere]">{shift.title}</h1>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t("when")}</dt>
        <dd>
          <time dateTime={shift.at.toISOString()}>{shiftWhen(shift, format, t)}</time>
        </dd>
        {(shift.place || shift.localityName) && (
          <>
            <dt className="font-medium">{t("where")}</dt>
            <dd>{[shift.place, shift.localityName].filter(Boolean).join(", ")}</dd>
          </>
        )}
        <dt className="font-medium">{t("helpersTitle")}</dt>
        <dd>{shiftHelpers(shift, t)}</dd>
      </dl>
      {shift.description && <p className="whitespace-pre-line [overflow-wrap:anywhere]">{shift.description}</p>}

      <section aria-labelledby="mithelfen" className="flex flex-col gap-3 rounded-md border border-slate-300 p-4">
        <h2 id="mithelfen">{t("title")}</h2>
        {!viewer ? (
          <p>
            <Link href={SIGN_IN_PATH} className="inline-flex min-h-11 items-center">
              {t("signInToHelp")}
            </Link>
          </p>
        ) : shift.mine ? (
          <>
            <p role="status">{t("mine")}</p>
            {can(viewer, "space.shift.signOff", facts) && (
              <ActionButton action={signOffFromShiftAction} input={input} success={t("signedOff")}>
                {t("signOff")}
              </ActionButton>
            )}
          </>
        ) : closed ? (
          <p>{t("closed")}</p>
        ) : full ? (
          <p>{t("full")}</p>
        ) : can(viewer, "space.shift.signUp", facts) ? (
          <ActionButton action={signUpForShiftAction} input={input} variant="primary" success={t("signedUp")}>
            {t("signUp")}
          </ActionButton>
        ) : (
          <p>{t("notSignedUp")}</p>
        )}
      </section>

      {manages && (
        <section aria-labelledby="verwalten" className="flex flex-col gap-3">
          <h2 id="verwalten">{t("manageTitle")}</h2>
          <h3 className="text-base font-semibold">{t("helperList")}</h3>
          <p className="text-sm text-slate-700">{t("helperListIntro")}</p>
          {helpers.length === 0 ? (
            <p>{t("noHelpers")}</p>
          ) : (
            <ul className="list-disc pl-6">
              {helpers.map((helper) => (
                <li key={helper.userId}>
                  {helper.name ?? helper.username}
                  {helper.username && ` (@${helper.username})`}
                </li>
              ))}
            </ul>
          )}
          <div className="flex flex-wrap gap-3">
            <ActionButton action={setShiftDoneAction} input={{ ...input, done: shift.done ? "no" : "yes" } as const} success={t(shift.done ? "reopened" : "markedDone")}>
              {t(shift.done ? "reopen" : "markDone")}
            </ActionButton>
            <ActionButton
              action={cancelShiftAction}
              input={input}
              variant="danger"
              then={spacePath(space.id)}
              confirm={{ question: t("cancelQuestion", { count: helpers.length }), yes: t("cancelYes"), no: t("cancelNo") }}
            >
              {t("cancel")}
            </ActionButton>
          </div>
          <p className="text-sm text-slate-700">{t("cancelHint")}</p>
        </section>
      )}
    </div>
  );
}
