import { asc, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { concernCategories, departments, localities, spaces } from "@/db/schema";
import { fileConcern } from "@/lib/concerns/mutations";
import { listPublicConcerns } from "@/lib/concerns/queries";
import { createEvent } from "@/lib/spaces/events";
import { listMySpaceEvents, listMySpacePosts } from "@/lib/spaces/mein-kiez";
import { createSpace, joinSpace, setFollowing } from "@/lib/spaces/mutations";
import { createPost, hidePostAsOrganiser } from "@/lib/spaces/stream";
import { toDistrictLocalTime } from "@/lib/time/district-time";
import { createUser, firstLocalityId, uniqueSuffix } from "../support/factories";

const DAY = 24 * 60 * 60 * 1000;

async function newSpace(ownerId: string, visibility: "public" | "private" = "public") {
  return createSpace({
    actorId: ownerId,
    input: { name: `Kiezgarten ${uniqueSuffix()}`, summary: "Gärtnern im Hof", description: "Wir pflanzen.", visibility, joinPolicy: "open", localityIds: [await firstLocalityId()], topicIds: [], partnerDepartmentIds: [], partnerContacts: "" },
    partners: [],
  });
}

async function eventAt(spaceId: string, ownerId: string, start: Date, title: string) {
  return createEvent({
    actorId: ownerId,
    input: { spaceId, title, startsAt: toDistrictLocalTime(start), endsAt: toDistrictLocalTime(new Date(start.getTime() + 3_600_000)), place: "Hof", localityId: "", description: "", capacity: "" },
  });
}

describe("Mein Kiez: my spaces, my localities", () => {
  test("shows the newest posts of spaces I belong to or follow — not my own, not hidden ones, not those of a followed space that became private", async () => {
    const owner = await createUser({ verification: "verified" });
    const me = await createUser({ verification: "verified" });
    const joined = await newSpace(owner.id);
    const followed = await newSpace(owner.id);
    const stranger = await newSpace(owner.id);
    await joinSpace({ spaceId: joined, userId: me.id });
    await setFollowing({ spaceId: followed, userId: me.id, follow: true });

    const inJoined = await createPost({ spaceId: joined, authorId: owner.id, body: "Samstag wird gepflanzt." });
    const mine = await createPost({ spaceId: joined, authorId: me.id, body: "Ich bringe Erde mit." });
    const hidden = await createPost({ spaceId: joined, authorId: owner.id, body: "Werbung" });
    await hidePostAsOrganiser({ actorId: owner.id, spaceId: joined, postId: hidden });
    const inFollowed = await createPost({ spaceId: followed, authorId: owner.id, body: "Neue Beete." });
    await createPost({ spaceId: stranger, authorId: owner.id, body: "Nicht für dich." });

    expect((await listMySpacePosts(me.id)).map((p) => p.id)).toEqual([inFollowed, inJoined]);
    expect((await listMySpacePosts(me.id)).map((p) => p.id)).not.toContain(mine);

    await getDb().update(spaces).set({ visibility: "private" }).where(eq(spaces.id, followed));
    expect((await listMySpacePosts(me.id)).map((p) => p.id)).toEqual([inJoined]);
  });

  test("lists the coming events of my spaces, soonest first, with my answer; past ones drop out", async () => {
    const owner = await createUser({ verification: "verified" });
    const me = await createUser({ verification: "verified" });
    const spaceId = await newSpace(owner.id);
    await joinSpace({ spaceId, userId: me.id });
    const later = await eventAt(spaceId, owner.id, new Date(Date.now() + 5 * DAY), "Pflanzaktion");
    const sooner = await eventAt(spaceId, owner.id, new Date(Date.now() + 1 * DAY), "Planungstreffen");
    await eventAt(spaceId, owner.id, new Date(Date.now() - 3 * DAY), "Vorbei");
    expect((await listMySpaceEvents(me.id)).map((e) => e.id)).toEqual([sooner, later]);
    expect(await listMySpaceEvents((await createUser()).id)).toEqual([]);
  });

  test("concerns are matched by the localities I follow", async () => {
    const author = await createUser({ verification: "verified" });
    const [first, second] = await getDb().select({ id: localities.id }).from(localities).orderBy(asc(localities.sortOrder)).limit(2);
    const [category] = await getDb().select({ id: concernCategories.id }).from(concernCategories).innerJoin(departments, eq(departments.id, concernCategories.departmentId)).limit(1);
    const file = async (localityId: number) => {
      const id = await fileConcern({ authorId: author.id, input: { title: `Laterne defekt ${uniqueSuffix()}`, description: "Seit Tagen dunkel am Abend.", categoryId: category!.id, localityId, place: "", visibility: "public" } });
      if (id === "unknown_category") throw new Error("no category");
      return id;
    };
    const here = await file(first!.id);
    const there = await file(second!.id);
    const ids = (await listPublicConcerns({ localityIds: [first!.id], limit: 100 })).items.map((c) => c.id);
    expect(ids).toContain(here);
    expect(ids).not.toContain(there);
    expect((await listPublicConcerns({ localityIds: [], limit: 100 })).items).toEqual([]);
  });
});
