import { z } from "zod";
import { stripMarkers } from "./highlight";

export const SEARCH_KINDS = ["bekanntmachungen", "kommentare", "anliegen", "ideen", "projekte", "beitraege", "termine"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_QUERY_MAX_LENGTH = 200;

/** /suche?q=…&art=…&nach=…: the term, optionally one kind of result and where its page starts. */
export const searchParamsSchema = z.object({
  q: z.string().transform(stripMarkers).pipe(z.string().trim().max(SEARCH_QUERY_MAX_LENGTH, { error: "tooLong" })),
  art: z.enum(SEARCH_KINDS).optional().catch(undefined),
  nach: z.string().max(300).optional().catch(undefined),
});
