/** The list of decisions about the signed-in person; each one's own page is lib/moderation/paths' decisionPath. */
export const DECISIONS_PATH = "/entscheidungen";
