import "server-only";
import { z } from "zod";
import { locales } from "@/lib/i18n/config";
import { createPersonalDataExport, loadPendingExport } from "@/lib/privacy/export/store";
import { QUEUES } from "../queues";
import { defineJob } from "./types";

/** Builds a requested copy of a person's data and notifies them (the request enqueued it). */
export const personalDataExportJob = defineJob({
  queue: QUEUES.personalDataExport.name,
  payload: z.object({ exportId: z.uuid(), locale: z.enum(locales) }),
  run: async ({ exportId, locale }) => {
    // Built already (a retry after the commit) or gone with the account: nothing to do.
    const pending = await loadPendingExport(exportId);
    if (!pending) return { skipped: true };
    await createPersonalDataExport(pending.userId, { locale, exportId });
    return { built: exportId };
  },
});
