import "server-only";
import { and, count, eq, max } from "drizzle-orm";
import { getDb } from "@/db/client";
import { concernCategories, concernReplyTemplates, concerns, departments, districtSettings } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";

/** Postgres' unique_violation: two admins adding the same name at once. */
const isUniqueViolation = (error: unknown) => (error as { code?: string; cause?: { code?: string } })?.code === "23505" || (error as { cause?: { code?: string } })?.cause?.code === "23505";

/** Adds a category at the end of the list, with the department that answers it. */
export async function addCategory({ actorId, name, departmentId }: { actorId: string; name: string; departmentId: number }): Promise<"added" | "name_taken" | "unknown_department"> {
  try {
    return await getDb().transaction(async (tx) => {
      const [department] = await tx.select({ id: departments.id }).from(departments).where(eq(departments.id, departmentId));
      if (!department) return "unknown_department";
      const [{ value } = { value: null }] = await tx.select({ value: max(concernCategories.sortOrder) }).from(concernCategories);
      const [row] = await tx.insert(concernCategories).values({ name, departmentId, sortOrder: (value ?? -1) + 1 }).returning({ id: concernCategories.id });
      await recordAudit({ actorId, action: "district.concern_category_added", targetType: "concern_category", targetId: String(row!.id), details: { name } }, tx);
      return "added";
    });
  } catch (error) {
    if (isUniqueViolation(error)) return "name_taken";
    throw error;
  }
}

/** Renames a category or gives it to another department; concerns filed already stay where they are. */
export async function updateCategory({ actorId, id, name, departmentId }: { actorId: string; id: number; name: string; departmentId: number }): Promise<"saved" | "not_found" | "name_taken" | "unknown_department"> {
  try {
    return await getDb().transaction(async (tx) => {
      const [department] = await tx.select({ id: departments.id }).from(departments).where(eq(departments.id, departmentId));
      if (!department) return "unknown_department";
      const [row] = await tx.update(concernCategories).set({ name, departmentId }).where(eq(concernCategories.id, id)).returning({ id: concernCategories.id });
      if (!row) return "not_found";
      await recordAudit({ actorId, action: "district.concern_category_changed", targetType: "concern_category", targetId: String(id), details: { name, departmentId } }, tx);
      return "saved";
    });
  } catch (error) {
    if (isUniqueViolation(error)) return "name_taken";
    throw error;
  }
}

/** Removes a category no concern is filed under; one in use stays (the concerns name it). */
export async function removeCategory({ actorId, id }: { actorId: string; id: number }): Promise<"removed" | "not_found" | "in_use"> {
  return getDb().transaction(async (tx) => {
    const [{ value } = { value: 0 }] = await tx.select({ value: count() }).from(concerns).where(eq(concerns.categoryId, id));
    if (value > 0) return "in_use";
    const [row] = await tx.delete(concernCategories).where(eq(concernCategories.id, id)).returning({ name: concernCategories.name });
    if (!row) return "not_found";
    await recordAudit({ actorId, action: "district.concern_category_removed", targetType: "concern_category", targetId: String(id), details: { name: row.name } }, tx);
    return "removed";
  });
}

export async function setAnswerDays({ actorId, days }: { actorId: string; days: number }) {
  return getDb().transaction(async (tx) => {
    await tx.update(districtSettings).set({ concernAnswerDays: days }).where(eq(districtSettings.id, 1));
    await recordAudit({ actorId, action: "district.concern_settings_changed", targetType: "district", details: { concernAnswerDays: days } }, tx);
  });
}

/** Lets a department's staff handle every department's concerns (or takes it back). */
export async function setHandlesAll({ actorId, departmentId, handlesAll }: { actorId: string; departmentId: number; handlesAll: boolean }): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx.update(departments).set({ handlesAllConcerns: handlesAll }).where(eq(departments.id, departmentId)).returning({ name: departments.name });
    if (!row) return false;
    await recordAudit({ actorId, action: "district.concern_settings_changed", targetType: "department", targetId: String(departmentId), details: { name: row.name, handlesAll } }, tx);
    return true;
  });
}

export async function addReplyTemplate({ actorId, departmentId, title, body }: { actorId: string; departmentId: number; title: string; body: string }) {
  return getDb().transaction(async (tx) => {
    const [row] = await tx.insert(concernReplyTemplates).values({ departmentId, title, body }).returning({ id: concernReplyTemplates.id });
    await recordAudit({ actorId, action: "concern.template_added", targetType: "concern_reply_template", targetId: String(row!.id), details: { title } }, tx);
  });
}

/** Only a template of the actor's own department. */
export async function removeReplyTemplate({ actorId, departmentId, id }: { actorId: string; departmentId: number; id: number }): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .delete(concernReplyTemplates)
      .where(and(eq(concernReplyTemplates.id, id), eq(concernReplyTemplates.departmentId, departmentId)))
      .returning({ title: concernReplyTemplates.title });
    if (!row) return false;
    await recordAudit({ actorId, action: "concern.template_removed", targetType: "concern_reply_template", targetId: String(id), details: { title: row.title } }, tx);
    return true;
  });
}
