/** The home page (Mein Kiez for a member). Revalidated with "layout", it refreshes every page. */
export const HOME_PATH = "/";
