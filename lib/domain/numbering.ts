// Registration and letter numbers in the usual Indonesian register style
// "<urut>/<kode jenis>/<kode kantor>/<tahun>", e.g. "001/PMH/PPID-KPG/2026": gap-free per year and
// kind (NumberSequence in the schema; allocated in the same transaction as the insert). The kinds
// mirror enum NumberKind in prisma/schema.prisma. Also the access code a requester without an
// account uses to track a request: pure, the randomness is passed in.

export const NUMBER_KINDS = [
  "REQUEST",
  "OBJECTION",
  "DISPUTE",
  "COMPLAINT",
  "LETTER_RECEIPT",
  "LETTER_WRITTEN_NOTICE",
  "LETTER_EXTENSION_NOTICE",
  "LETTER_REFUSAL_DECISION",
  "LETTER_OBJECTION_RECEIPT",
  "LETTER_ATASAN_ANSWER",
  "LETTER_HANDOVER_RECEIPT",
] as const;

export type NumberKind = (typeof NUMBER_KINDS)[number];

export const NUMBER_KIND_CODES: Record<NumberKind, string> = {
  REQUEST: "PMH", // permohonan
  OBJECTION: "KBR", // keberatan
  DISPUTE: "SGK", // sengketa informasi
  COMPLAINT: "ADU", // pengaduan
  LETTER_RECEIPT: "TB", // tanda bukti penerimaan
  LETTER_WRITTEN_NOTICE: "PT", // pemberitahuan tertulis
  LETTER_EXTENSION_NOTICE: "PWK", // perpanjangan waktu
  LETTER_REFUSAL_DECISION: "SKP", // surat keputusan penolakan
  LETTER_OBJECTION_RECEIPT: "TTK", // tanda terima keberatan
  LETTER_ATASAN_ANSWER: "TAP", // tanggapan atasan PPID
  LETTER_HANDOVER_RECEIPT: "TBP", // tanda bukti penyerahan
};

const KIND_BY_CODE = new Map<string, NumberKind>(NUMBER_KINDS.map((kind) => [NUMBER_KIND_CODES[kind], kind]));

export const MAX_SEQUENCE = 999_999;
const OFFICE_CODE = /^[A-Z0-9]+(?:[-.][A-Z0-9]+)*$/;
const MAX_OFFICE_CODE_LENGTH = 24;

export type ParsedNumber = { kind: NumberKind; seq: number; year: number; officeCode: string };

/** Office codes: capitals, digits, and single "-" or "." between them ("PPID-KPG"); no "/". */
export function isValidOfficeCode(code: unknown): code is string {
  return typeof code === "string" && code.length <= MAX_OFFICE_CODE_LENGTH && OFFICE_CODE.test(code);
}

/** formatNumber("REQUEST", 1, 2026, "PPID-KPG") → "001/PMH/PPID-KPG/2026" (at least 3 digits). */
export function formatNumber(kind: NumberKind, seq: number, year: number, officeCode: string): string {
  const code = NUMBER_KIND_CODES[kind];
  if (!code) throw new RangeError(`Jenis nomor tidak dikenal: ${String(kind)}`);
  if (!Number.isInteger(seq) || seq < 1 || seq > MAX_SEQUENCE) {
    throw new RangeError(`Nomor urut harus bilangan bulat 1–${MAX_SEQUENCE}: ${seq}`);
  }
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Tahun tidak valid: ${year}`);
  if (!isValidOfficeCode(officeCode)) throw new RangeError(`Kode kantor tidak valid: ${String(officeCode)}`);
  return `${String(seq).padStart(3, "0")}/${code}/${officeCode}/${year}`;
}

/**
 * Reads a number typed by a person (tracking form): spaces around it and lower case are
 * tolerated, leading zeros are optional. Returns null for anything that is not a number of ours.
 */
export function parseNumber(input: string): ParsedNumber | null {
  if (typeof input !== "string") return null;
  const parts = input.trim().toUpperCase().split("/").map((part) => part.trim());
  if (parts.length !== 4) return null;
  const [seqText, code, officeCode, yearText] = parts as [string, string, string, string];
  if (!/^\d{1,6}$/.test(seqText) || !/^\d{4}$/.test(yearText)) return null;
  const kind = KIND_BY_CODE.get(code);
  const seq = Number(seqText);
  const year = Number(yearText);
  if (!kind || seq < 1 || year < 1000 || !isValidOfficeCode(officeCode)) return null;
  return { kind, seq, year, officeCode };
}

/** The canonical spelling of a typed number, or null. */
export function normalizeNumber(input: string): string | null {
  const parsed = parseNumber(input);
  if (!parsed) return null;
  return formatNumber(parsed.kind, parsed.seq, parsed.year, parsed.officeCode);
}

// ---------------------------------------------------------------- access codes

/** 32 symbols without 0/O and 1/I, so a code read over the phone cannot be misheard or misread. */
export const ACCESS_CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
export const ACCESS_CODE_LENGTH = 8;

/**
 * An 8-character access code (40 bits) from at least 8 random bytes (crypto.getRandomValues at
 * the caller). 256 is a multiple of 32, so taking each byte modulo 32 keeps the code uniform.
 */
export function generateAccessCode(randomBytes: Uint8Array): string {
  if (!(randomBytes instanceof Uint8Array) || randomBytes.length < ACCESS_CODE_LENGTH) {
    throw new RangeError(`Kode akses butuh sedikitnya ${ACCESS_CODE_LENGTH} bita acak`);
  }
  let code = "";
  for (let i = 0; i < ACCESS_CODE_LENGTH; i++) {
    code += ACCESS_CODE_ALPHABET[randomBytes[i]! % ACCESS_CODE_ALPHABET.length];
  }
  return code;
}

/** Accepts "abcd-efgh", "ABCD EFGH" …; returns the 8 symbols or null. */
export function normalizeAccessCode(input: string): string | null {
  if (typeof input !== "string") return null;
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== ACCESS_CODE_LENGTH) return null;
  for (const symbol of code) if (!ACCESS_CODE_ALPHABET.includes(symbol)) return null;
  return code;
}

/** "ABCDEFGH" → "ABCD-EFGH" for letters and screens. */
export function formatAccessCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
