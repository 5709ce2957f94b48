import "server-only";
import { redirect } from "next/navigation";
import { can, type RuleName } from "@/lib/policy";
import { FORBIDDEN_PATH, SIGN_IN_PATH } from "./gate";
import { getSessionUser, type SessionUser } from "./session";

/**
 * The page's own check, behind the gate's: a page renders only for an actor the policy admits.
 * (Never in a layout: layouts do not re-run on client navigation.)
 */
export async function requirePageAccess(rule: RuleName & `area.${string}`): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(SIGN_IN_PATH);
  if (!can(user, rule)) redirect(FORBIDDEN_PATH);
  return user;
}
