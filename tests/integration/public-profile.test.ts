import { describe, expect, test } from "vitest";
import { listComments } from "@/lib/announcements/comments/queries";
import { loadTarget } from "@/lib/moderation/targets";
import { memberProfilePath } from "@/lib/users/paths";
import { getPublicProfile } from "@/lib/users/profile";
import { createAnnouncement, createComment } from "../support/announcement-factory";
import { createUser } from "../support/factories";

// The username is the sign-in name: profile completion says only the display name and the locality
// are public, so nothing public carries it, and the profile is addressed by the account id.

describe("the public profile", () => {
  test("is found by account id and holds display name, locality, badges and since when — not the username, not the e-mail", async () => {
    const user = await createUser();
    const profile = await getPublicProfile(user.id);
    expect(profile).not.toBeNull();
    expect(Object.keys(profile!).sort()).toEqual(["displayName", "id", "locality", "memberSince", "role", "verification"]);
    expect(profile!.locality).toEqual(expect.any(String));
    expect(JSON.stringify(profile)).not.toContain(user.username!);
    expect(JSON.stringify(profile)).not.toContain(user.email);
    expect(memberProfilePath(user.id)).toBe(`/mitglieder/${user.id}`);
  });

  test("the sign-in name does not find a profile, and unfinished or deleted accounts have none", async () => {
    const user = await createUser();
    const unfinished = await createUser({ profileComplete: false });
    const deleted = await createUser({ status: "deleted" });
    expect(await getPublicProfile(user.username!)).toBeNull();
    expect(await getPublicProfile(unfinished.id)).toBeNull();
    expect(await getPublicProfile(deleted.id)).toBeNull();
    expect(await getPublicProfile("x".repeat(65))).toBeNull();
  });

  test("a comment's author and a reported account link to the profile by id, and a public comment list carries no username", async () => {
    const author = await createUser();
    const announcement = await createAnnouncement();
    await createComment({ announcementId: announcement.id, authorId: author.id, body: "Danke für die Information!" });
    const page = await listComments({ announcementId: announcement.id });
    expect(page.items.map((c) => c.author?.id)).toEqual([author.id]);
    expect(JSON.stringify(page.items)).not.toContain(author.username!);
    expect((await loadTarget("user", author.id))?.href).toBe(memberProfilePath(author.id));
  });
});
