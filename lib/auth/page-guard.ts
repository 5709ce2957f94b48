import "server-only";
import { redirect } from "next/navigation";
import { can, type RuleName, type SubjectOf } from "@/lib/policy";
import { FORBIDDEN_PATH, SIGN_IN_PATH } from "./gate";
import { getSessionUser, type SessionUser } from "./session";

/** Rules that are about the actor alone (areas, "may manage announcements", …). */
type PageRule = { [R in RuleName]: SubjectOf<R> extends undefined ? R : never }[RuleName];

/**
 * The page's own check, behind the gate's: a page renders only for an actor the policy admits
 * to `rule` (an area, or the rule the page is about). Never in a layout: layouts do not re-run
 * on client navigation.
 */
export async function requirePageAccess(rule: PageRule): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(SIGN_IN_PATH);
  if (!can(user, rule)) redirect(FORBIDDEN_PATH);
  return user;
}
