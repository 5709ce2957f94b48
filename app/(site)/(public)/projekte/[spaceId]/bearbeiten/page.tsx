import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SpaceForm } from "@/components/spaces/space-form";
import { AttachmentManager } from "@/components/uploads/attachment-manager";
import { FORBIDDEN_PATH, SIGN_IN_PATH } from "@/lib/auth/gate";
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";
import { getSpace, loadSpaceFormChoices } from "@/lib/spaces/queries";
import { listAttachments } from "@/lib/uploads/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("spaces.form"))("editTitle") };
}

/** Only the space's own organisers edit it (space.edit with their role in this space). */
export default async function EditSpacePage({ params }: { params: Promise<{ spaceId: string }> }) {
  const [{ spaceId }, viewer] = await Promise.all([params, getSessionUser()]);
  if (!viewer) redirect(SIGN_IN_PATH);
  const space = /^[0-9a-f-]{36}$/i.test(spaceId) ? await getSpace(spaceId, viewer.id) : null;
  if (!space || !can(viewer, "space.read", { space })) notFound();
  if (!can(viewer, "space.edit", { space })) redirect(FORBIDDEN_PATH);
  const [t, tDetail, choices, attachments] = await Promise.all([getTranslations("spaces.form"), getTranslations("spaces.detail"), loadSpaceFormChoices(), listAttachments("space", space.id)]);
  const contacts = space.partners.map((p) => p.contactUsername).filter((name): name is string => !!name);
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <h1>{t("editTitle")}</h1>
      <SpaceForm
        choices={choices}
        spaceId={space.id}
        defaults={{
          name: space.name,
          summary: space.summary,
          description: space.description,
          visibility: space.visibility,
          joinPolicy: space.joinPolicy,
          localityIds: space.localities.map((l) => String(l.id)),
          topicIds: space.topics.map((topic) => String(topic.id)),
          partnerDepartmentIds: space.partners.filter((p) => !p.contactUsername).map((p) => String(p.departmentId)),
          partnerContacts: contacts.join(", "),
        }}
      />
      <AttachmentManager ownerType="space" ownerId={space.id} attachments={attachments} intro={tDetail(`photosIntro.${space.visibility}`)} />
    </div>
  );
}
