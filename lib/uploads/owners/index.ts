import "server-only";
import type { UploadOwnerType } from "@/db/schema";
import type { MaybeActor, UploadOwnerFacts } from "@/lib/policy";
import { announcementOwner } from "./announcement";
import { concernOwner } from "./concern";
import { spaceOwner } from "./space";
import { spaceEventOwner } from "./space-event";
import { spacePostOwner } from "./space-post";
import type { UploadOwnerAdapter } from "./types";

/**
 * The registry of what files can belong to: one adapter per kind. A new kind (a project space, a post,
 * an event, a concern) adds its name to `uploadOwnerTypes` in db/schema/uploads.ts and its adapter file
 * here (see CONTRIBUTING.md).
 */
const owners: Record<UploadOwnerType, UploadOwnerAdapter> = {
  announcement: announcementOwner,
  concern: concernOwner,
  space: spaceOwner,
  space_post: spacePostOwner,
  space_event: spaceEventOwner,
};

export function loadUploadOwnerFacts(type: UploadOwnerType, id: string, actor: MaybeActor): Promise<UploadOwnerFacts | null> {
  return owners[type].loadFacts(id, actor);
}

export async function uploadOwnerPaths(type: UploadOwnerType, id: string): Promise<string[]> {
  return owners[type].paths(id);
}
