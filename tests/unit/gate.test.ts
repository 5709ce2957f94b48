import { describe, expect, test } from "vitest";
import { areaRuleFor, isAlwaysOpen } from "@/lib/auth/gate";

describe("which area rule guards a path", () => {
  test.each([
    ["/admin", "area.admin"],
    ["/admin/", "area.admin"],
    ["/admin/nutzer/123", "area.admin"],
    ["/verwaltung", "area.staff"],
    ["/verwaltung/bekanntmachungen/neu", "area.staff"],
    ["/moderation", "area.moderation"],
    ["/moderation/meldungen", "area.moderation"],
    ["/einstellungen", "area.member"],
    ["/einstellungen/passwort", "area.member"],
  ])("%s → %s", (path, rule) => {
    expect(areaRuleFor(path)).toBe(rule);
  });

  test.each([
    // Only whole path segments count: these are other pages, not the areas' sub-pages.
    "/administration",
    "/admins",
    "/verwaltungsreform",
    "/moderationsregeln",
    "/einstellungenx",
    // Public pages.
    "/",
    "/anmelden",
    "/mitmachen",
    "/impressum",
    // The area name further down a path does not make it that area.
    "/hilfe/admin",
    "/profil/einstellungen",
  ])("%s is in no area", (path) => {
    expect(areaRuleFor(path)).toBeNull();
  });
});

describe("pages open to every signed-in account, whatever its state", () => {
  test.each(["/impressum", "/datenschutz", "/barrierefreiheit", "/nutzungsbedingungen", "/api/auth", "/api/auth/callback/resend", "/api/auth/signout"])(
    "%s is always open",
    (path) => {
      expect(isAlwaysOpen(path)).toBe(true);
    },
  );

  test.each(["/", "/impressumsseite", "/datenschutzerklaerung-alt", "/api/authentication", "/api", "/admin", "/einstellungen", "/hilfe/impressum"])(
    "%s is not",
    (path) => {
      expect(isAlwaysOpen(path)).toBe(false);
    },
  );
});
