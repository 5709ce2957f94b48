import { can, type MaybeActor } from "@/lib/policy";
import { ReportPanel, type ReportTargetType } from "./report-panel";

/**
 * The "Melden" control for one comment, announcement or member profile. Shown only to those the
 * policy lets report it: signed-in members, never on their own content or profile.
 */
export function ReportControl({
  actor,
  targetType,
  targetId,
  authorId,
  describedBy,
}: {
  actor: MaybeActor;
  targetType: ReportTargetType;
  targetId: string;
  /** Whose it is: the content's author, or the account itself for a profile. */
  authorId: string | null;
  describedBy?: string;
}) {
  if (!can(actor, "report.create", { target: { authorId } })) return null;
  return <ReportPanel targetType={targetType} targetId={targetId} describedBy={describedBy} />;
}
