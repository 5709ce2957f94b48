import type { RuleName } from "@/lib/policy";

/** Pages every signed-in account may open, whatever state it is in. */
// "/abbestellen": a mail's unsubscribe link works whatever state the account is in, signed in or not.
const ALWAYS_OPEN = ["/api/auth", "/impressum", "/datenschutz", "/barrierefreiheit", "/leichte-sprache", "/nutzungsbedingungen", "/konto-geloescht", "/abbestellen"];

export const PROFILE_COMPLETION_PATH = "/profil/vervollstaendigen";
export const SUSPENDED_PATH = "/gesperrt";
export const SIGN_IN_PATH = "/anmelden";
export const FORBIDDEN_PATH = "/kein-zugriff";

/** Which area rule guards a path; the most specific prefix wins. */
const AREAS: Array<[prefix: string, rule: RuleName]> = [
  ["/verwaltung", "area.staff"],
  ["/anliegen/neu", "area.member"],
  ["/ideen/neu", "area.member"],
  ["/moderation", "area.moderation"],
  ["/admin", "area.admin"],
  ["/einstellungen", "area.member"],
  ["/benachrichtigungen", "area.member"],
  ["/entscheidungen", "area.member"],
  ["/schlichtung", "area.member"],
  ["/nachrichten", "area.member"],
  ["/mithelfen/meine", "area.member"],
  ["/verifizierungscodes", "verification.manageCodes"],
];

export const underPath = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);

export function areaRuleFor(pathname: string): RuleName | null {
  return AREAS.find(([prefix]) => underPath(pathname, prefix))?.[1] ?? null;
}

export function isAlwaysOpen(pathname: string) {
  return ALWAYS_OPEN.some((prefix) => underPath(pathname, prefix));
}

/**
 * What a suspended account may open: its suspension page, and everything a visitor reads (no area
 * rule guards it). The areas and the profile completion stay closed; every form answers "suspended".
 */
export function isOpenToSuspended(pathname: string) {
  if (underPath(pathname, SUSPENDED_PATH) || isAlwaysOpen(pathname)) return true;
  return areaRuleFor(pathname) === null && !underPath(pathname, PROFILE_COMPLETION_PATH);
}
