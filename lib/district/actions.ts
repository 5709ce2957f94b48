"use server";

import { revalidatePath } from "next/cache";
import { renewEveryPage } from "@/lib/cache/renew-every-page";
import { defineAction } from "@/lib/action/define-action";
import { fail, ok } from "@/lib/action/result";
import {
  addCatalogEntry,
  addOfficialDomain,
  moveCatalogEntry,
  sortCatalogEntries,
  removeCatalogEntry,
  removeOfficialDomain,
  renameCatalogEntry,
  updateDistrictSettings,
} from "./mutations";
import {
  addCatalogEntrySchema,
  addOfficialDomainSchema,
  districtSettingsSchema,
  moveCatalogEntrySchema,
  sortCatalogEntriesSchema,
  removeCatalogEntrySchema,
  removeOfficialDomainSchema,
  renameCatalogEntrySchema,
} from "./schemas";
import { ADMIN_PATH } from "@/lib/users/paths";

// Names, localities and topics show on every page (header, title, forms): refresh them all.

export const updateDistrictSettingsAction = defineAction({
  input: districtSettingsSchema,
  rule: "admin.settings.update",
  run: async (values, { actor }) => {
    const { changed } = await updateDistrictSettings({ actorId: actor.id, values });
    if (changed.length > 0) renewEveryPage();
    return ok({ changed: changed.length });
  },
});

export const addCatalogEntryAction = defineAction({
  input: addCatalogEntrySchema,
  rule: "admin.settings.update",
  run: async (input, { actor }) => {
    const result = await addCatalogEntry({ actorId: actor.id, ...input });
    if (result.outcome === "exists") return fail("invalid_input", { fieldErrors: { name: ["nameExists"] } });
    renewEveryPage();
    return ok();
  },
});

export const renameCatalogEntryAction = defineAction({
  input: renameCatalogEntrySchema,
  rule: "admin.settings.update",
  run: async (input, { actor }) => {
    const outcome = await renameCatalogEntry({ actorId: actor.id, ...input });
    if (outcome === "not_found") return fail("not_found");
    if (outcome === "exists") return fail("invalid_input", { fieldErrors: { name: ["nameExists"] } });
    if (outcome === "renamed") renewEveryPage();
    return ok();
  },
});

export const moveCatalogEntryAction = defineAction({
  input: moveCatalogEntrySchema,
  rule: "admin.settings.update",
  run: async (input, { actor }) => {
    const outcome = await moveCatalogEntry({ actorId: actor.id, ...input });
    if (outcome === "not_found") return fail("not_found");
    if (outcome === "moved") renewEveryPage();
    return ok();
  },
});

export const sortCatalogEntriesAction = defineAction({
  input: sortCatalogEntriesSchema,
  rule: "admin.settings.update",
  run: async ({ kind }, { actor }) => {
    if ((await sortCatalogEntries({ actorId: actor.id, kind })) === "sorted") renewEveryPage();
    return ok();
  },
});

export const removeCatalogEntryAction = defineAction({
  input: removeCatalogEntrySchema,
  rule: "admin.settings.update",
  run: async (input, { actor }) => {
    const outcome = await removeCatalogEntry({ actorId: actor.id, ...input });
    if (outcome === "not_found") return fail("not_found");
    if (outcome === "in_use") return fail("invalid_input", { fieldErrors: { id: ["entryInUse"] } });
    renewEveryPage();
    return ok();
  },
});

export const addOfficialDomainAction = defineAction({
  input: addOfficialDomainSchema,
  rule: "admin.settings.update",
  run: async ({ domain }, { actor }) => {
    const outcome = await addOfficialDomain({ actorId: actor.id, domain });
    if (outcome === "exists") return fail("invalid_input", { fieldErrors: { domain: ["domainExists"] } });
    revalidatePath(ADMIN_PATH, "layout");
    return ok();
  },
});

export const removeOfficialDomainAction = defineAction({
  input: removeOfficialDomainSchema,
  rule: "admin.settings.update",
  run: async ({ domain }, { actor }) => {
    const outcome = await removeOfficialDomain({ actorId: actor.id, domain });
    if (outcome === "not_found") return fail("not_found");
    revalidatePath(ADMIN_PATH, "layout");
    return ok();
  },
});
