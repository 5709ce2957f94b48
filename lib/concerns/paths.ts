/** Public concerns, and the staff inbox. */
export const CONCERNS_PATH = "/anliegen";
export const NEW_CONCERN_PATH = `${CONCERNS_PATH}/neu`;
export const concernPath = (id: string) => `${CONCERNS_PATH}/${encodeURIComponent(id)}`;

export const CONCERN_INBOX_PATH = "/verwaltung/anliegen";
export const concernInboxItemPath = (id: string) => `${CONCERN_INBOX_PATH}/${encodeURIComponent(id)}`;
export const CONCERN_TEMPLATES_PATH = `${CONCERN_INBOX_PATH}/vorlagen`;
export const CONCERNS_FEED_PATH = `${CONCERNS_PATH}/feed.xml`;
/** Open data: the public concerns as CSV. */
export const CONCERNS_CSV_PATH = `${CONCERNS_PATH}/liste.csv`;
