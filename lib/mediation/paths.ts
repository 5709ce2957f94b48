export const MEDIATION_LIST_PATH = "/moderation/schlichtung";
/** A member's own cases. */
export const OWN_MEDIATIONS_PATH = "/schlichtung";
export const NEW_MEDIATION_PATH = `${MEDIATION_LIST_PATH}/neu`;
/** The case's private thread, for its parties and moderators. */
export const mediationPath = (caseId: string) => `${OWN_MEDIATIONS_PATH}/${encodeURIComponent(caseId)}`;
