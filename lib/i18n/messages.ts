import deAccount from "./messages/de/account.json";
import deAdmin from "./messages/de/admin.json";
import deAreas from "./messages/de/areas.json";
import deAuth from "./messages/de/auth.json";
import deAnnouncements from "./messages/de/announcements.json";
import deDistrict from "./messages/de/district.json";
import deVerification from "./messages/de/verification.json";
import deCommon from "./messages/de/common.json";
import deErrors from "./messages/de/errors.json";
import deLegal from "./messages/de/legal.json";
import deMail from "./messages/de/mail.json";
import deValidation from "./messages/de/validation.json";
import enAccount from "./messages/en/account.json";
import enAdmin from "./messages/en/admin.json";
import enAreas from "./messages/en/areas.json";
import enAuth from "./messages/en/auth.json";
import enAnnouncements from "./messages/en/announcements.json";
import enDistrict from "./messages/en/district.json";
import enVerification from "./messages/en/verification.json";
import enCommon from "./messages/en/common.json";
import enErrors from "./messages/en/errors.json";
import enLegal from "./messages/en/legal.json";
import enMail from "./messages/en/mail.json";
import enValidation from "./messages/en/validation.json";
import deConduct from "./messages/de/conduct.json";
import deModeration from "./messages/de/moderation.json";
import deReports from "./messages/de/reports.json";
import deNotifications from "./messages/de/notifications.json";
import deMediation from "./messages/de/mediation.json";
import deTransparency from "./messages/de/transparency.json";
import deOutage from "./messages/de/outage.json";
import enConduct from "./messages/en/conduct.json";
import enModeration from "./messages/en/moderation.json";
import enReports from "./messages/en/reports.json";
import enNotifications from "./messages/en/notifications.json";
import enMediation from "./messages/en/mediation.json";
import enTransparency from "./messages/en/transparency.json";
import enOutage from "./messages/en/outage.json";
import dePrivacy from "./messages/de/privacy.json";
import deConcerns from "./messages/de/concerns.json";
import enConcerns from "./messages/en/concerns.json";
import deIdeas from "./messages/de/ideas.json";
import enIdeas from "./messages/en/ideas.json";
import enPrivacy from "./messages/en/privacy.json";
import deUploads from "./messages/de/uploads.json";
import enUploads from "./messages/en/uploads.json";
import deSpaces from "./messages/de/spaces.json";
import enSpaces from "./messages/en/spaces.json";
import deMessages from "./messages/de/messages.json";
import enMessages from "./messages/en/messages.json";
import type { Locale } from "./config";

// One file per area and language, so areas can be translated (and worked on) independently.
const de = {
  common: deCommon,
  auth: deAuth,
  account: deAccount,
  admin: deAdmin,
  areas: deAreas,
  legal: deLegal,
  mail: deMail,
  validation: deValidation,
  errors: deErrors,
  verification: deVerification,
  district: deDistrict,
  announcements: deAnnouncements,
  concerns: deConcerns,
  ideas: deIdeas,
  conduct: deConduct,
  moderation: deModeration,
  reports: deReports,
  notifications: deNotifications,
  mediation: deMediation,
  transparency: deTransparency,
  privacy: dePrivacy,
  uploads: deUploads,
  spaces: deSpaces,
  messages: deMessages,
  // Read by the gate's self-contained outage page (lib/http/database-outage.ts), never by client components.
  outage: deOutage,
};

export type Messages = typeof de;

export const messages: Record<Locale, Messages> = {
  de,
  en: {
    common: enCommon,
    auth: enAuth,
    account: enAccount,
    admin: enAdmin,
    areas: enAreas,
    legal: enLegal,
    mail: enMail,
    validation: enValidation,
    errors: enErrors,
    verification: enVerification,
    district: enDistrict,
    announcements: enAnnouncements,
  concerns: enConcerns,
  ideas: enIdeas,
    conduct: enConduct,
    moderation: enModeration,
    reports: enReports,
    notifications: enNotifications,
    mediation: enMediation,
    transparency: enTransparency,
    privacy: enPrivacy,
    uploads: enUploads,
    spaces: enSpaces,
  messages: enMessages,
    outage: enOutage,
  },
};
