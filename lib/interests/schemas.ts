import { z } from "zod";
import { serialIdSchema } from "@/lib/action/serial-id";

// A checkbox group arrives as an array of strings, a single value, or `false` when nothing is ticked.
const idList = z.preprocess(
  (value) => (value === false || value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z.array(serialIdSchema()).max(100, { error: "tooLong" }),
);

/** The whole set of followed localities and topics; saving replaces what was followed before. */
export const updateInterestsSchema = z.object({
  localityIds: idList,
  topicIds: idList,
});
