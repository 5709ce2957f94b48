export const NOTIFICATIONS_PATH = "/benachrichtigungen";
