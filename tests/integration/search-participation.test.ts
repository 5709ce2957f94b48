import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { concernCategories, concerns, departments, ideas, moderationDecisions } from "@/db/schema";
import { fileConcern } from "@/lib/concerns/mutations";
import { submitIdea } from "@/lib/ideas/mutations";
import { searchConcerns, searchIdeas } from "@/lib/search/participation";
import { searchEvents, searchPosts, searchSpaces } from "@/lib/search/spaces";
import { createEvent } from "@/lib/spaces/events";
import { createSpace, joinSpace } from "@/lib/spaces/mutations";
import { createPost, hidePostAsOrganiser } from "@/lib/spaces/stream";
import { toDistrictLocalTime } from "@/lib/time/district-time";
import { createUser, firstLocalityId, uniqueSuffix } from "../support/factories";
import { createModerator } from "../support/moderation-factory";

/** A word no other test writes, so each search sees only this test's rows. */
const marker = () => `kiezwort${uniqueSuffix()}`;

async function roadCategory() {
  const [row] = await getDb()
    .select({ id: concernCategories.id })
    .from(concernCategories)
    .innerJoin(departments, eq(departments.id, concernCategories.departmentId))
    .where(eq(departments.name, "Straßen- und Grünflächenamt"))
    .limit(1);
  return row!.id;
}

async function fileWith(word: string, authorId: string, visibility: "public" | "private") {
  const id = await fileConcern({
    authorId,
    input: { title: `Ampel an der Kreuzung ${word}`, description: "Die Ampeln schalten zu schnell für Kinder.", categoryId: await roadCategory(), localityId: await firstLocalityId(), place: "Bouchéstraße", visibility },
  });
  if (id === "unknown_category") throw new Error("no category");
  return id;
}

async function spaceWith(word: string, ownerId: string, visibility: "public" | "members" | "private") {
  return createSpace({
    actorId: ownerId,
    input: { name: `Laufbus ${word}`, summary: "Gemeinsam zur Schule", description: `Wir begleiten Kinder ${word}.`, visibility, joinPolicy: "open", localityIds: [await firstLocalityId()], topicIds: [], partnerDepartmentIds: [], partnerContacts: "" },
    partners: [],
  });
}

async function eventIn(spaceId: string, ownerId: string, word: string) {
  const start = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000);
  return createEvent({
    actorId: ownerId,
    input: { spaceId, title: `Schulwegbegehung ${word}`, startsAt: toDistrictLocalTime(start), endsAt: toDistrictLocalTime(new Date(start.getTime() + 3_600_000)), place: "Haupteingang", localityId: "", description: "", capacity: "" },
  });
}

/** A moderator's decision to hide the target, as the moderation chain records it. */
async function hideDecision(targetType: "concern" | "idea", targetId: string) {
  const moderator = await createModerator();
  const [row] = await getDb()
    .insert(moderationDecisions)
    .values({ targetType, targetId, moderatorId: moderator.user.id, kind: "hide", ruleKey: "respect", termsVersion: 1, facts: "Beleidigend." })
    .returning({ id: moderationDecisions.id });
  return row!.id;
}

const ids = (page: { items: { id: string }[] }) => page.items.map((hit) => hit.id);

describe("search beyond announcements", () => {
  test("finds public concerns by German word forms; private and hidden ones never", async () => {
    const word = marker();
    const author = await createUser({ verification: "verified" });
    const open = await fileWith(word, author.id, "public");
    const secret = await fileWith(word, author.id, "private");
    const hidden = await fileWith(word, author.id, "public");
    const decisionId = await hideDecision("concern", hidden);
    await getDb().update(concerns).set({ hiddenByDecisionId: decisionId }).where(eq(concerns.id, hidden));

    // "Ampeln" in the text, "Ampel" in the query: the German stemmer matches them.
    const page = await searchConcerns({ q: `${word} Ampeln` });
    expect(ids(page)).toEqual([open]);
    expect(page.items[0]?.title).toContain(word);
    expect(ids(await searchConcerns({ q: word }))).not.toContain(secret);
  });

  test("finds ideas unless a decision hides them", async () => {
    const word = marker();
    const author = await createUser({ verification: "verified" });
    const submit = async () => {
      const id = await submitIdea({ authorId: author.id, input: { title: `Trinkbrunnen am Platz ${word}`, description: "Im Sommer fehlt Wasser für alle.", categoryId: await roadCategory(), localityId: await firstLocalityId() } });
      if (id === "unknown_category") throw new Error("no category");
      return id;
    };
    const shown = await submit();
    const hidden = await submit();
    const decisionId = await hideDecision("idea", hidden);
    await getDb().update(ideas).set({ hiddenByDecisionId: decisionId }).where(eq(ideas.id, hidden));
    expect(ids(await searchIdeas({ q: `${word} Trinkbrunnen` }))).toEqual([shown]);
  });

  test("a private space's name, posts and events are found by its members only", async () => {
    const word = marker();
    const owner = await createUser({ verification: "verified" });
    const neighbour = await createUser({ verification: "verified" });
    const publicSpace = await spaceWith(word, owner.id, "public");
    const membersSpace = await spaceWith(word, owner.id, "members");
    const privateSpace = await spaceWith(word, owner.id, "private");
    for (const spaceId of [publicSpace, privateSpace]) {
      await createPost({ spaceId, authorId: owner.id, body: `Treffpunkt morgen ${word}` });
      await eventIn(spaceId, owner.id, word);
    }

    expect(new Set(ids(await searchSpaces({ q: word, viewerId: null })))).toEqual(new Set([publicSpace]));
    expect(new Set(ids(await searchSpaces({ q: word, viewerId: neighbour.id })))).toEqual(new Set([publicSpace, membersSpace]));
    expect(new Set(ids(await searchSpaces({ q: word, viewerId: owner.id })))).toEqual(new Set([publicSpace, membersSpace, privateSpace]));

    const spacesOf = (page: { items: { spaceId: string }[] }) => new Set(page.items.map((hit) => hit.spaceId));
    expect(spacesOf(await searchPosts({ q: word, viewerId: neighbour.id }))).toEqual(new Set([publicSpace]));
    expect(spacesOf(await searchEvents({ q: `${word} Schulwegbegehung`, viewerId: neighbour.id }))).toEqual(new Set([publicSpace]));
    expect(spacesOf(await searchPosts({ q: word, viewerId: owner.id }))).toEqual(new Set([publicSpace, privateSpace]));
    expect(spacesOf(await searchEvents({ q: word, viewerId: owner.id }))).toEqual(new Set([publicSpace, privateSpace]));

    // Once a member (in the app by invitation), the neighbour finds the private space's posts too.
    await joinSpace({ spaceId: privateSpace, userId: neighbour.id });
    expect(spacesOf(await searchPosts({ q: word, viewerId: neighbour.id }))).toEqual(new Set([publicSpace, privateSpace]));
  });

  test("a post an organiser hid is no longer found", async () => {
    const word = marker();
    const owner = await createUser({ verification: "verified" });
    const spaceId = await spaceWith(word, owner.id, "public");
    const postId = await createPost({ spaceId, authorId: owner.id, body: `Beleidigung ${word}` });
    expect(ids(await searchPosts({ q: word, viewerId: null }))).toEqual([postId]);
    await hidePostAsOrganiser({ actorId: owner.id, spaceId, postId });
    expect(ids(await searchPosts({ q: word, viewerId: null }))).toEqual([]);
  });
});
