import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { localities, spaceEvents } from "@/db/schema";
import { listDistrictEvents } from "@/lib/spaces/district-calendar";
import { createSpace } from "@/lib/spaces/mutations";
import { createUser, uniqueSuffix } from "../support/factories";

const DAY = 24 * 60 * 60 * 1000;

async function space(ownerId: string, visibility: "public" | "members" | "private", localityId: number) {
  const input = { name: `Kiezfest ${uniqueSuffix()}`, summary: "Feiern", description: "Im Park.", visibility, joinPolicy: "open" as const, localityIds: [localityId], topicIds: [], partnerDepartmentIds: [], partnerContacts: "" };
  return createSpace({ actorId: ownerId, input, partners: [] });
}

async function event(spaceId: string, inDays: number, localityId: number | null = null) {
  const startsAt = new Date(Date.now() + inDays * DAY);
  const [row] = await getDb()
    .insert(spaceEvents)
    .values({ spaceId, title: `Treffen ${uniqueSuffix()}`, startsAt, endsAt: new Date(startsAt.getTime() + 2 * 60 * 60 * 1000), place: "Park", localityId, description: "" })
    .returning({ id: spaceEvents.id });
  return row!.id;
}

const ids = async (filter: Parameters<typeof listDistrictEvents>[0] = {}) => (await listDistrictEvents({ limit: 500, ...filter })).items.map((e) => e.id);

describe("the district's calendar", () => {
  test("coming events of public spaces only, by locality (the event's own, else its space's) and first day", async () => {
    const owner = await createUser({ verification: "verified" });
    const [here, there] = (await getDb().select({ id: localities.id }).from(localities).orderBy(localities.id).limit(2)).map((l) => l.id) as [number, number];
    const open = await space(owner.id, "public", here);
    const soon = await event(open, 1);
    const later = await event(open, 9, there);
    const past = await event(open, -2);
    const hidden = [await event(await space(owner.id, "private", here), 1), await event(await space(owner.id, "members", here), 1)];

    const all = await ids();
    expect(all).toEqual(expect.arrayContaining([soon, later]));
    for (const id of [past, ...hidden]) expect(all).not.toContain(id);
    expect(all.indexOf(soon)).toBeLessThan(all.indexOf(later));
    expect(await ids({ localityId: here })).toContain(soon);
    expect(await ids({ localityId: here })).not.toContain(later);
    expect(await ids({ localityId: there })).toContain(later);
    expect(await ids({ from: new Date(Date.now() + 5 * DAY) })).not.toContain(soon);

  });
});
