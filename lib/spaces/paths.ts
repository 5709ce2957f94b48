/** The spaces' URLs, in one place so every link, redirect and revalidation uses the same address. */
export const SPACES_PATH = "/projekte";
export const NEW_SPACE_PATH = `${SPACES_PATH}/neu`;
export const spacePath = (id: string) => `${SPACES_PATH}/${encodeURIComponent(id)}`;
export const editSpacePath = (id: string) => `${spacePath(id)}/bearbeiten`;
export const spaceMembersPath = (id: string) => `${spacePath(id)}/mitglieder`;
export const spaceEventPath = (spaceId: string, eventId: string) => `${spacePath(spaceId)}/termine/${encodeURIComponent(eventId)}`;
export const newSpaceEventPath = (spaceId: string) => `${spacePath(spaceId)}/termine/neu`;
export const spacePostPath = (spaceId: string, postId: string) => `${spacePath(spaceId)}#beitrag-${encodeURIComponent(postId)}`;
export const spaceStreamPagePath = (spaceId: string, cursor: string) => `${spacePath(spaceId)}?ab=${encodeURIComponent(cursor)}`;
export const spaceFeedPath = (id: string) => `${spacePath(id)}/feed.xml`;
export const newSpaceShiftPath = (spaceId: string) => `${spacePath(spaceId)}/mithelfen/neu`;
export const spaceShiftPath = (spaceId: string, shiftId: string) => `${spacePath(spaceId)}/mithelfen/${encodeURIComponent(shiftId)}`;
/** The district-wide list of open shifts of public spaces: volunteer opportunities. */
export const VOLUNTEER_PATH = "/mithelfen";
/** A person's own upcoming shifts ("Meine Einsätze"). */
export const MY_SHIFTS_PATH = `${VOLUNTEER_PATH}/meine`;
/** One event as an iCalendar file ("In den Kalender"). */
export const spaceEventCalendarPath = (spaceId: string, eventId: string) => `${spaceEventPath(spaceId, eventId)}/termin.ics`;
/** A public space's events as a calendar to subscribe to. */
export const spaceCalendarPath = (id: string) => `${spacePath(id)}/kalender.ics`;
/** "Meine Termine": the secret personal calendar link; the token is its only credential. */
export const PERSONAL_CALENDAR_PREFIX = "/kalender";
export const personalCalendarPath = (token: string) => `${PERSONAL_CALENDAR_PREFIX}/${encodeURIComponent(token)}.ics`;
/** The settings section (SETTINGS_PATH in lib/users/paths.ts) where a person creates and revokes that link. */
export const PERSONAL_CALENDAR_SECTION_ID = "kalender";
/** The district's calendar: the coming events of every public space. */
export const DISTRICT_CALENDAR_PATH = "/termine";
/** The district calendar as a file to subscribe to (with the page's `ortsteil` and `thema`). */
export const DISTRICT_CALENDAR_FILE_PATH = "/termine/kalender.ics";
