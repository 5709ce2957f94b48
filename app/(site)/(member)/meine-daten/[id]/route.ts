import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";
import { loadExportFacts, readOwnExport } from "@/lib/privacy/export/store";
import { exportIdSchema } from "@/lib/privacy/schemas";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

/** One finished export, only for its owner; anyone else (and an expired or unknown id) gets 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const parsed = exportIdSchema.safeParse(await params);
  if (!parsed.success) return notFound();
  const user = await getSessionUser();
  const facts = await loadExportFacts(parsed.data.id);
  if (!user || !facts || !can(user, "account.downloadExport", { export: facts })) return notFound();
  const found = await readOwnExport(parsed.data.id, user.id);
  if (!found) return notFound();
  const day = found.createdAt.toISOString().slice(0, 10);
  return new Response(Buffer.from(found.zip), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="kiezwerk-meine-daten-${day}.zip"`,
      "Content-Length": String(found.zip.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
