import { assertMailConfigured } from "@/lib/mail/transport";
import { assertPublicOriginConfigured } from "./public-origin";

/** What a production start needs from the environment; each missing piece is named. */
export function assertProductionConfiguration(env: NodeJS.ProcessEnv = process.env) {
  if (!env.AUTH_SECRET || env.AUTH_SECRET.length < 32) {
    throw new Error("AUTH_SECRET is missing or shorter than 32 characters. Generate one with `openssl rand -base64 32`.");
  }
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set. Start with `npm start`, which opens the embedded database when no server is configured.");
  }
  assertPublicOriginConfigured(env);
  assertMailConfigured(env);
}
