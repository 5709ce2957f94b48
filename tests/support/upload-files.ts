import sharp from "sharp";

/** A photo as a phone takes it: camera make, GPS position, and stored sideways (EXIF orientation 6). */
export async function photoWithGps({ width = 800, height = 400 }: { width?: number; height?: number } = {}) {
  const bytes = await sharp({ create: { width, height, channels: 3, background: { r: 200, g: 60, b: 40 } } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: "KiezCam", Model: "Laufbus 3000" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "52/1 26/1 42/1", GPSLongitudeRef: "E", GPSLongitude: "13/1 34/1 30/1" },
    })
    .toBuffer();
  return new Uint8Array(bytes);
}

/** Whether EXIF data points to a GPS block (tag 0x8825, in either byte order). */
export function hasGpsPointer(exif: Uint8Array | undefined) {
  if (!exif) return false;
  for (let i = 0; i + 1 < exif.length; i++) {
    if ((exif[i] === 0x88 && exif[i + 1] === 0x25) || (exif[i] === 0x25 && exif[i + 1] === 0x88)) return true;
  }
  return false;
}

export const PDF_BYTES = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
export const HTML_BYTES = new TextEncoder().encode("<!doctype html><script>alert(document.cookie)</script>");

export const fileOf = (bytes: Uint8Array, name: string, type = "image/jpeg") => new File([new Uint8Array(bytes)], name, { type });
