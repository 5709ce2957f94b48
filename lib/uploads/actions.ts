"use server";

import { revalidatePath } from "next/cache";
import { isUploadOwnerType } from "@/db/schema/uploads";
import { defineAction } from "@/lib/action/define-action";
import { fail, ok } from "@/lib/action/result";
import type { MaybeActor } from "@/lib/policy";
import { DAILY_UPLOAD_QUOTA, type UploadQuota } from "./limits";
import { attachUpload, removeUpload } from "./mutations";
import { loadUploadOwnerFacts, uploadOwnerPaths } from "./owners";
import { cleanFileName, processUpload } from "./process";
import { loadUploadOwner, uploadUsageSince } from "./queries";
import { attachUploadSchema, uploadIdSchema } from "./schemas";

const DAY_MS = 24 * 60 * 60 * 1000;
const MB = 1024 * 1024;

async function ownerFacts(ownerType: string, ownerId: string, actor: MaybeActor) {
  if (!isUploadOwnerType(ownerType)) return null;
  const owner = await loadUploadOwnerFacts(ownerType, ownerId, actor);
  return owner ? { owner } : null;
}

const quotaReached = (quota: UploadQuota) => fail("upload_quota", { params: { files: quota.files, megabytes: Math.round(quota.bytes / MB) } });

/** Attaches one photo or PDF to a thing (its owner adapter says who may); images need a description. */
export const attachUploadAction = defineAction({
  input: attachUploadSchema,
  rule: "upload.attach",
  subject: ({ ownerType, ownerId }, actor) => ownerFacts(ownerType, ownerId, actor),
  run: async ({ ownerType, ownerId, file, altText }, { actor }) => {
    if (!isUploadOwnerType(ownerType)) return fail("not_found");
    // Checked again, under a lock, when it is stored; this spares decoding a file that will be refused.
    const used = await uploadUsageSince(actor.id, new Date(Date.now() - DAY_MS));
    if (used.files + 1 > DAILY_UPLOAD_QUOTA.files || used.bytes + file.size > DAILY_UPLOAD_QUOTA.bytes) return quotaReached(DAILY_UPLOAD_QUOTA);

    const processed = await processUpload(new Uint8Array(await file.arrayBuffer()), file.name);
    if (typeof processed === "string") return fail("invalid_input", { fieldErrors: { file: [processed] } });
    if (processed.kind === "image" && !altText) return fail("invalid_input", { fieldErrors: { altText: ["altTextRequired"] } });

    const outcome = await attachUpload({ uploaderId: actor.id, ownerType, ownerId, fileName: cleanFileName(file.name), altText: altText || null, receivedBytes: file.size, file: processed });
    if (!outcome.ok) return quotaReached(outcome.quota);
    for (const path of await uploadOwnerPaths(ownerType, ownerId)) revalidatePath(path);
    return ok({ id: outcome.id });
  },
});

export const removeUploadAction = defineAction({
  input: uploadIdSchema,
  rule: "upload.remove",
  subject: async ({ id }, actor) => {
    const upload = await loadUploadOwner(id);
    return upload ? ownerFacts(upload.ownerType, upload.ownerId, actor) : null;
  },
  run: async ({ id }, { actor }) => {
    const upload = await loadUploadOwner(id);
    if (!upload || !(await removeUpload({ actorId: actor.id, id }))) return fail("not_found");
    for (const path of await uploadOwnerPaths(upload.ownerType, upload.ownerId)) revalidatePath(path);
    return ok();
  },
});
