import "vitest";

declare module "vitest" {
  /** What the integration projects' global setup hands to their test files. */
  export interface ProvidedContext {
    databaseUrl: string;
    databaseEmbedded: boolean;
  }
}
