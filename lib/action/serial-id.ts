import { z } from "zod";

/** The largest value of a PostgreSQL `integer` / `serial` column. */
export const MAX_SERIAL_ID = 2_147_483_647;

/**
 * A row number from a form (FormData sends strings): a whole number from 1 to MAX_SERIAL_ID, so an
 * out-of-range value becomes a field error instead of a database error. `error` names the message
 * key for a missing or malformed value (messages: validation.*).
 */
export const serialIdSchema = (error?: string) =>
  z.coerce
    .number(error ? { error } : undefined)
    .int(error ? { error } : undefined)
    .positive(error ? { error } : undefined)
    .max(MAX_SERIAL_ID, { error: "numberTooLarge" });
