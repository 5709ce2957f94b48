import { beforeAll, describe, expect, test } from "vitest";
import { checkCredentials } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { createUser, uniqueSuffix } from "../support/factories";

const PASSWORD = "Sternenfischer-2026";

describe("signing in with username or e-mail and password", () => {
  let account: { id: string; email: string; username: string };
  let withoutPassword: { email: string; username: string };

  beforeAll(async () => {
    const tag = uniqueSuffix();
    const user = await createUser({
      email: `anton-${tag}@kiezwerk.example`,
      username: `Anton_${tag}`,
      passwordHash: await hashPassword(PASSWORD),
    });
    account = { id: user.id, email: user.email, username: user.username! };
    const linkOnly = await createUser({ email: `nur-link-${tag}@kiezwerk.example`, username: `nurlink_${tag}` });
    withoutPassword = { email: linkOnly.email, username: linkOnly.username! };
  });

  test.each([
    ["the username as registered", () => account.username],
    ["the username in lower case", () => account.username.toLowerCase()],
    ["the username in upper case", () => account.username.toUpperCase()],
    ["the e-mail address", () => account.email],
    ["the e-mail address in upper case", () => account.email.toUpperCase()],
  ])("accepts %s with the right password", async (_label, identifier) => {
    expect(await checkCredentials(identifier(), PASSWORD)).toEqual({ userId: account.id });
  });

  test.each([
    ["a wrong password", () => [account.username, "sternenfischer-2026"]],
    ["an empty password", () => [account.email, ""]],
    ["an unknown username", () => [`niemand_${uniqueSuffix()}`, PASSWORD]],
    ["an unknown e-mail address", () => [`niemand-${uniqueSuffix()}@kiezwerk.example`, PASSWORD]],
    ["an account that signs in by link only (no password set)", () => [withoutPassword.username, PASSWORD]],
    ["the same, by e-mail and an empty password", () => [withoutPassword.email, ""]],
  ])("refuses %s with the same answer (null), so it does not tell what was wrong", async (_label, input) => {
    const [identifier, password] = input();
    expect(await checkCredentials(identifier!, password!)).toBeNull();
  });
});
