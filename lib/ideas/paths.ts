/** Ideas in public, and the staff's list of ideas to answer. */
export const IDEAS_PATH = "/ideen";
export const NEW_IDEA_PATH = `${IDEAS_PATH}/neu`;
export const ideaPath = (id: string) => `${IDEAS_PATH}/${encodeURIComponent(id)}`;
export const ideaCommentPath = (ideaId: string, commentId: string) => `${ideaPath(ideaId)}#kommentar-${encodeURIComponent(commentId)}`;

export const IDEA_INBOX_PATH = "/verwaltung/ideen";
export const IDEAS_FEED_PATH = `${IDEAS_PATH}/feed.xml`;
