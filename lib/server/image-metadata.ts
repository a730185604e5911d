import "server-only";
import type { Metadata } from "sharp";
import type { FileKind } from "@/lib/domain/file-type";
import { UserError } from "@/lib/server/errors";

// Photos taken with a phone (KTP scans, evidence) carry EXIF: the place (GPS), the time, the device.
// None of it is needed to serve the request, so uploaded images are decoded and written anew with
// sharp, which keeps the pixels and drops every metadata block (EXIF, XMP, IPTC, PNG text chunks)
// (OWASP ASVS 12.x, data minimisation). The picture is first turned upright by its EXIF orientation,
// since that tag goes too. Writing anew also removes anything appended to the image data.

/** Enough for a 48-megapixel phone photo; bigger is refused before it is decoded (decompression bombs). */
export const MAX_IMAGE_PIXELS = 64_000_000;

const UNREADABLE = "Gambar tidak dapat dibaca. Unggah ulang foto atau pindaian dalam format JPG atau PNG.";
const TOO_BIG = `Gambar terlalu besar (maksimal ${MAX_IMAGE_PIXELS / 1_000_000} megapiksel). Perkecil gambar, lalu unggah lagi.`;

/** The image without metadata, same format; other kinds come back untouched. */
export async function stripImageMetadata(bytes: Uint8Array, kind: FileKind, field: string): Promise<Uint8Array> {
  if (kind !== "jpg" && kind !== "png") return bytes;
  const fail = (message: string) => new UserError("INVALID_INPUT", message, { [field]: message });
  // Loaded on the first upload, not with every page that links to the storage (libvips is native
  // memory the portal otherwise does not need).
  const { default: sharp } = await import("sharp");
  let info: Metadata;
  try {
    info = await sharp(bytes).metadata();
  } catch {
    throw fail(UNREADABLE);
  }
  if ((info.width ?? 0) * (info.height ?? 0) > MAX_IMAGE_PIXELS) throw fail(TOO_BIG);
  try {
    // failOn "error": a photo cut short by a phone still loads, as it does in a browser.
    const image = sharp(bytes, { failOn: "error", limitInputPixels: MAX_IMAGE_PIXELS }).rotate();
    const out = kind === "jpg" ? image.jpeg({ quality: 90 }) : image.png();
    return new Uint8Array(await out.toBuffer());
  } catch {
    throw fail(UNREADABLE);
  }
}
