// The letters the portal issues (enum LetterKind in prisma/schema.prisma), their Indonesian
// titles, legal basis and number kind. The PDFs are rendered from data elsewhere.

import type { NumberKind } from "./numbering";

export const LETTER_KINDS = [
  "RECEIPT",
  "WRITTEN_NOTICE",
  "EXTENSION_NOTICE",
  "REFUSAL_DECISION",
  "OBJECTION_RECEIPT",
  "ATASAN_ANSWER",
  "HANDOVER_RECEIPT",
] as const;

export type LetterKind = (typeof LETTER_KINDS)[number];

export type LetterDefinition = {
  title: string;
  legalBasis: string;
  numberKind: NumberKind;
  /** The case the letter belongs to. */
  caseKind: "REQUEST" | "OBJECTION";
};

export const LETTERS: Record<LetterKind, LetterDefinition> = {
  // UU 14/2008 Pasal 22(4)-(5): a registration number as receipt, given when the request arrives.
  RECEIPT: {
    title: "Tanda Bukti Penerimaan Permohonan Informasi Publik",
    legalBasis: "UU No. 14 Tahun 2008 Pasal 22 ayat (4) dan ayat (5); Perki No. 1 Tahun 2021",
    numberKind: "LETTER_RECEIPT",
    caseKind: "REQUEST",
  },
  // UU 14/2008 Pasal 22(7): the written notice within 10 working days.
  WRITTEN_NOTICE: {
    title: "Pemberitahuan Tertulis atas Permohonan Informasi Publik",
    legalBasis: "UU No. 14 Tahun 2008 Pasal 22 ayat (7); Perki No. 1 Tahun 2021",
    numberKind: "LETTER_WRITTEN_NOTICE",
    caseKind: "REQUEST",
  },
  // UU 14/2008 Pasal 22(8): one extension of at most 7 working days, in writing with reasons.
  EXTENSION_NOTICE: {
    title: "Pemberitahuan Perpanjangan Jangka Waktu Jawaban",
    legalBasis: "UU No. 14 Tahun 2008 Pasal 22 ayat (8)",
    numberKind: "LETTER_EXTENSION_NOTICE",
    caseKind: "REQUEST",
  },
  // UU 14/2008 Pasal 22(7) huruf c and Pasal 17; based on a consequence test (Pasal 2(4), 19).
  // For a refusal this decision is the written notice (it carries the Pasal 17 reason).
  REFUSAL_DECISION: {
    title: "Keputusan PPID tentang Penolakan Permohonan Informasi Publik",
    legalBasis: "UU No. 14 Tahun 2008 Pasal 17 dan Pasal 22 ayat (7) huruf c; Perki No. 1 Tahun 2021",
    numberKind: "LETTER_REFUSAL_DECISION",
    caseKind: "REQUEST",
  },
  // UU 14/2008 Pasal 35-36: the objection gets its own register number and a receipt.
  OBJECTION_RECEIPT: {
    title: "Tanda Terima Pengajuan Keberatan",
    legalBasis: "UU No. 14 Tahun 2008 Pasal 35 dan Pasal 36; Perki No. 1 Tahun 2021",
    numberKind: "LETTER_OBJECTION_RECEIPT",
    caseKind: "OBJECTION",
  },
  // UU 14/2008 Pasal 36(2)-(3): written answer within 30 working days, with reasons when upholding.
  ATASAN_ANSWER: {
    title: "Tanggapan Atasan PPID atas Keberatan",
    legalBasis: "UU No. 14 Tahun 2008 Pasal 36 ayat (2) dan ayat (3)",
    numberKind: "LETTER_ATASAN_ANSWER",
    caseKind: "OBJECTION",
  },
  // UU 14/2008 Pasal 22(2) (how the information was given is recorded) and the Jatim BKD SOP's
  // last step: "Tanda Bukti Penyerahan Informasi Publik", issued when the information is delivered.
  HANDOVER_RECEIPT: {
    title: "Tanda Bukti Penyerahan Informasi Publik",
    legalBasis: "UU No. 14 Tahun 2008 Pasal 21 dan Pasal 22 ayat (2); SOP Pelayanan Informasi Publik (pengaturan kantor)",
    numberKind: "LETTER_HANDOVER_RECEIPT",
    caseKind: "REQUEST",
  },
};

export function isLetterKind(value: unknown): value is LetterKind {
  return typeof value === "string" && (LETTER_KINDS as readonly string[]).includes(value);
}
