import "server-only";
import { isUploadOwnerType } from "@/db/schema/uploads";
import { can, type MaybeActor } from "@/lib/policy";
import { loadUploadOwnerFacts } from "./owners";
import { loadUploadForServing } from "./queries";
import { storageKey, uploadStorage } from "./storage";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });

/** `filename` for old clients (ASCII only), `filename*` with the real name (RFC 6266). */
function contentDisposition(type: "inline" | "attachment", name: string) {
  const ascii = name.normalize("NFKD").replace(/[^\x20-\x7e]/g, "").replace(/["\\]/g, "") || "datei";
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * One variant of an upload, for a viewer who may see the thing it belongs to (its owner adapter and
 * the "upload.view" rule decide); anyone else gets the same 404 as for a file that does not exist.
 * Public things' files may be cached briefly by anyone; everything else only by the viewer's browser.
 */
export async function serveUpload({ id, variant, viewer, ifNoneMatch }: { id: string; variant: string; viewer: MaybeActor; ifNoneMatch: string | null }) {
  const upload = await loadUploadForServing(id);
  if (!upload || !isUploadOwnerType(upload.ownerType)) return notFound();
  const stored = upload.variants.find((v) => v.name === variant);
  if (!stored) return notFound();
  const owner = await loadUploadOwnerFacts(upload.ownerType, upload.ownerId, viewer);
  if (!owner || !can(viewer, "upload.view", { owner })) return notFound();

  // A stored variant never changes (a new file gets a new id), so its id names its content.
  const etag = `"${id}-${variant}"`;
  const headers = {
    // Always revalidated (a 304 costs one lookup): a file whose owner is hidden by moderation must
    // not outlive the hide in a browser's or a proxy's cache.
    "Cache-Control": owner.public ? "public, no-cache" : "private, no-cache",
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
    Vary: "Cookie",
  };
  if (ifNoneMatch === etag) return new Response(null, { status: 304, headers });

  const bytes = await uploadStorage().get(storageKey(id, variant));
  if (!bytes) return notFound();
  const isPdf = upload.kind === "pdf";
  const name = isPdf ? `${upload.fileName}.pdf` : `${upload.fileName}-${variant}.webp`;
  return new Response(Buffer.from(bytes), {
    headers: {
      ...headers,
      "Content-Type": stored.contentType,
      "Content-Length": String(bytes.byteLength),
      // A PDF is downloaded, never shown in our origin; an image is shown where it is embedded.
      "Content-Disposition": contentDisposition(isPdf ? "attachment" : "inline", name),
    },
  });
}
