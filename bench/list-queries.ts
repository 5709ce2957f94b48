import { listAnnouncements, listAnnouncementsForStaff, announcementInLocalities, findLocalityBySlug } from "../lib/announcements/queries";
import { listComments } from "../lib/announcements/comments/queries";
import { listMeinKiez } from "../lib/announcements/mein-kiez";
import { searchAnnouncements, searchComments } from "../lib/search/queries";
import { listVerificationCodes } from "../lib/verification/queries";
import { BENCH_MEMBER_ID, HOT_ANNOUNCEMENT_ID } from "./seed-at-scale";

/** The list queries of the announcement area, called exactly as the pages call them. */
export const LIST_QUERIES: Array<{ name: string; run: () => Promise<unknown> }> = [
  { name: "Bekanntmachungen, erste Seite", run: () => listAnnouncements({}) },
  {
    name: "Bekanntmachungen, Ortsteil Köpenick",
    run: async () => {
      const locality = await findLocalityBySlug("koepenick");
      return listAnnouncements({ where: announcementInLocalities(locality ? [locality.id] : []) });
    },
  },
  { name: "Mein Kiez (Mitglied)", run: () => listMeinKiez({ userId: BENCH_MEMBER_ID }) },
  { name: "Kommentare einer Bekanntmachung", run: () => listComments({ announcementId: HOT_ANNOUNCEMENT_ID }) },
  { name: "Suche in Bekanntmachungen (\"Bäume Schulweg\")", run: () => searchAnnouncements({ q: "Bäume Schulweg" }) },
  { name: "Suche in Kommentaren (\"Bäume Schulweg\")", run: () => searchComments({ q: "Bäume Schulweg" }) },
  { name: "Bekanntmachungen der Verwaltung (alle Status)", run: () => listAnnouncementsForStaff({}) },
  { name: "Verifizierungscodes", run: () => listVerificationCodes({}) },
];
