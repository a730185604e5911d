import { DEADLINE_RULES } from "@/lib/domain/calendar";
import { formatDateId } from "@/lib/domain/format-date";
import { LETTERS, type LetterKind } from "@/lib/domain/letters";
import type { LetterContent, LetterSection } from "@/lib/server/letters/letter-content";
import type { OfficeSettings } from "@/lib/view-types/office";

// Pieces every letter of the request workflow shares: letterhead, recipient, signer, tracking
// link, the request's particulars, and the requester's right to object (UU 14/2008 Pasal 35-36).

export type LetterOffice = Pick<OfficeSettings, "letterhead" | "city" | "bodyName" | "name" | "komisiInformasi">;

export type LetterRequest = {
  number: string;
  receivedDate: string;
  requesterName: string;
  address: string;
  informationRequested: string;
  purpose: string;
};

export type LetterFrame = {
  kind: LetterKind;
  office: LetterOffice;
  request: LetterRequest;
  number: string;
  /** Office-local date of the letter. */
  date: string;
  trackingUrl: string;
  /** An objection filed through a proxy is addressed to the requester "melalui kuasa". */
  proxyName?: string | null;
  /** Default: the PPID of the letterhead; the Atasan PPID signs the answer to an objection. */
  signer?: { title: string; name: string };
  /** Default: tracking the request; objection letters track the objection too. */
  trackingHint?: string;
};

/** The frame every letter shares (letterhead, title, number, place/date, recipient, signer, QR). */
export function letterBase<R extends Pick<LetterRequest, "number" | "requesterName" | "address">>(
  frame: Omit<LetterFrame, "request"> & { request: R },
): Omit<LetterContent, "sections" | "intro" | "closing"> {
  const definition = LETTERS[frame.kind];
  const { requesterName, address, number: requestNumber } = frame.request;
  return {
    letterhead: frame.office.letterhead.lines,
    title: definition.title,
    legalBasis: definition.legalBasis,
    number: frame.number,
    date: frame.date,
    place: frame.office.city,
    recipient: { name: frame.proxyName ? `${requesterName} (melalui kuasa: ${frame.proxyName})` : requesterName, address },
    signer: frame.signer ?? { title: frame.office.letterhead.signerTitle, name: frame.office.letterhead.signerName },
    trackingUrl: frame.trackingUrl,
    trackingHint: frame.trackingHint ?? `Pindai kode QR untuk melacak permohonan ${requestNumber}.`,
  };
}

export function requestSection(request: LetterRequest): LetterSection {
  return {
    heading: "Data permohonan",
    rows: [
      { label: "Nomor pendaftaran", value: request.number },
      { label: "Tanggal diterima", value: formatDateId(request.receivedDate) },
      { label: "Nama pemohon", value: request.requesterName },
      { label: "Informasi yang diminta", value: request.informationRequested },
      { label: "Tujuan penggunaan", value: request.purpose },
    ],
  };
}

/**
 * UU 14/2008 Pasal 35(1) and 36(1): the requester may object to the Atasan PPID within the
 * OBJECTION_FILING period of DEADLINE_RULES (never a hard-coded number), counted from when the
 * ground is found — for this letter, the day the requester receives it. That day is known only
 * when the letter is handed over at issue (`objectionDueDate` then); otherwise the letter says
 * "sejak surat ini diterima" rather than print a date that may be too early.
 */
export function objectionRightSection(office: LetterOffice, objectionDueDate: string | null): LetterSection {
  const rule = DEADLINE_RULES.OBJECTION_FILING;
  return {
    heading: "Hak mengajukan keberatan",
    paragraphs: [
      `Apabila Saudara tidak puas atas tanggapan ini, Saudara berhak mengajukan keberatan secara tertulis kepada Atasan PPID ${office.bodyName} paling lambat ${rule.workingDays} hari kerja setelah ditemukannya alasan keberatan (${rule.article}), yaitu ${objectionDueDate ? `sampai tanggal ${formatDateId(objectionDueDate)} (dihitung dari hari surat ini diterima)` : `${rule.workingDays} hari kerja sejak surat ini Saudara terima`}.`,
      `Keberatan dapat diajukan melalui portal ini atau langsung di meja layanan. Apabila tanggapan Atasan PPID tidak memuaskan, Saudara dapat mengajukan penyelesaian sengketa informasi kepada ${office.komisiInformasi} (UU 14/2008 Pasal 37 ayat (2)).`,
    ],
  };
}
