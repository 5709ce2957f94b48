/** What a file really is, read from its first bytes (magic numbers); never from its name or the browser's claim. */
export type SniffedType = "jpeg" | "png" | "webp" | "pdf";

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The type of the content, or null when it is none we accept (HTML, SVG, a script, an archive, …). */
export function sniffContentType(bytes: Uint8Array): SniffedType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "webp";
  if (startsWith(bytes, ascii("%PDF-"))) return "pdf";
  return null;
}

const EXTENSIONS: Record<string, SniffedType> = { jpg: "jpeg", jpeg: "jpeg", jfif: "jpeg", png: "png", webp: "webp", pdf: "pdf" };

/**
 * The type a file's name claims, for the names we know; null for any other name. A file whose content
 * is of another type than its name claims ("foto.jpg" that is a PDF) is refused: the person meant
 * something else, or someone is disguising a file.
 */
export function claimedType(fileName: string): SniffedType | null {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return (extension && EXTENSIONS[extension]) || null;
}
