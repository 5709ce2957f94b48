import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { spacePath, spaceShiftPath } from "@/lib/spaces/paths";
import type { ShiftItem, VolunteerItem } from "@/lib/spaces/shifts/queries";
import { DISTRICT_TIME_ZONE } from "@/lib/time/zone";

type Format = Awaited<ReturnType<typeof getFormatter>>;
type Translate = Awaited<ReturnType<typeof getTranslations<"spaces.shifts">>>;

/** "Montag, 7. Dezember 2026 um 07:30" for a shift at a time, "Zu erledigen bis Freitag, 11. Dezember 2026" for a due date. */
export function shiftWhen(shift: Pick<ShiftItem, "timing" | "at">, format: Format, t: Translate) {
  if (shift.timing === "at") return format.dateTime(shift.at, { dateStyle: "full", timeStyle: "short", timeZone: DISTRICT_TIME_ZONE });
  return t("due", { date: format.dateTime(shift.at, { dateStyle: "full", timeZone: DISTRICT_TIME_ZONE }) });
}

/** "1 von 2 Helfer:innen gemeldet · noch 1 Person gesucht", or that it is full or done. */
export function shiftHelpers(shift: Pick<ShiftItem, "signedUp" | "helpersNeeded" | "done">, t: Translate) {
  const count = t("helpers", { signedUp: shift.signedUp, needed: shift.helpersNeeded });
  if (shift.done) return `${count} · ${t("done")}`;
  const missing = shift.helpersNeeded - shift.signedUp;
  return `${count} · ${missing > 0 ? t("stillNeeded", { count: missing }) : t("full")}`;
}

/** One shift in a list; with its space's name where the list spans spaces. */
export async function ShiftCard({ shift, headingLevel = 3 }: { shift: ShiftItem | VolunteerItem; headingLevel?: 2 | 3 }) {
  const [t, format] = await Promise.all([getTranslations("spaces.shifts"), getFormatter()]);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const where = [shift.place, shift.localityName].filter(Boolean).join(", ");
  return (
    <li className="flex flex-col gap-1 rounded-md border border-slate-300 p-3">
      <Heading className="text-base font-semibold [overflow-wrap:anywhere]">
        <Link href={spaceShiftPath(shift.spaceId, shift.id)} className="inline-flex min-h-11 items-center">
          {shift.title}
        </Link>
      </Heading>
      {"spaceName" in shift && (
        <p className="text-sm">
          <Link href={spacePath(shift.spaceId)} className="inline-flex min-h-11 items-center">
            {t("volunteer.in", { space: shift.spaceName })}
          </Link>
        </p>
      )}
      <p>
        <time dateTime={shift.at.toISOString()}>{shiftWhen(shift, format, t)}</time>
        {where && ` · ${where}`}
      </p>
      <p className="text-sm text-slate-700">
        {shiftHelpers(shift, t)}
        {shift.mine && ` · ${t("mine")}`}
      </p>
    </li>
  );
}

/** The space page's "Mithelfen": its shifts still ahead (organisers add new ones in the membership panel). */
export async function SpaceShifts({ shifts, canManage }: { shifts: ShiftItem[]; canManage: boolean }) {
  const t = await getTranslations("spaces.shifts");
  if (shifts.length === 0 && !canManage) return null;
  return (
    <section aria-labelledby="mithelfen" className="flex flex-col gap-3">
      <h2 id="mithelfen">{t("title")}</h2>
      <p>{shifts.length === 0 ? t("empty") : t("intro")}</p>
      {shifts.length > 0 && (
        <ul className="flex flex-col gap-3">
          {shifts.map((shift) => (
            <ShiftCard key={shift.id} shift={shift} />
          ))}
        </ul>
      )}
    </section>
  );
}
