import "server-only";
import type { UploadOwnerType } from "@/db/schema";
import type { MaybeActor, UploadOwnerFacts } from "@/lib/policy";
import { announcementOwner } from "./announcement";
import type { UploadOwnerAdapter } from "./types";

/**
 * The registry of what files can belong to: one adapter per kind. A new kind (a project space, a post,
 * an event, a concern) adds its name to `uploadOwnerTypes` in db/schema/uploads.ts and its adapter file
 * here (see CONTRIBUTING.md).
 */
const owners: Record<UploadOwnerType, UploadOwnerAdapter> = {
  announcement: announcementOwner,
};

export function loadUploadOwnerFacts(type: UploadOwnerType, id: string, actor: MaybeActor): Promise<UploadOwnerFacts | null> {
  return owners[type].loadFacts(id, actor);
}

export function uploadOwnerPaths(type: UploadOwnerType, id: string): string[] {
  return owners[type].paths(id);
}
