import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ShiftCard } from "@/components/spaces/space-shifts";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { VOLUNTEER_PATH } from "@/lib/spaces/paths";
import { listMyShifts } from "@/lib/spaces/shifts/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("spaces.shifts.my"))("title") };
}

/** "Meine Einsätze": the shifts the person signed up for that are still ahead, soonest first. */
export default async function MyShiftsPage() {
  const actor = await requirePageAccess("area.member");
  const [t, shifts] = await Promise.all([getTranslations("spaces.shifts.my"), listMyShifts(actor.id)]);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {shifts.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {shifts.map((shift) => (
            <ShiftCard key={shift.id} shift={shift} headingLevel={2} />
          ))}
        </ul>
      )}
      <p>
        <Link href={VOLUNTEER_PATH} className="inline-flex min-h-11 items-center">
          {t("findMore")}
        </Link>
      </p>
    </div>
  );
}
