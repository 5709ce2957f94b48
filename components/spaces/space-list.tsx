import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can, type MaybeActor } from "@/lib/policy";
import { encodeCursor, decodeCursor } from "@/lib/pagination";
import { DISTRICT_CALENDAR_PATH, NEW_SPACE_PATH, SPACES_PATH, spacePath, VOLUNTEER_PATH } from "@/lib/spaces/paths";
import { listSpaces } from "@/lib/spaces/queries";

/** The list of spaces a viewer (null for a visitor) may know; newest first. */
export async function SpaceList({ viewer, from }: { viewer: MaybeActor; from?: string }) {
  const [t, page] = await Promise.all([getTranslations("spaces"), listSpaces({ viewerId: viewer?.id ?? null, cursor: decodeCursor(from) })]);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1>{t("list.title")}</h1>
        {can(viewer, "space.create") && (
          <Link href={NEW_SPACE_PATH} className="inline-flex min-h-11 items-center rounded-md bg-blue-800 px-4 py-2 font-medium text-white no-underline hover:bg-blue-900">
            {t("list.create")}
          </Link>
        )}
      </div>
      <p>{t("list.intro")}</p>
      <p>
        <Link href={VOLUNTEER_PATH} className="inline-flex min-h-11 items-center font-medium">
          {t("list.volunteer")}
        </Link>
      </p>
      <p>
        <Link href={DISTRICT_CALENDAR_PATH} className="inline-flex min-h-11 items-center font-medium">
          {t("list.calendar")}
        </Link>
      </p>
      {page.items.length === 0 ? (
        <p>{t("list.empty")}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {page.items.map((space) => (
            <li key={space.id} className="rounded-md border border-slate-300 p-4">
              <h2 className="text-lg">
                <Link href={spacePath(space.id)}>{space.name}</Link>
              </h2>
              <p className="[overflow-wrap:anywhere]">{space.summary}</p>
              <p className="text-sm text-slate-700">
                {t("list.meta", { members: space.memberCount, localities: space.localityNames.join(", ") || "–" })} · {t(`list.visibility.${space.visibility}`)}
              </p>
            </li>
          ))}
        </ul>
      )}
      {page.next && (
        <p>
          <Link href={`${SPACES_PATH}?ab=${encodeURIComponent(encodeCursor(page.next))}`} className="inline-flex min-h-11 items-center">
            {t("list.more")}
          </Link>
        </p>
      )}
    </div>
  );
}
