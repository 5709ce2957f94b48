export const MEDIATION_LIST_PATH = "/moderation/schlichtung";
export const NEW_MEDIATION_PATH = `${MEDIATION_LIST_PATH}/neu`;
/** The case's private thread, for its parties and moderators. */
export const mediationPath = (caseId: string) => `/schlichtung/${encodeURIComponent(caseId)}`;
