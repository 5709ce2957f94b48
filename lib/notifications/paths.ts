export const NOTIFICATIONS_PATH = "/benachrichtigungen";
/** Per kind: immediately, daily or weekly digest, only in-app. */
export const NOTIFICATION_SETTINGS_PATH = "/einstellungen/benachrichtigungen";
/** One-click unsubscribe (RFC 8058): GET confirms, POST unsubscribes; works signed out. */
export const UNSUBSCRIBE_PATH = "/abbestellen";
/** Where the gate sends the POST of /abbestellen (the route handler). */
export const UNSUBSCRIBE_API_PATH = "/api/abbestellen";
export const unsubscribePath = (token: string) => `${UNSUBSCRIBE_PATH}?t=${encodeURIComponent(token)}`;
/** Admins: mails whose last retry failed. */
export const DELIVERY_ADMIN_PATH = "/admin/zustellung";
