/** A member's public profile page. */
export const memberProfilePath = (username: string) => `/mitglieder/${encodeURIComponent(username)}`;
