import { describe, expect, test } from "vitest";
import { openGateUser, sealGateUser } from "@/lib/auth/gate-handoff";
import type { SessionUser } from "@/lib/auth/session-lookup";

const token = "a".repeat(64);
const user: SessionUser = {
  id: "u1",
  email: "mira@example.org",
  username: "mira",
  displayName: "Mira",
  localityId: 3,
  role: "member",
  verification: "verified",
  status: "suspended",
  suspendedUntil: new Date("2026-12-24T12:00:00Z"),
  suspensionReason: "Beleidigung",
  acceptedTermsVersion: 2,
  currentTermsVersion: 2,
  profileComplete: true,
};

describe("the gate's hand-off of the session user to the page", () => {
  test("the page receives the user the gate found, dates as dates", () => {
    const now = Date.now();
    expect(openGateUser(sealGateUser(token, user, now), token, now + 5)).toEqual({ user });
  });

  test("'no session behind this cookie' is handed over too", () => {
    expect(openGateUser(sealGateUser(token, null), token)).toEqual({ user: null });
  });

  test("a seal made for another session cookie is not accepted", () => {
    expect(openGateUser(sealGateUser("b".repeat(64), user), token)).toBeUndefined();
  });

  test("a changed payload (e.g. role: admin) breaks the seal", () => {
    const [, seal] = sealGateUser(token, user).split(".");
    const forged = Buffer.from(JSON.stringify({ at: Date.now(), user: { ...user, role: "admin", status: "active" } })).toString("base64url");
    expect(openGateUser(`${forged}.${seal}`, token)).toBeUndefined();
  });

  test("a header a client makes up is not accepted, nor an old one replayed", () => {
    expect(openGateUser("eyJhdCI6MH0.AAAA", token)).toBeUndefined();
    expect(openGateUser("garbage", token)).toBeUndefined();
    const now = Date.now();
    expect(openGateUser(sealGateUser(token, user, now - 60_000), token, now)).toBeUndefined();
    expect(openGateUser(sealGateUser(token, user, now + 60_000), token, now)).toBeUndefined();
  });

  test("a missing header means the page looks the session up itself", () => {
    expect(openGateUser(null, token)).toBeUndefined();
  });
});
