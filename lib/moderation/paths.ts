/** Moderation's URLs in one place. */
export const MODERATION_PATH = "/moderation";
export const moderationTargetPath = (type: string, id: string) => `${MODERATION_PATH}/meldungen/${type}/${encodeURIComponent(id)}`;
export const MODERATION_APPEALS_PATH = `${MODERATION_PATH}/widersprueche`;
export const moderationAppealPath = (appealId: string) => `${MODERATION_APPEALS_PATH}/${encodeURIComponent(appealId)}`;
export const MODERATION_AUDIT_PATH = `${MODERATION_PATH}/protokoll`;
export const MODERATION_SUSPENDED_PATH = `${MODERATION_PATH}/gesperrt`;
/** The decisions about the signed-in person. */
export const DECISIONS_PATH = "/entscheidungen";
/** The statement of reasons, as the affected person reads it (and appeals from it). */
export const decisionPath = (decisionId: string) => `${DECISIONS_PATH}/${encodeURIComponent(decisionId)}`;
export const TRANSPARENCY_PATH = "/transparenz";
/** Open data: every department's response figures per month. */
export const DEPARTMENT_FIGURES_CSV_PATH = `${TRANSPARENCY_PATH}/fachbereiche.csv`;
