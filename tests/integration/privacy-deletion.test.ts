import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { pgTable, text } from "drizzle-orm/pg-core";
import { announcementComments, rateLimits, users, verificationTokens } from "@/db/schema";
import { checkCredentials } from "@/lib/auth/credentials";
import { listComments } from "@/lib/announcements/comments/queries";
import { deleteAccount, deletedEmail } from "@/lib/privacy/delete-account";
import { PERSONAL_DATA_WITHOUT_USER_COLUMN, PERSONAL_TABLES, USER_COLUMNS } from "@/lib/privacy/personal-data-map";
import { isUsernameRetired } from "@/lib/privacy/retired-usernames";
import { loadOwnAccountFacts } from "@/lib/privacy/account-facts";
import { completeProfile } from "@/lib/users/mutations";
import { readAnnouncement } from "../support/announcement-factory";
import { createUser, currentTermsVersion, firstLocalityId, readUser } from "../support/factories";
import { createPersonWithData, describeTable, PASSWORD, schemaTables } from "../support/privacy-fixture";

const countWhere = async (table: string, column: string, value: string) => {
  const rows = await getDb().execute(sql`select count(*)::int as n from ${sql.identifier(table)} where ${sql.identifier(column)} = ${value}`);
  return Number((rows as unknown as { n: number }[])[0]!.n);
};

describe("the personal-data map knows the schema", () => {
  test("every table with a column referring to a person is listed, with every such column", () => {
    const unknown: string[] = [];
    for (const table of schemaTables()) {
      if (table.userColumns.length === 0 && table.name !== "users") continue;
      const entry = PERSONAL_TABLES[table.name];
      if (!entry) {
        unknown.push(`${table.name} (${table.userColumns.join(", ")})`);
        continue;
      }
      const expected = table.name === "users" ? ["id"] : table.userColumns;
      expect(Object.keys(entry.userColumns).sort(), `user columns of ${table.name} in lib/privacy/personal-data-map.ts`).toEqual([...expected].sort());
    }
    expect(unknown, "tables referring to users.id missing from PERSONAL_TABLES (lib/privacy/personal-data-map.ts)").toEqual([]);
  });

  test("every column of users is either erased or kept with a reason", () => {
    const usersTable = schemaTables().find((t) => t.name === "users")!;
    expect(Object.keys(USER_COLUMNS).sort()).toEqual([...usersTable.columns].sort());
  });

  test("the walk sees a new table's reference to a person, so such a table cannot slip past the map", () => {
    const probe = pgTable("probe_new_feature", { id: text().primaryKey(), ownerId: text().references(() => users.id) });
    const described = describeTable(probe);
    expect(described.userColumns).toEqual(["owner_id"]);
    expect(PERSONAL_TABLES[described.name]).toBeUndefined();
  });

  test("the map names no table that does not exist", () => {
    const names = new Set(schemaTables().map((t) => t.name));
    expect([...Object.keys(PERSONAL_TABLES), ...Object.keys(PERSONAL_DATA_WITHOUT_USER_COLUMN)].filter((name) => !names.has(name))).toEqual([]);
  });
});

