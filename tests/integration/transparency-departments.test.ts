import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { concerns, departments, ideas } from "@/db/schema";
import { listDepartmentFigures, monthSpan, shareWithin } from "@/lib/concerns/transparency";
import { uniqueSuffix } from "../support/factories";

const concern = (departmentId: number, createdAt: string, firstAnsweredAt: string | null, visibility: "public" | "private" = "public") => ({
  title: "Gefährliche Kreuzung",
  description: "Die Ampel ist zu kurz.",
  departmentId,
  visibility,
  createdAt: new Date(createdAt),
  firstAnsweredAt: firstAnsweredAt ? new Date(firstAnsweredAt) : null,
});

describe("the departments' response figures on /transparenz", () => {
  test("per department and Berlin month: received, median days to the first answer, share answered within the period", async () => {
    const [department] = await getDb().insert(departments).values({ name: `Straßenamt ${uniqueSuffix()}` }).returning({ id: departments.id });
    const id = department!.id;
    await getDb()
      .insert(concerns)
      .values([
        // Filed 23:30 and answered 00:10 Berlin time: one calendar day, though the same day in UTC.
        concern(id, "2011-03-01T22:30:00Z", "2011-03-01T23:10:00Z"),
        concern(id, "2011-03-10T10:00:00Z", "2011-03-15T10:00:00Z"),
        // Answered after 36 days: late.
        concern(id, "2011-03-05T10:00:00Z", "2011-04-10T10:00:00Z"),
        // Private and never answered: counted (a number only), and late.
        concern(id, "2011-03-20T10:00:00Z", null, "private"),
        // 00:30 on 1 March in Berlin belongs to March, not to February.
        concern(id, "2011-02-28T23:30:00Z", null),
        concern(id, "2011-04-02T10:00:00Z", "2011-04-03T10:00:00Z"),
      ]);
    await getDb()
      .insert(ideas)
      .values([
        { title: "Mehr Bänke", description: "Am Spreeufer", departmentId: id, createdAt: new Date("2011-03-03T12:00:00Z") },
        { title: "Trinkbrunnen", description: "Im Park", departmentId: id, createdAt: new Date("2011-03-30T12:00:00Z") },
      ]);

    const march = (await listDepartmentFigures({ span: monthSpan(2011, 3), answerDays: 21 })).filter((row) => row.departmentId === id);
    expect(march).toEqual([expect.objectContaining({ month: "2011-03", concerns: 5, ideas: 2, medianDays: 5, answeredWithin: 2, decided: 5 })]);
    expect(shareWithin(march[0]!)).toBe(40);

    // Seen from within the period, an open concern is not decided yet.
    const early = (await listDepartmentFigures({ span: monthSpan(2011, 3), answerDays: 21, now: new Date("2011-03-25T12:00:00Z") })).find((row) => row.departmentId === id);
    expect(early).toMatchObject({ decided: 4 });

    // Both months at once, newest first.
    const spring = (await listDepartmentFigures({ span: { from: "2011-03-01", until: "2011-05-01" }, answerDays: 21 })).filter((row) => row.departmentId === id);
    expect(spring.map((row) => [row.month, row.concerns, row.medianDays])).toEqual([
      ["2011-04", 1, 1],
      ["2011-03", 5, 5],
    ]);
  });
});
