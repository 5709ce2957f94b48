/** The announcement-area list queries measured by the query check (bench/explain.ts). */
export const LIST_QUERIES: Array<{ name: string; run: () => Promise<unknown> }> = [];
