import { customType } from "drizzle-orm/pg-core";

/** PostgreSQL's full-text document type; filled by generated columns with the `german` configuration. */
export const tsvector = customType<{ data: string }>({
  dataType() {
    return "tsvector";
  },
});
