import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/spaces/action-button";
import { DecideRequestForm } from "@/components/spaces/decide-request-form";
import { InviteForm } from "@/components/spaces/invite-form";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";
import { changeRoleAction, removeMemberAction, transferOwnershipAction } from "@/lib/spaces/actions";
import { spacePath } from "@/lib/spaces/paths";
import { getSpace, listSpaceMembers } from "@/lib/spaces/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("spaces.members"))("title") };
}

/** Who belongs to a space; its organisers also answer requests, invite, remove and change roles here. */
export default async function SpaceMembersPage({ params }: { params: Promise<{ spaceId: string }> }) {
  const [{ spaceId }, viewer] = await Promise.all([params, getSessionUser()]);
  const space = /^[0-9a-f-]{36}$/i.test(spaceId) ? await getSpace(spaceId, viewer?.id ?? null) : null;
  if (!space || !can(viewer, "space.read", { space })) notFound();
  const facts = { space };
  const [t, people] = await Promise.all([getTranslations("spaces.members"), listSpaceMembers(space.id)]);
  const manages = can(viewer, "space.manageMembers", facts);
  const members = people.filter((p) => p.membership === "owner" || p.membership === "organiser" || p.membership === "member");
  const requests = people.filter((p) => p.membership === "requested");
  const invited = people.filter((p) => p.membership === "invited");
  return (
    <div className="flex max-w-2xl flex-col gap-8">
      <p>
        <Link href={spacePath(space.id)} className="inline-flex min-h-11 items-center">
          {t("back", { name: space.name })}
        </Link>
      </p>
      <h1>{t("title")}</h1>
      {manages && (
        <section aria-labelledby="anfragen" className="flex flex-col gap-3">
          <h2 id="anfragen">{t("requests", { count: requests.length })}</h2>
          {requests.length === 0 && <p>{t("noRequests")}</p>}
          <ul className="flex flex-col gap-4">
            {requests.map((person) => (
              <li key={person.userId} className="flex flex-col gap-2 rounded-md border border-slate-300 p-3">
                <p>
                  <strong>{person.name}</strong>
                  {person.message && ` – „${person.message}“`}
                </p>
                <DecideRequestForm spaceId={space.id} userId={person.userId} name={person.name} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="mitglieder" className="flex flex-col gap-3">
        <h2 id="mitglieder">{t("members", { count: members.length })}</h2>
        <ul className="flex flex-col gap-3">
          {members.map((person) => {
            const target = { space, target: { id: person.userId, membership: person.membership } };
            const input = { spaceId: space.id, userId: person.userId };
            return (
              <li key={person.userId} className="flex flex-col gap-2 border-b border-slate-200 pb-3">
                <p>
                  <strong>{person.name}</strong> · {t(`roles.${person.membership as "member"}`)}
                </p>
                <div className="flex flex-wrap gap-2">
                  {can(viewer, "space.changeRole", target) && (
                    <ActionButton action={changeRoleAction} input={{ ...input, role: person.membership === "organiser" ? "member" : "organiser" } as const}>
                      {t(person.membership === "organiser" ? "makeMember" : "makeOrganiser", { name: person.name })}
                    </ActionButton>
                  )}
                  {can(viewer, "space.transferOwnership", target) && (
                    <ActionButton action={transferOwnershipAction} input={input}>
                      {t("transfer", { name: person.name })}
                    </ActionButton>
                  )}
                  {can(viewer, "space.removeMember", target) && (
                    <ActionButton action={removeMemberAction} input={input} variant="danger">
                      {t("remove", { name: person.name })}
                    </ActionButton>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      </section>
      {manages && (
        <section aria-labelledby="einladen" className="flex flex-col gap-3">
          <h2 id="einladen">{t("inviteTitle")}</h2>
          <InviteForm spaceId={space.id} />
          {invited.length > 0 && <p>{t("invitedList", { names: invited.map((p) => p.name).join(", ") })}</p>}
        </section>
      )}
    </div>
  );
}
