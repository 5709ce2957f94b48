/** How long a sign-in link works (Auth.js maxAge); the retention rule reads it too. */
export const MAGIC_LINK_MAX_AGE_SECONDS = 30 * 60;
