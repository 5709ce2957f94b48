import { describe, expect, test } from "vitest";
import { areaRuleFor, isAlwaysOpen, isOpenToSuspended } from "@/lib/auth/gate";

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

describe("what a suspended account may open", () => {
  test.each([
    "/gesperrt",
    "/",
    "/bekanntmachungen",
    "/bekanntmachungen/4f5b8e0a-6c1d-4a57-9d3e-0b1a2c3d4e01",
    "/suche",
    "/transparenz",
    "/mitglieder/anton",
    "/impressum",
    "/nutzungsbedingungen",
    "/api/auth/signout",
  ])("%s: read as a visitor would", (path) => {
    expect(isOpenToSuspended(path)).toBe(true);
  });

  test.each(["/einstellungen", "/benachrichtigungen", "/entscheidungen/1", "/schlichtung", "/moderation", "/verwaltung", "/admin", "/verifizierungscodes", "/profil/vervollstaendigen"])(
    "%s: closed, it leads to the suspension page",
    (path) => {
      expect(isOpenToSuspended(path)).toBe(false);
    },
  );
});
