import { describe, expect, test } from "vitest";
import { assertProductionConfiguration } from "@/lib/config/production";
import { absoluteUrl, assertPublicOriginConfigured, developmentOrigin, isSecureOrigin, publicOrigin } from "@/lib/config/public-origin";

const env = (values: Record<string, string | undefined>) => values as unknown as NodeJS.ProcessEnv;

describe("the one public origin", () => {
  test("is the configured AUTH_URL's origin, whatever path it carries", () => {
    expect(publicOrigin(env({ AUTH_URL: "https://kiezwerk.treptow-koepenick.de/some/path" }))).toBe("https://kiezwerk.treptow-koepenick.de");
    expect(absoluteUrl("/bekanntmachungen?ort=3", env({ AUTH_URL: "https://kiezwerk.example" }))).toBe("https://kiezwerk.example/bekanntmachungen?ort=3");
  });

  test("in development without AUTH_URL is localhost on the server's port, never a typed host", () => {
    expect(publicOrigin(env({ NODE_ENV: "development", PORT: "3005" }))).toBe("http://localhost:3005");
    expect(developmentOrigin(env({}))).toBe("http://localhost:3000");
  });

  test("secure cookies follow from an https origin only", () => {
    expect(isSecureOrigin(env({ AUTH_URL: "https://kiezwerk.example" }))).toBe(true);
    expect(isSecureOrigin(env({ AUTH_URL: "http://localhost:3101" }))).toBe(false);
  });

  test("a production server without AUTH_URL refuses instead of deriving the host from the request", () => {
    expect(() => publicOrigin(env({ NODE_ENV: "production" }))).toThrow(/AUTH_URL is not set/);
    expect(() => assertPublicOriginConfigured(env({}))).toThrow(/never taken from the request/);
  });

  test("a production server refuses a plain-http public address, except on this machine's loopback", () => {
    expect(() => assertPublicOriginConfigured(env({ AUTH_URL: "http://kiezwerk.treptow-koepenick.de" }))).toThrow(/https/);
    expect(() => assertPublicOriginConfigured(env({ AUTH_URL: "not a url" }))).toThrow(/not a valid URL/);
    expect(() => assertPublicOriginConfigured(env({ AUTH_URL: "ftp://kiezwerk.example" }))).toThrow(/http\(s\)/);
    expect(() => assertPublicOriginConfigured(env({ AUTH_URL: "http://localhost:3101" }))).not.toThrow();
    expect(() => assertPublicOriginConfigured(env({ AUTH_URL: "https://kiezwerk.example" }))).not.toThrow();
  });

  test("is part of what a production start requires", () => {
    const complete = {
      NODE_ENV: "production",
      AUTH_SECRET: "a-long-enough-secret-for-production-use-0123456789",
      DATABASE_URL: "postgres://kiezwerk@db.example/kiezwerk",
      RESEND_API_KEY: "re_123",
    };
    expect(() => assertProductionConfiguration(env(complete))).toThrow(/AUTH_URL/);
    expect(() => assertProductionConfiguration(env({ ...complete, AUTH_URL: "https://kiezwerk.example" }))).not.toThrow();
  });
});