describe("deleting one's account", () => {
  test("leaves no personal column of the person anywhere, and keeps the public comment as 'gelöschtes Mitglied'", async () => {
    const data = await createPersonWithData();
    const { person } = data;
    expect(await deleteAccount({ userId: person.id, deleteComments: false })).toBe(true);

    // Rows that point at the person are deleted, or kept pointing at the anonymised account as the map says.
    for (const [table, entry] of Object.entries(PERSONAL_TABLES)) {
      for (const [column, onDelete] of Object.entries(entry.userColumns)) {
        if (onDelete.do === "delete") expect(await countWhere(table, column, person.id), `${table}.${column}`).toBe(0);
      }
    }
    // The account row itself: every personal column erased.
    const row = await readUser(person.id);
    const raw = (await getDb().execute(sql`select * from users where id = ${person.id}`)) as unknown as Record<string, unknown>[];
    for (const [column, what] of Object.entries(USER_COLUMNS)) {
      if (what !== "erase") continue;
      const value = raw[0]![column];
      if (column === "email") expect(value).toBe(deletedEmail(person.id));
      else expect(value, `users.${column}`).toBeNull();
    }
    expect(row.status).toBe("deleted");
    expect(JSON.stringify(raw[0])).not.toContain(data.tag);
    expect(JSON.stringify(raw[0])).not.toContain("Datensatz");

    // Personal data held without a user column: the sign-in links and counters for the address.
    expect(await getDb().select().from(verificationTokens).where(eq(verificationTokens.identifier, data.email))).toEqual([]);
    const counters = await getDb().select({ key: rateLimits.key }).from(rateLimits);
    expect(counters.filter((c) => c.key.includes(data.email) || c.key.includes(person.id))).toEqual([]);
    // The office's note about the person on the code they redeemed.
    const notes = (await getDb().execute(sql`select note from verification_codes where used_by_id = ${person.id}`)) as unknown as { note: string | null }[];
    expect(notes).toEqual([{ note: null }]);

    // The comment stays, attributed to a deleted member.
    const page = await listComments({ announcementId: data.announcement.id, viewerId: null });
    const mine = page.items.find((c) => c.id === data.comment.id);
    expect(mine?.body).toBe(data.commentBody);
    expect(mine?.author).toMatchObject({ deleted: true, displayName: null });
    expect(mine?.author).not.toHaveProperty("username");
  });

  test("the person cannot sign in, the username stays reserved, and the e-mail address can join anew", async () => {
    const { person, email, username } = await createPersonWithData();
    expect(await checkCredentials(username, PASSWORD)).toEqual({ userId: person.id });
    await deleteAccount({ userId: person.id, deleteComments: false });

    expect(await checkCredentials(username, PASSWORD)).toBeNull();
    expect(await checkCredentials(email, PASSWORD)).toBeNull();
    expect(await isUsernameRetired(username.toUpperCase())).toBe(true);

    const again = await createUser({ email, profileComplete: false });
    expect(again.id).not.toBe(person.id);
    const profile = { userId: again.id, displayName: "Neu", localityId: await firstLocalityId(), termsVersion: await currentTermsVersion() };
    expect(await completeProfile({ ...profile, username })).toBe(false);
    expect(await completeProfile({ ...profile, username: `${username}_neu` })).toBe(true);
  });

  test("with the choice to delete the comments too, they are gone and no longer counted", async () => {
    const { person, comment, announcement } = await createPersonWithData();
    const before = await readAnnouncement(announcement.id);
    await deleteAccount({ userId: person.id, deleteComments: true });
    expect(await getDb().select().from(announcementComments).where(eq(announcementComments.id, comment.id))).toEqual([]);
    expect((await readAnnouncement(announcement.id)).commentCount).toBe(before.commentCount - 1);
  });

  test("a second deletion of the same account does nothing", async () => {
    const { person } = await createPersonWithData();
    expect(await deleteAccount({ userId: person.id, deleteComments: false })).toBe(true);
    expect(await deleteAccount({ userId: person.id, deleteComments: false })).toBe(false);
  });
});

describe("the last active admin", () => {
  test("cannot delete their account while no other admin is active", async () => {
    const admin = await createUser({ role: "admin", verification: "verified" });
    const other = await createUser({ role: "admin", verification: "verified" });
    expect(await loadOwnAccountFacts(admin.id)).toEqual({ account: { lastActiveAdmin: false } });
    const seen: unknown[] = [];
    // Other tests' admins (and the demo admin) are active too: the case is set up, read and rolled back in one transaction.
    await getDb()
      .transaction(async (tx) => {
        await tx.update(users).set({ status: "suspended" }).where(sql`${users.role} = 'admin' and ${users.id} <> ${admin.id}`);
        seen.push(await loadOwnAccountFacts(admin.id, tx));
        await tx.update(users).set({ status: "active" }).where(eq(users.id, other.id));
        seen.push(await loadOwnAccountFacts(admin.id, tx));
        tx.rollback();
      })
      .catch(() => undefined);
    expect(seen).toEqual([{ account: { lastActiveAdmin: true } }, { account: { lastActiveAdmin: false } }]);
    // A member is never the last admin.
    expect(await loadOwnAccountFacts((await createUser()).id)).toEqual({ account: { lastActiveAdmin: false } });
  });

  test("two admins deleting their accounts at once: one goes, the other stays as the last admin", async () => {
    const first = await createUser({ role: "admin", verification: "verified" });
    const second = await createUser({ role: "admin", verification: "verified" });
    // Integration files run one at a time: the other admins step aside for this test and come back.
    const others = await getDb()
      .update(users)
      .set({ status: "suspended" })
      .where(sql`${users.role} = 'admin' and ${users.status} = 'active' and ${users.id} not in (${first.id}, ${second.id})`)
      .returning({ id: users.id });
    try {
      // Both passed the rule before either transaction began.
      expect((await loadOwnAccountFacts(first.id))?.account.lastActiveAdmin).toBe(false);
      expect((await loadOwnAccountFacts(second.id))?.account.lastActiveAdmin).toBe(false);
      const outcomes = await Promise.all([deleteAccount({ userId: first.id, deleteComments: false }), deleteAccount({ userId: second.id, deleteComments: false })]);
      expect([...outcomes].sort()).toEqual([true, "last_admin"].sort());
      const statuses = await getDb().select({ status: users.status }).from(users).where(sql`${users.id} in (${first.id}, ${second.id})`);
      expect(statuses.map((row) => row.status).sort()).toEqual(["active", "deleted"]);
    } finally {
      if (others.length > 0) await getDb().update(users).set({ status: "active" }).where(inArray(users.id, others.map((row) => row.id)));
    }
  });
});
