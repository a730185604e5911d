// File types decided by CONTENT (docs/architecture.md: "an allowlist of types checked by content").
// The browser's declared MIME type and the file name's extension are never trusted on their own:
// PDF, PNG and JPEG are recognised by their magic bytes; DOCX/XLSX are ZIP containers (PK\x03\x04)
// whose entries name the Office part folders, and need the matching extension too (a ZIP cannot
// tell which Office program it belongs to otherwise); CSV/TXT must be valid UTF-8 text without
// control characters, with the matching extension. Pure: bytes in, verdict out.

export const FILE_KINDS = ["pdf", "jpg", "png", "docx", "xlsx", "csv", "txt"] as const;

export type FileKind = (typeof FILE_KINDS)[number];

export const FILE_KIND_INFO: Record<FileKind, { label: string; mimeType: string; extension: string; inline: boolean }> = {
  pdf: { label: "PDF", mimeType: "application/pdf", extension: "pdf", inline: true },
  jpg: { label: "JPG", mimeType: "image/jpeg", extension: "jpg", inline: true },
  png: { label: "PNG", mimeType: "image/png", extension: "png", inline: true },
  docx: {
    label: "DOCX",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
    inline: false,
  },
  xlsx: {
    label: "XLSX",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extension: "xlsx",
    inline: false,
  },
  csv: { label: "CSV", mimeType: "text/csv", extension: "csv", inline: false },
  txt: { label: "TXT", mimeType: "text/plain", extension: "txt", inline: false },
};

/** The Content-Type header of a stored file: text is always served as UTF-8 (checked on upload). */
export function contentTypeHeader(mimeType: string): string {
  return mimeType.startsWith("text/") ? `${mimeType}; charset=utf-8` : mimeType;
}

/** The allowlist most uploads use; callers pass a narrower or wider one where it matters. */
export const DOCUMENT_KINDS: readonly FileKind[] = ["pdf", "jpg", "png", "docx", "xlsx"];

const EXTENSIONS: Record<string, FileKind> = {
  pdf: "pdf",
  jpg: "jpg",
  jpeg: "jpg",
  png: "png",
  docx: "docx",
  xlsx: "xlsx",
  csv: "csv",
  txt: "txt",
};

export function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(fileName.trim());
  return match ? match[1]!.toLowerCase() : "";
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((value, index) => bytes[index] === value);
}

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // "PK\x03\x04", a local file header

/** Whether an ASCII marker occurs anywhere in the bytes (ZIP entry names are stored uncompressed). */
function containsAscii(bytes: Uint8Array, marker: string): boolean {
  const codes = Array.from(marker, (c) => c.charCodeAt(0));
  const last = bytes.length - codes.length;
  outer: for (let i = 0; i <= last; i++) {
    for (let j = 0; j < codes.length; j++) if (bytes[i + j] !== codes[j]) continue outer;
    return true;
  }
  return false;
}

function officeKind(bytes: Uint8Array, extension: string): FileKind | null {
  if (!startsWith(bytes, ZIP) || !containsAscii(bytes, "[Content_Types].xml")) return null;
  if (extension === "docx" && containsAscii(bytes, "word/")) return "docx";
  if (extension === "xlsx" && containsAscii(bytes, "xl/")) return "xlsx";
  return null;
}

/** Valid UTF-8 (a BOM is fine) without NUL or other control characters except tab, CR, LF, FF. */
export function isPlainUtf8Text(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(text);
}

export type SniffResult = { ok: true; kind: FileKind; mimeType: string; extension: string } | { ok: false };

/** What the bytes are, among the allowed kinds; the name only decides between ZIP/text variants. */
export function sniffFileType(bytes: Uint8Array, fileName: string, allowed: readonly FileKind[] = FILE_KINDS): SniffResult {
  const extension = extensionOf(fileName);
  const kind = detect(bytes, extension);
  if (kind === null || !allowed.includes(kind)) return { ok: false };
  const info = FILE_KIND_INFO[kind];
  return { ok: true, kind, mimeType: info.mimeType, extension: info.extension };
}

function detect(bytes: Uint8Array, extension: string): FileKind | null {
  if (bytes.length === 0) return null;
  if (startsWith(bytes, PDF)) return "pdf";
  if (startsWith(bytes, PNG)) return "png";
  if (startsWith(bytes, JPEG)) return "jpg";
  if (startsWith(bytes, ZIP)) return officeKind(bytes, extension);
  const byName = EXTENSIONS[extension];
  if ((byName === "csv" || byName === "txt") && isPlainUtf8Text(bytes)) return byName;
  return null;
}

/** "hanya PDF, JPG, PNG, DOCX, XLSX" — for the refusal message. */
export function allowedKindsText(allowed: readonly FileKind[]): string {
  return `hanya ${allowed.map((kind) => FILE_KIND_INFO[kind].label).join(", ")}`;
}

/**
 * The name stored and offered on download: the user's base name, stripped of path parts and
 * control characters, with the extension of what the content really is.
 */
export function normalizedFileName(fileName: string, kind: FileKind): string {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001F\u007F"<>|:*?]/g, "").replace(/\s+/g, " ").trim();
  const stem = clean.replace(/\.[A-Za-z0-9]{1,8}$/, "").slice(0, 150).trim() || "berkas";
  return `${stem}.${FILE_KIND_INFO[kind].extension}`;
}

/** An ASCII-only fallback for Content-Disposition's filename="" (RFC 6266); UTF-8 goes in filename*. */
export function asciiFileName(fileName: string): string {
  const ascii = fileName.normalize("NFKD").replace(/[^\x20-\x7E]/g, "").replace(/["\\;%]/g, "").trim();
  return ascii || "berkas";
}

export function contentDisposition(fileName: string, inline: boolean): string {
  const type = inline ? "inline" : "attachment";
  // RFC 5987 attr-chars: encodeURIComponent leaves ' ( ) * ! unescaped, which filename* forbids.
  const encoded = encodeURIComponent(fileName).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${encoded}`;
}
