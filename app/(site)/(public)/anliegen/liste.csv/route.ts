import { absoluteUrl } from "@/lib/config/public-origin";
import { concernPath } from "@/lib/concerns/paths";
import { listPublicConcerns } from "@/lib/concerns/queries";
import { csvLine } from "@/lib/http/csv";

const HEADER = ["id", "url", "title", "category", "locality", "department", "status", "created_at", "first_answered_at", "cosignatures"];

/**
 * Open data: every public concern not hidden by moderation, newest first, as CSV — what the public
 * list shows, no person's name (not the author's, not staff's). Streamed page by page along the
 * public list's index, so a district with 200,000 concerns never holds them all in memory.
 */
export function GET() {
  const encoder = new TextEncoder();
  let cursor: string | null = null;
  let started = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${csvLine(HEADER)}`));
        return;
      }
      const page = await listPublicConcerns({ cursor, limit: 100 });
      const lines = page.items.map((c) =>
        csvLine([c.id, absoluteUrl(concernPath(c.id)), c.title, c.categoryName, c.localityName, c.departmentName, c.status, c.createdAt.toISOString(), c.firstAnsweredAt?.toISOString(), c.cosignCount]),
      );
      if (lines.length > 0) controller.enqueue(encoder.encode(lines.join("")));
      cursor = page.nextCursor;
      if (!cursor) controller.close();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="kiezwerk-anliegen.csv"',
      "cache-control": "public, max-age=300",
    },
  });
}
