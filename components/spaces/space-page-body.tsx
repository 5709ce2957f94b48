import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AnnouncementBody } from "@/components/announcements/announcement-body";
import { AttachmentList } from "@/components/uploads/attachment-list";
import { can, type MaybeActor } from "@/lib/policy";
import { spaceCalendarPath, spaceFeedPath, SPACES_PATH } from "@/lib/spaces/paths";
import { getSpace, listSpaceEvents } from "@/lib/spaces/queries";
import { listSpaceShifts } from "@/lib/spaces/shifts/queries";
import { listAttachments } from "@/lib/uploads/queries";
import { SpaceEvents } from "./space-events";
import { SpaceMembershipPanel } from "./space-membership-panel";
import { SpaceShifts } from "./space-shifts";
import { SpaceStream } from "./space-stream";

/**
 * A space's page for a viewer (null for a visitor). Reads only through lib/spaces/queries; a space the
 * viewer may not know (private, not a member) is "not found" — its name is not revealed either.
 */
export async function SpacePageBody({ viewer, spaceId, from }: { viewer: MaybeActor; spaceId: string; from?: string }) {
  const space = await getSpace(spaceId, viewer?.id ?? null);
  const facts = space && { space: { visibility: space.visibility, joinPolicy: space.joinPolicy, membership: space.membership } };
  if (!space || !facts || !can(viewer, "space.read", facts)) notFound();
  const [t, tFeed, tCalendar, events, shifts, attachments] = await Promise.all([
    getTranslations("spaces.detail"),
    getTranslations("spaces.feed"),
    getTranslations("spaces.calendar"),
    listSpaceEvents(space.id, viewer?.id ?? null),
    listSpaceShifts(space.id, viewer?.id ?? null),
    listAttachments("space", space.id),
  ]);
  return (
    <div className="flex flex-col gap-8">
      <p>
        <Link href={SPACES_PATH} className="inline-flex min-h-11 items-center">
          {t("back")}
        </Link>
      </p>
      <header className="flex flex-col gap-2">
        <h1 className="[overflow-wrap:anywhere]">{space.name}</h1>
        <p className="text-lg [overflow-wrap:anywhere]">{space.summary}</p>
        <p className="text-sm text-slate-700">
          {t(`visibility.${space.visibility}`)} · {t(`joinPolicy.${space.joinPolicy}`)}
          {space.localities.length > 0 && ` · ${space.localities.map((l) => l.name).join(", ")}`}
          {space.topics.length > 0 && ` · ${space.topics.map((topic) => topic.name).join(", ")}`}
        </p>
        {space.visibility === "public" && (
          <p className="flex flex-wrap gap-x-6 text-sm">
            <a href={spaceFeedPath(space.id)} type="application/atom+xml" className="inline-flex min-h-11 items-center">
              {tFeed("link")}
            </a>
            <a href={spaceCalendarPath(space.id)} type="text/calendar" className="inline-flex min-h-11 items-center">
              {tCalendar("spaceLink")}
            </a>
          </p>
        )}
      </header>
      {space.memberCount === 0 && <p className="rounded-md border border-amber-700 bg-amber-50 p-4 font-medium">{t("orphaned")}</p>}
      <AnnouncementBody html={space.descriptionHtml} />
      <AttachmentList attachments={attachments} />
      {space.partners.length > 0 && (
        <section aria-labelledby="partner" className="flex flex-col gap-2">
          <h2 id="partner">{t("partners")}</h2>
          <ul className="flex flex-col gap-1">
            {space.partners.map((partner) => (
              <li key={partner.departmentId}>
                <strong>{partner.departmentName}</strong>
                {partner.contactName && ` – ${t("contact", { name: partner.contactName })}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      <SpaceMembershipPanel viewer={viewer} space={space} facts={facts} />
      <SpaceEvents spaceId={space.id} events={events} />
      <SpaceShifts shifts={shifts} canManage={can(viewer, "space.shift.manage", facts)} />
      <SpaceStream viewer={viewer} spaceId={space.id} facts={facts} from={from} />
    </div>
  );
}
