/**
 * The district's time zone: dates are shown, months counted and wall-clock form fields read in it,
 * whatever zone the server or the browser runs in. Another district's instance changes it here.
 */
export const DISTRICT_TIME_ZONE = "Europe/Berlin";
