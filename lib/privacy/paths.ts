import { SETTINGS_PATH } from "@/lib/users/paths";

/** The settings section "Konto löschen" (a sign-in link for an account without password leads back here). */
export const DELETE_ACCOUNT_PATH = `${SETTINGS_PATH}#konto-loeschen`;
/** The settings section "Meine Daten herunterladen". */
export const DATA_EXPORT_PATH = `${SETTINGS_PATH}#meine-daten`;
/** Where a deleted account lands (signed out). */
export const ACCOUNT_DELETED_PATH = "/konto-geloescht";
/**
 * The download of one finished export (only for its owner). Outside /einstellungen so that a
 * suspended person, who keeps their rights to a copy and to erasure, reaches it from /gesperrt.
 */
export const exportDownloadPath = (id: string) => `/meine-daten/${id}`;
/** The public legal pages. */
export const PRIVACY_PATH = "/datenschutz";
export const ACCESSIBILITY_PATH = "/barrierefreiheit";
export const EASY_READ_PATH = "/leichte-sprache";
/** Admins read the accessibility feedback here. */
export const ADMIN_ACCESSIBILITY_FEEDBACK_PATH = "/admin/barrierefreiheit";
