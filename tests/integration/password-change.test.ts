import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { checkCredentials } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { changePassword } from "@/lib/users/mutations";
import { createUser, uniqueSuffix } from "../support/factories";

const OLD = "Sternenfischer-Laufbus-2026";
const NEW = "Dahme-Faehre-Ruderboot-77";

async function accountWithPassword() {
  const tag = uniqueSuffix();
  return createUser({ email: `pw-${tag}@kiezwerk.example`, username: `pw_${tag}`, displayName: "Paula Wendt", passwordHash: await hashPassword(OLD) });
}

const storedHash = async (id: string) => (await getDb().select({ hash: users.passwordHash }).from(users).where(eq(users.id, id)))[0]!.hash;

describe("changing a password", () => {
  test("needs the current password when the session is not fresh, and refuses a wrong one", async () => {
    const account = await accountWithPassword();
    const before = await storedHash(account.id);
    expect(await changePassword({ userId: account.id, password: NEW, sessionIsFresh: false })).toEqual({ outcome: "current_required" });
    expect(await changePassword({ userId: account.id, currentPassword: "geraten-123456", password: NEW, sessionIsFresh: false })).toEqual({ outcome: "current_wrong" });
    expect(await storedHash(account.id)).toBe(before);

    const saved = await changePassword({ userId: account.id, currentPassword: OLD, password: NEW, sessionIsFresh: false });
    expect(saved).toMatchObject({ outcome: "saved", email: account.email, displayName: "Paula Wendt" });
    expect(await checkCredentials(account.username!, NEW)).toEqual({ userId: account.id });
    expect(await checkCredentials(account.username!, OLD)).toBeNull();
  });

  test("after a fresh sign-in (e.g. by e-mail link after forgetting it) the current password is not needed", async () => {
    const account = await accountWithPassword();
    expect(await changePassword({ userId: account.id, password: NEW, sessionIsFresh: true })).toMatchObject({ outcome: "saved" });
    expect(await checkCredentials(account.email, NEW)).toEqual({ userId: account.id });
  });

  test("a first password needs no current one", async () => {
    const tag = uniqueSuffix();
    const account = await createUser({ email: `erst-${tag}@kiezwerk.example`, username: `erst_${tag}` });
    expect(await changePassword({ userId: account.id, password: NEW, sessionIsFresh: false })).toMatchObject({ outcome: "saved" });
  });

  test.each(["passwort1234", "hallo123456", "qwertzuiop1", "1234567890"])("refuses the guessable %s", async (weak) => {
    const account = await accountWithPassword();
    expect(await changePassword({ userId: account.id, currentPassword: OLD, password: weak, sessionIsFresh: false })).toEqual({ outcome: "too_weak" });
    expect(await checkCredentials(account.username!, OLD)).toEqual({ userId: account.id });
  });

  test("refuses a password built from the person's own name or address", async () => {
    const account = await accountWithPassword();
    expect(await changePassword({ userId: account.id, currentPassword: OLD, password: `${account.username}2026`, sessionIsFresh: false })).toEqual({ outcome: "too_weak" });
  });
});
