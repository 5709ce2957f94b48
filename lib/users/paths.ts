/**
 * A member's public profile page, addressed by account id: the username is the sign-in name and
 * stays private (only the person, moderators and admins see it).
 */
export const memberProfilePath = (userId: string) => `/mitglieder/${encodeURIComponent(userId)}`;
/** The signed-in member's own settings (profile, password, interests, verification). */
export const SETTINGS_PATH = "/einstellungen";
/** The admin area: its start page is the account list. */
export const ADMIN_PATH = "/admin";
/** One account as the admin manages it. */
export const adminUserPath = (userId: string) => `${ADMIN_PATH}/nutzer/${userId}`;
/** Where "Überall abmelden" leads: the sign-in page, saying that every device is signed out. */
export const SIGNED_OUT_PARAM = "abgemeldet";
export const SIGNED_OUT_EVERYWHERE_PATH = `/anmelden?${SIGNED_OUT_PARAM}=ueberall`;
