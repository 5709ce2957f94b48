import { revalidatePath } from "next/cache";
import { HOME_PATH } from "@/lib/http/paths";

/**
 * Renews every page at once, visitors' cached copies included: for writes that hide content (a
 * moderation decision, a suspension, a deleted account) or change what every page shows (the
 * district's settings, new terms, the header of the person who wrote).
 */
export function renewEveryPage() {
  revalidatePath(HOME_PATH, "layout");
}
