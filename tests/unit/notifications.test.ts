import { describe, expect, test } from "vitest";
import { SWITCHABLE_KIND_NAMES } from "@/lib/notifications/channels";
import { KINDS, SWITCHABLE_KINDS } from "@/lib/notifications/kinds";
import { isUnsubscribable, resolveChannel } from "@/lib/notifications/preferences";
import { signUnsubscribeToken, UNSUBSCRIBE_TOKEN_DAYS, verifyUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";

const key = "unit-test-secret-0123456789abcdef0123456789";
const now = new Date("2026-12-02T07:00:00Z");
const DAY = 24 * 60 * 60 * 1000;

describe("unsubscribe tokens", () => {
  test("name the person and the kind, and verify within their validity", () => {
    const token = signUnsubscribeToken({ userId: "user-1", kind: "comment_reply", now, key });
    expect(verifyUnsubscribeToken(token, { now: new Date(now.getTime() + DAY), key })).toEqual({ ok: true, userId: "user-1", kind: "comment_reply" });
    expect(verifyUnsubscribeToken(signUnsubscribeToken({ userId: "user-1", kind: "daily", now, key }), { now, key })).toMatchObject({ ok: true, kind: "daily" });
  });

  test("expire after their validity", () => {
    const token = signUnsubscribeToken({ userId: "user-1", kind: "comment_reply", now, key });
    expect(verifyUnsubscribeToken(token, { now: new Date(now.getTime() + (UNSUBSCRIBE_TOKEN_DAYS + 1) * DAY), key })).toEqual({ ok: false, reason: "expired" });
  });

  test("refuse another secret, a changed kind, person or expiry, and garbage", () => {
    const token = signUnsubscribeToken({ userId: "user-1", kind: "comment_reply", now, key });
    expect(verifyUnsubscribeToken(token, { now, key: `${key}x` })).toEqual({ ok: false, reason: "invalid" });
    const [user, , expires, signature] = token.split(".");
    expect(verifyUnsubscribeToken([user, "announcement_published", expires, signature].join("."), { now, key })).toEqual({ ok: false, reason: "invalid" });
    expect(verifyUnsubscribeToken([Buffer.from("user-2").toString("base64url"), "comment_reply", expires, signature].join("."), { now, key })).toEqual({ ok: false, reason: "invalid" });
    expect(verifyUnsubscribeToken([user, "comment_reply", String(Number(expires) + 1e8), signature].join("."), { now, key })).toEqual({ ok: false, reason: "invalid" });
    for (const garbage of ["", "a.b.c", "a.b.c.d", "....", `${token}.x`]) expect(verifyUnsubscribeToken(garbage, { now, key })).toEqual({ ok: false, reason: "invalid" });
  });

  test("cannot be made for an essential kind's name that does not exist", () => {
    const forged = signUnsubscribeToken({ userId: "u", kind: "nonsense" as "comment_reply", now, key });
    expect(verifyUnsubscribeToken(forged, { now, key })).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("preference resolution", () => {
  test("an essential kind is always immediate, whatever is stored", () => {
    for (const kind of ["decision", "report_received", "password_changed", "mediation_opened"] as const) {
      expect(KINDS[kind].essential).toBe(true);
      expect(resolveChannel(kind, "in_app")).toBe("immediate");
      expect(resolveChannel(kind, null)).toBe("immediate");
      expect(isUnsubscribable(kind)).toBe(false);
    }
  });

  test("activity follows the person's choice, and defaults to the daily digest", () => {
    expect(resolveChannel("comment_reply", null)).toBe("daily");
    expect(resolveChannel("announcement_published", undefined)).toBe("daily");
    for (const channel of ["immediate", "daily", "weekly", "in_app"] as const) expect(resolveChannel("comment_reply", channel)).toBe(channel);
    expect(isUnsubscribable("comment_reply")).toBe(true);
  });

  test("the settings form offers exactly the switchable kinds of the registry", () => {
    expect([...SWITCHABLE_KIND_NAMES].sort()).toEqual([...SWITCHABLE_KINDS].sort());
    for (const kind of SWITCHABLE_KINDS) expect(KINDS[kind].digestLine).toBeTypeOf("function");
  });
});
