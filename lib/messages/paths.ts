/** The direct messages' URLs. */
export const MESSAGES_PATH = "/nachrichten";
export const NEW_CONVERSATION_PATH = `${MESSAGES_PATH}/neu`;
export const conversationPath = (id: string) => `${MESSAGES_PATH}/${encodeURIComponent(id)}`;
/** An older page of the history. */
export const conversationPagePath = (id: string, cursor: string) => `${conversationPath(id)}?vor=${encodeURIComponent(cursor)}`;
export const conversationListPagePath = (cursor: string) => `${MESSAGES_PATH}?ab=${encodeURIComponent(cursor)}`;
/** The settings section with "Wer darf mir schreiben" and the block list. */
export const MESSAGE_SETTINGS_PATH = "/einstellungen#nachrichten";
