import "server-only";
import sharp from "sharp";
import type { UploadKind, UploadVariant } from "@/db/schema";
import { claimedType, sniffContentType } from "./content-type";
import { IMAGE_WIDTHS, MAX_IMAGE_PIXELS } from "./limits";

export interface ProcessedFile {
  kind: UploadKind;
  variants: Array<UploadVariant & { data: Uint8Array }>;
}

/** Why a file was refused, as a field-error key (uploads.validation.*). */
export type ContentRefusal = "unsupportedType" | "typeMismatch" | "unreadableImage";

/**
 * Checks what the file is by its content and prepares what is stored: an image is decoded, turned
 * upright by its EXIF orientation, and re-encoded as WebP in each width of IMAGE_WIDTHS — sharp writes
 * no metadata unless asked, so EXIF, GPS and camera data are gone. A PDF is stored as it came.
 */
export async function processUpload(bytes: Uint8Array, fileName: string): Promise<ProcessedFile | ContentRefusal> {
  const type = sniffContentType(bytes);
  if (!type) return "unsupportedType";
  const claimed = claimedType(fileName);
  if (claimed && claimed !== type) return "typeMismatch";
  if (type === "pdf") {
    return { kind: "pdf", variants: [{ name: "original", contentType: "application/pdf", width: null, height: null, bytes: bytes.byteLength, data: bytes }] };
  }
  const input = () => sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "error" });
  try {
    const metadata = await input().metadata();
    // The first bytes and the decoder must agree: a JPEG header on something else is refused.
    if (metadata.format !== type) return "unreadableImage";
    const variants: ProcessedFile["variants"] = [];
    for (const width of IMAGE_WIDTHS) {
      const { data, info } = await input().rotate().resize({ width, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer({ resolveWithObject: true });
      // A small picture is not enlarged: one variant serves every width it reaches.
      if (variants.some((v) => v.width === info.width)) continue;
      variants.push({ name: String(width), contentType: "image/webp", width: info.width, height: info.height, bytes: data.byteLength, data: new Uint8Array(data) });
    }
    return { kind: "image", variants };
  } catch {
    return "unreadableImage";
  }
}

/** The file's name without path, control characters or extension, for the download's name. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const withoutExtension = base.replace(/\.[A-Za-z0-9]{1,5}$/, "");
  const cleaned = withoutExtension.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "").trim().slice(0, 100);
  return cleaned || "datei";
}
