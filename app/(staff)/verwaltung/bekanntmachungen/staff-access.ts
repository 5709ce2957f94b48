import "server-only";
import { redirect } from "next/navigation";
import { FORBIDDEN_PATH } from "@/lib/auth/gate";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { can } from "@/lib/policy";

/** The staff area's check, then the rule every announcement page here is about. */
export async function requireAnnouncementManager() {
  const user = await requirePageAccess("area.staff");
  if (!can(user, "announcement.manage")) redirect(FORBIDDEN_PATH);
  return user;
}
