import { formatDateId } from "@/lib/domain/format-date";
import { formatFileSize, handoverNeedsSignatures, HANDOVER_METHOD_LABELS, type HandoverMethod } from "@/lib/domain/handover";
import { formatRupiah } from "@/lib/domain/request-form-labels";
import { letterBase, type LetterFrame } from "@/lib/server/letters/content/common";
import type { LetterContent, LetterSection } from "@/lib/server/letters/letter-content";

// The handover receipt (Tanda Bukti Penyerahan Informasi Publik, last step of the Jatim BKD SOP):
// what was handed over — each file with its name, size and SHA-256 so either side can later show
// which bytes were given, or the link, or the paper copies — in which form and medium, at what fee
// and how it was paid (UU 14/2008 Pasal 21, Pasal 22(7) huruf f-g), how, when and to whom.
// In person, the officer and the recipient sign on the same page.

export type HandoverFile = { fileName: string; size: number; sha256: string };

export type HandoverReceiptFacts = Omit<LetterFrame, "kind"> & {
  noticeDate: string | null;
  files: readonly HandoverFile[];
  link: string | null;
  /** Paper copies or other things handed over; the desk's note. */
  description: string | null;
  informationForm: string | null;
  medium: string | null;
  feeAmount: number | null;
  paymentMethod: string | null;
  method: HandoverMethod;
  /** Office-local date of the handover (may be earlier than the day it was recorded). */
  deliveredOn: string;
  recipientName: string;
  byProxy: boolean;
  officerName: string;
};

/** 64 hex digits do not fit one line of the value column: two groups of 32. */
const hashLines = (sha256: string) => `${sha256.slice(0, 32)}\n${sha256.slice(32)}`;

export function buildHandoverReceiptContent(facts: HandoverReceiptFacts): LetterContent {
  const base = letterBase({ ...facts, kind: "HANDOVER_RECEIPT" });
  const delivered: LetterSection = {
    heading: "Informasi yang diserahkan",
    rows: [
      ...facts.files.map((file, i) => ({
        label: `Berkas ${i + 1}`,
        value: `${file.fileName} (${formatFileSize(file.size)})\nSHA-256: ${hashLines(file.sha256)}`,
      })),
      ...(facts.link ? [{ label: "Tautan", value: facts.link }] : []),
      ...(facts.description ? [{ label: "Keterangan", value: facts.description }] : []),
      { label: "Bentuk informasi", value: facts.informationForm ?? "-" },
      { label: "Media", value: facts.medium ?? "-" },
    ],
  };
  const fee = facts.feeAmount ?? 0;
  // UU 14/2008 Pasal 21: low cost; charging only for copies/postage is the office's SOP setting.
  delivered.rows!.push(
    { label: "Biaya", value: `${formatRupiah(fee)}${fee > 0 ? " (biaya penggandaan/pengiriman)" : ""}` },
    { label: "Cara pembayaran", value: fee > 0 ? (facts.paymentMethod ?? "-") : "Tidak ada pembayaran" },
  );
  const inPersonRows = handoverNeedsSignatures(facts.method);
  const handover: LetterSection = {
    heading: "Penyerahan",
    rows: [
      { label: "Cara penyerahan", value: HANDOVER_METHOD_LABELS[facts.method] },
      { label: "Tanggal penyerahan", value: formatDateId(facts.deliveredOn) },
      { label: "Diterima oleh", value: facts.byProxy ? `${facts.recipientName} (kuasa pemohon)` : `${facts.recipientName} (pemohon)` },
      // In person the officer signs below; otherwise name who sent it.
      ...(inPersonRows ? [] : [{ label: "Petugas", value: facts.officerName }]),
    ],
  };
  const inPerson = handoverNeedsSignatures(facts.method);
  return {
    ...base,
    intro: [
      `Pada ${formatDateId(facts.deliveredOn)} telah diserahkan informasi publik atas permohonan nomor ${facts.request.number}` +
        (facts.noticeDate ? `, sebagaimana pemberitahuan tertulis tanggal ${formatDateId(facts.noticeDate)}` : "") +
        ", dengan rincian sebagai berikut.",
    ],
    // A receipt, not a letter addressed to someone: who received it is in "Penyerahan".
    recipient: undefined,
    sections: [
      {
        heading: "Permohonan",
        rows: [
          { label: "Nomor pendaftaran", value: facts.request.number },
          { label: "Tanggal diterima", value: formatDateId(facts.request.receivedDate) },
          { label: "Informasi yang diminta", value: facts.request.informationRequested },
        ],
      },
      delivered,
      handover,
    ],
    closing: [
      "Permohonan dinyatakan selesai. Bila informasi tidak sesuai dengan yang diminta atau tidak dipenuhi, keberatan dapat diajukan kepada Atasan PPID dalam 30 hari kerja sejak penyerahan (UU 14/2008 Pasal 35 ayat (1) huruf d dan e, Pasal 36 ayat (1)).",
      ...(inPerson ? [] : ["Tanda bukti ini diterbitkan secara elektronik dan sah tanpa tanda tangan basah."]),
    ],
    ...(inPerson
      ? { counterSigner: { title: facts.byProxy ? "Yang menerima (kuasa pemohon)," : "Yang menerima,", name: facts.recipientName } }
      : {}),
    signer: inPerson ? { title: "Yang menyerahkan,", name: facts.officerName } : base.signer,
  };
}
