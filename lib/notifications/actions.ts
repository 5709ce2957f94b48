"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/action/define-action";
import { ok } from "@/lib/action/result";
import { markNotificationsRead, retryDeliveries, saveNotificationSettings } from "./mutations";
import { DELIVERY_ADMIN_PATH, NOTIFICATION_SETTINGS_PATH, NOTIFICATIONS_PATH } from "./paths";
import { notificationSettingsSchema } from "./schemas";

export const markNotificationsReadAction = defineAction({
  // Without ids: all of them ("Alle als gelesen markieren"); with ids: those the list showed on opening.
  input: z.object({ ids: z.array(z.uuid()).max(100).optional() }),
  rule: "notification.read",
  run: async ({ ids }, { actor }) => {
    await markNotificationsRead(actor.id, ids);
    revalidatePath(NOTIFICATIONS_PATH);
    return ok();
  },
});

export const saveNotificationSettingsAction = defineAction({
  input: notificationSettingsSchema,
  rule: "notification.preferences",
  run: async (input, { actor }) => {
    await saveNotificationSettings(actor.id, input);
    revalidatePath(NOTIFICATION_SETTINGS_PATH);
    return ok();
  },
});

export const retryDeliveryAction = defineAction({
  input: z.object({ id: z.uuid() }),
  rule: "admin.delivery.manage",
  run: async ({ id }) => {
    await retryDeliveries([id]);
    revalidatePath(DELIVERY_ADMIN_PATH);
    return ok();
  },
});
