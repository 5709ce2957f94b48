import { getSessionUser } from "@/lib/auth/session";
import { serveUpload } from "@/lib/uploads/serve";

/** An uploaded file, only for those who may see the thing it belongs to (lib/uploads/serve.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; variant: string }> }) {
  const { id, variant } = await params;
  return serveUpload({ id, variant, viewer: await getSessionUser(), ifNoneMatch: request.headers.get("if-none-match") });
}
