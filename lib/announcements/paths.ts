/** The announcements' URLs, in one place so every list, feed and redirect links the same stable address. */
export const ANNOUNCEMENTS_PATH = "/bekanntmachungen";
export const announcementPath = (id: string) => `${ANNOUNCEMENTS_PATH}/${id}`;

export const WHOLE_DISTRICT_FEED_PATH = `${ANNOUNCEMENTS_PATH}/feed.xml`;
export const localityFeedPath = (slug: string) => `${ANNOUNCEMENTS_PATH}/ortsteil/${encodeURIComponent(slug)}/feed.xml`;
export const localityListPath = (slug: string) => `${ANNOUNCEMENTS_PATH}?ortsteil=${encodeURIComponent(slug)}`;

export const MANAGE_PATH = "/verwaltung/bekanntmachungen";
export const NEW_ANNOUNCEMENT_PATH = `${MANAGE_PATH}/neu`;
export const staffAnnouncementPath = (id: string) => `${MANAGE_PATH}/${id}`;
export const editAnnouncementPath = (id: string) => `${MANAGE_PATH}/${id}/bearbeiten`;
