import { describe, expect, test } from "vitest";
import { assertProductionConfiguration } from "@/lib/config/production";

const complete = {
  NODE_ENV: "production",
  AUTH_SECRET: "a-long-enough-secret-for-production-use-0123456789",
  DATABASE_URL: "postgres://kiezwerk@db.example/kiezwerk",
  RESEND_API_KEY: "re_123",
  AUTH_URL: "https://kiezwerk.treptow-koepenick.de",
} as unknown as NodeJS.ProcessEnv;

describe("a production start", () => {
  test("runs with a secret, a database, a mail key and its public https address", () => {
    expect(() => assertProductionConfiguration(complete)).not.toThrow();
  });

  test("refuses without AUTH_SECRET, or with a short one, and names it", () => {
    expect(() => assertProductionConfiguration({ ...complete, AUTH_SECRET: undefined })).toThrow(/AUTH_SECRET/);
    expect(() => assertProductionConfiguration({ ...complete, AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET/);
  });

  test("refuses without a database URL", () => {
    expect(() => assertProductionConfiguration({ ...complete, DATABASE_URL: undefined })).toThrow(/DATABASE_URL/);
  });

  test("refuses without RESEND_API_KEY unless the outbox is chosen explicitly", () => {
    expect(() => assertProductionConfiguration({ ...complete, RESEND_API_KEY: undefined })).toThrow(/RESEND_API_KEY/);
    expect(() => assertProductionConfiguration({ ...complete, RESEND_API_KEY: undefined, MAIL_TRANSPORT: "outbox" })).not.toThrow();
  });
});
