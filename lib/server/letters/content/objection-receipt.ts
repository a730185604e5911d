import { letterBase } from "@/lib/server/letters/content/common";
import "server-only";
import { formatDateId } from "@/lib/domain/format-date";
import { provisionalDateNote, withProvisionalNote } from "@/lib/domain/provisional-calendar";
import { OBJECTION_GROUND_LABELS, REQUEST_CHANNEL_LABELS } from "@/lib/domain/labels";
import { LETTERS } from "@/lib/domain/letters";
import { GROUND_LETTERS, OBJECTION_GROUNDS, type ObjectionGround } from "@/lib/domain/objection-grounds";
import type { RequestChannel } from "@/lib/domain/request-workflow";
import type { LetterContent } from "@/lib/server/letters/letter-content";
import type { OfficeSettings } from "@/lib/view-types/office";

// The objection receipt (tanda terima keberatan) is a copy of the objection form of Perki 1/2021
// (UU 14/2008 Pasal 35-36): register number, the request, purpose, the requester and the proxy,
// the grounds a–g ticked, the case position, and the date by which the Atasan PPID answers. An
// objection filed outside its computed window (Pasal 36(1)) is registered all the same: the receipt
// repeats the warning, so the requester knows before the answer that the Atasan will judge it.

export type ObjectionReceiptInput = {
  office: OfficeSettings;
  date: string;
  objection: {
    number: string;
    receivedDate: string;
    submittedAtText: string;
    channel: RequestChannel;
    grounds: readonly ObjectionGround[];
    casePosition: string;
    purpose: string;
    proxyName: string | null;
    proxyAddress: string | null;
    dueDate: string;
    /** The outside-window warning recorded with the objection (null inside the window). */
    windowWarning?: string | null;
  };
  request: {
    number: string;
    informationRequested: string;
    requesterName: string;
    address: string;
    phone: string;
    occupation: string | null;
  };
  /** The requester's tracking link (number and access code), shown as a QR code. */
  trackingUrl: string;
  /** Years with a decree loaded: a date counted across another year says it is provisional. */
  officialYears?: readonly number[];
};

/** "a, c" with labels — one line per ground, ticked or not, as on the paper form. */
export function groundLines(grounds: readonly ObjectionGround[]): string[] {
  return OBJECTION_GROUNDS.map(
    (g) => `[${grounds.includes(g) ? "X" : " "}] ${GROUND_LETTERS[g]}. ${OBJECTION_GROUND_LABELS[g]}`,
  );
}

export function buildObjectionReceipt(input: ObjectionReceiptInput, number: string): LetterContent {
  const { office, objection: o, request: r } = input;
  return {
    ...letterBase({
      kind: "OBJECTION_RECEIPT",
      office,
      request: r,
      number,
      date: input.date,
      trackingUrl: input.trackingUrl,
      proxyName: o.proxyName,
      trackingHint: `Pindai kode QR untuk melacak permohonan ${r.number} dan keberatannya.`,
    }),
    intro: [
      `Keberatan Saudara atas permohonan informasi Nomor ${r.number} telah kami terima dan dicatat dalam register keberatan dengan nomor ${o.number}.`,
    ],
    sections: [
      {
        heading: "A. Informasi pengaju keberatan",
        rows: [
          { label: "Nomor registrasi keberatan", value: o.number },
          { label: "Nomor pendaftaran permohonan", value: r.number },
          { label: "Informasi yang diminta", value: r.informationRequested },
          { label: "Tujuan penggunaan informasi", value: o.purpose },
          { label: "Nama pemohon", value: r.requesterName },
          { label: "Alamat", value: r.address },
          { label: "Pekerjaan", value: r.occupation ?? "-" },
          { label: "Nomor telepon", value: r.phone },
          { label: "Nama kuasa pemohon", value: o.proxyName ?? "-" },
          { label: "Alamat kuasa pemohon", value: o.proxyAddress ?? "-" },
          { label: "Diajukan melalui", value: REQUEST_CHANNEL_LABELS[o.channel] },
          { label: "Waktu pengajuan", value: o.submittedAtText },
          { label: "Tanggal diterima", value: formatDateId(o.receivedDate) },
        ],
      },
      { heading: "B. Alasan pengajuan keberatan (UU 14/2008 Pasal 35 ayat (1))", paragraphs: groundLines(o.grounds) },
      { heading: "C. Kasus posisi", paragraphs: [o.casePosition] },
      {
        heading: "D. Jadwal tanggapan",
        paragraphs: [
          `Atasan PPID memberikan tanggapan tertulis paling lambat 30 hari kerja sejak keberatan diterima, yaitu tanggal ${withProvisionalNote(formatDateId(o.dueDate), input.officialYears ? provisionalDateNote(o.receivedDate, o.dueDate, { officialYears: [...input.officialYears] }) : null)} (UU 14/2008 Pasal 36 ayat (2)).`,
        ],
      },
      ...(o.windowWarning
        ? [{ heading: "E. Catatan: diajukan di luar batas waktu menurut perhitungan", paragraphs: [o.windowWarning] }]
        : []),
    ],
    closing: ["Simpan tanda terima ini. Perkembangan keberatan dapat dilihat pada halaman lacak permohonan."],
  };
}
