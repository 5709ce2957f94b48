import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { spacePosts } from "@/db/schema";
import { can } from "@/lib/policy";
import { spacePath } from "@/lib/spaces/paths";
import { loadSpaceFacts } from "@/lib/spaces/queries";
import type { UploadOwnerAdapter } from "./types";

async function loadPost(postId: string) {
  const [row] = await getDb()
    .select({ spaceId: spacePosts.spaceId, authorId: spacePosts.authorId, hiddenByOrganiserId: spacePosts.hiddenByOrganiserId, hiddenByDecisionId: spacePosts.hiddenByDecisionId })
    .from(spacePosts)
    .where(eq(spacePosts.id, postId));
  return row ?? null;
}

/**
 * Photos and PDFs of a post in a space's stream: seen by whoever reads the space ("space.read", so a
 * private space's are not public by URL), changed by the post's author ("space.post.delete"). A post
 * hidden by its organisers or by moderation shows its files to nobody, as the stream shows it to nobody.
 */
export const spacePostOwner: UploadOwnerAdapter = {
  async loadFacts(ownerId, actor) {
    const post = await loadPost(ownerId);
    const facts = post && (await loadSpaceFacts(post.spaceId, actor?.id ?? null));
    if (!post || !facts) return null;
    if (post.hiddenByOrganiserId !== null || post.hiddenByDecisionId !== null) return { public: false, visibleToActor: false, editableByActor: false };
    return {
      public: facts.space.visibility === "public",
      visibleToActor: can(actor, "space.read", facts),
      editableByActor: can(actor, "space.post.delete", { ...facts, post: { authorId: post.authorId } }),
    };
  },
  async paths(ownerId) {
    const post = await loadPost(ownerId);
    return post ? [spacePath(post.spaceId)] : [];
  },
};
