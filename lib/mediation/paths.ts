export const MEDIATION_LIST_PATH = "/moderation/schlichtung";
/** A member's own cases. */
export const OWN_MEDIATIONS_PATH = "/schlichtung";
export const NEW_MEDIATION_PATH = `${MEDIATION_LIST_PATH}/neu`;
/** The case's private thread, for its parties and moderators. */
export const mediationPath = (caseId: string) => `${OWN_MEDIATIONS_PATH}/${encodeURIComponent(caseId)}`;
/** The parameters that open the form from a report's review page: the reported target's type and id. */
export const SOURCE_TYPE_PARAM = "art";
export const SOURCE_ID_PARAM = "ziel";
export const newMediationFromReportPath = (type: string, id: string) =>
  `${NEW_MEDIATION_PATH}?${new URLSearchParams({ [SOURCE_TYPE_PARAM]: type, [SOURCE_ID_PARAM]: id }).toString()}`;
