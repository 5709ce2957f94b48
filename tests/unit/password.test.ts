import { describe, expect, test } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

describe("passwords", () => {
  test("a hash verifies its own password and no other", async () => {
    const hash = await hashPassword("Kiez-Passwort 2026");
    expect(await verifyPassword("Kiez-Passwort 2026", hash)).toBe(true);
    expect(await verifyPassword("kiez-passwort 2026", hash)).toBe(false);
    expect(await verifyPassword("Kiez-Passwort 2026 ", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  test("is stored as scrypt with its parameters, a 16-byte salt and a 64-byte key — never the password itself", async () => {
    const hash = await hashPassword("geheim-genug-123");
    const [scheme, n, r, p, salt, key, ...rest] = hash.split("$");
    expect({ scheme, n, r, p, rest }).toEqual({ scheme: "scrypt", n: "32768", r: "8", p: "1", rest: [] });
    expect(Buffer.from(salt!, "base64")).toHaveLength(16);
    expect(Buffer.from(key!, "base64")).toHaveLength(64);
    expect(hash).not.toContain("geheim-genug-123");
  });

  test("the same password hashes differently each time (salted), and both hashes verify", async () => {
    const [a, b] = await Promise.all([hashPassword("zweimal gleich"), hashPassword("zweimal gleich")]);
    expect(a).not.toBe(b);
    expect(await verifyPassword("zweimal gleich", a)).toBe(true);
    expect(await verifyPassword("zweimal gleich", b)).toBe(true);
  });

  test("an account without a password never verifies, whatever is typed", async () => {
    for (const attempt of ["", "password"]) {
      expect(await verifyPassword(attempt, null)).toBe(false);
      expect(await verifyPassword(attempt, undefined)).toBe(false);
    }
  });

  test("a malformed or foreign stored hash never verifies", async () => {
    const hash = await hashPassword("richtig");
    expect(await verifyPassword("richtig", hash.replace(/^scrypt/, "bcrypt"))).toBe(false);
    expect(await verifyPassword("richtig", "richtig")).toBe(false);
    expect(await verifyPassword("richtig", "")).toBe(false);
    expect(await verifyPassword("richtig", hash.split("$").slice(0, 5).join("$"))).toBe(false);
  });

  test("hashes made with other scrypt parameters still verify (parameters can be raised later)", async () => {
    const { scrypt, randomBytes } = await import("node:crypto");
    const salt = randomBytes(16);
    const key = await new Promise<Buffer>((resolve, reject) =>
      scrypt("altes Passwort", salt, 64, { N: 16384, r: 8, p: 1 }, (error, k) => (error ? reject(error) : resolve(k))),
    );
    const oldHash = ["scrypt", 16384, 8, 1, salt.toString("base64"), key.toString("base64")].join("$");
    expect(await verifyPassword("altes Passwort", oldHash)).toBe(true);
    expect(await verifyPassword("neues Passwort", oldHash)).toBe(false);
  });

  test("the same word typed on different keyboards (composed or decomposed umlauts) is the same password", async () => {
    const composed = "Grünau-Köpenick";
    const decomposed = composed.normalize("NFD");
    expect(decomposed).not.toBe(composed);
    expect(await verifyPassword(decomposed, await hashPassword(composed))).toBe(true);
  });
});
