/** A member's public profile page. */
export const memberProfilePath = (username: string) => `/mitglieder/${encodeURIComponent(username)}`;

/** A member's own settings (profile, password, sessions). */
export const SETTINGS_PATH = "/einstellungen";
