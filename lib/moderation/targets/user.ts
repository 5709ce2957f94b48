import "server-only";
import { inArray } from "drizzle-orm";
import { users } from "@/db/schema";
import { memberProfilePath } from "@/lib/users/paths";
import { personColumns, toLivePerson } from "../person";
import type { ModerationTarget, TargetAdapter } from "./types";

/** An account itself (its profile): it is its own author and cannot be hidden, only its owner warned or suspended. */
export const userTarget: TargetAdapter = {
  async loadMany(ids, db) {
    const rows = await db
      .select({ ...personColumns(users), createdAt: users.createdAt })
      .from(users)
      .where(inArray(users.id, [...ids]));
    return rows.flatMap((row): ModerationTarget[] => {
      const account = toLivePerson(row);
      // A deleted account, or one that never completed its profile, has no page to report.
      if (!account || !account.username) return [];
      return [
        {
          type: "user",
          id: row.id,
          author: account,
          text: null,
          context: null,
          href: memberProfilePath(row.id),
          createdAt: row.createdAt,
          hideable: false,
          hiddenByDecisionId: null,
        },
      ];
    });
  },
};
