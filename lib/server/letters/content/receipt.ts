import "server-only";
import { toOfficeLocalDate } from "@/lib/domain/calendar";
import { formatOfficeDateTimeId } from "@/lib/domain/dip-format";
import { formatDateId } from "@/lib/domain/format-date";
import { provisionalDateNote, withProvisionalNote } from "@/lib/domain/provisional-calendar";
import { REQUEST_CHANNEL_LABELS } from "@/lib/domain/labels";
import { formatAccessCode } from "@/lib/domain/numbering";
import {
  DELIVERY_METHOD_LABELS,
  OBTAIN_METHOD_LABELS,
  REQUESTER_TYPE_LABELS,
  type DeliveryMethod,
  type ObtainMethod,
  type RequesterType,
} from "@/lib/domain/request-intake";
import type { RequestChannel } from "@/lib/domain/request-workflow";
import { letterBase } from "@/lib/server/letters/content/common";
import type { LetterContent } from "@/lib/server/letters/letter-content";
import type { OfficeSettings } from "@/lib/view-types/office";
import { trackingPath } from "@/lib/server/services/request-processing-common";

// The receipt (tanda bukti penerimaan) a requester gets at once, UU 14/2008 Pasal 22(4)-(5):
// the registration number, when it was received, what was asked, the legal deadline, and how to
// follow the request (access code + QR code to the tracking page). No NIK: the PDF can be opened
// by anyone holding the access code.

export type ReceiptFacts = {
  requestNumber: string;
  /** Office-local date the receipt is issued, YYYY-MM-DD. */
  issuedOn: string;
  channel: RequestChannel;
  /** The real moment of receipt. */
  submittedAt: Date;
  /** The receipt date the deadline counts from (the next working day when after hours). */
  receivedDate: string;
  dueDate: string;
  workingDays: number;
  accessCode: string;
  requester: {
    type: RequesterType;
    name: string;
    organization: string | null;
    address: string;
    phone: string;
    email: string | null;
  };
  informationRequested: string;
  purpose: string;
  obtainMethod: ObtainMethod;
  deliveryMethod: DeliveryMethod;
  /** Years with a decree loaded: a date counted across another year says it is provisional. */
  officialYears?: readonly number[];
};

export function buildReceiptContent(office: OfficeSettings, facts: ReceiptFacts, letterNumber: string): LetterContent {
  const { requester: r } = facts;
  const receivedAt = formatOfficeDateTimeId(facts.submittedAt, office.timeZone);
  // The office's setting (service hours), not the UU: after closing time or on a non-working day
  // the receipt date is the next working day (docs/domain.md, Working days).
  const countedNote =
    toOfficeLocalDate(facts.submittedAt, office.timeZone) === facts.receivedDate
      ? formatDateId(facts.receivedDate)
      : `${formatDateId(facts.receivedDate)} (diterima di luar jam layanan atau hari kerja, sehingga dihitung pada hari kerja berikutnya)`;
  const base = letterBase({
    kind: "RECEIPT",
    office,
    number: letterNumber,
    date: facts.issuedOn,
    trackingUrl: trackingPath({ number: facts.requestNumber }),
    request: {
      number: facts.requestNumber,
      receivedDate: facts.receivedDate,
      requesterName: r.organization ? `${r.name} (${r.organization})` : r.name,
      address: r.address,
      informationRequested: facts.informationRequested,
      purpose: facts.purpose,
    },
  });
  return {
    ...base,
    intro: [
      `Permohonan informasi publik Anda telah kami terima dan dicatat dalam buku register permohonan ${office.name} dengan nomor pendaftaran ${facts.requestNumber}.`,
    ],
    sections: [
      {
        heading: "Pendaftaran",
        rows: [
          { label: "Nomor pendaftaran", value: facts.requestNumber },
          { label: "Diterima melalui", value: REQUEST_CHANNEL_LABELS[facts.channel] },
          { label: "Waktu diterima", value: receivedAt },
          { label: "Tanggal penerimaan", value: countedNote },
        ],
      },
      {
        heading: "Pemohon",
        rows: [
          { label: "Nama", value: r.name },
          { label: "Jenis pemohon", value: REQUESTER_TYPE_LABELS[r.type] },
          ...(r.organization ? [{ label: "Badan hukum/kelompok", value: r.organization }] : []),
          { label: "Alamat", value: r.address },
          { label: "Telepon", value: r.phone },
          ...(r.email ? [{ label: "Surel", value: r.email }] : []),
        ],
      },
      {
        heading: "Informasi yang dimohon",
        rows: [
          { label: "Rincian informasi", value: facts.informationRequested },
          { label: "Tujuan penggunaan", value: facts.purpose },
          { label: "Cara memperoleh informasi", value: OBTAIN_METHOD_LABELS[facts.obtainMethod] },
          { label: "Cara mendapatkan salinan", value: DELIVERY_METHOD_LABELS[facts.deliveryMethod] },
        ],
      },
      {
        heading: "Batas waktu dan pelacakan",
        paragraphs: [
          // UU 14/2008 Pasal 22(7) and (8).
          `Pemberitahuan tertulis atas permohonan ini wajib disampaikan paling lambat ${withProvisionalNote(formatDateId(facts.dueDate), facts.officialYears ? provisionalDateNote(facts.receivedDate, facts.dueDate, { officialYears: [...facts.officialYears] }) : null)}, yaitu ${facts.workingDays} hari kerja sejak permohonan diterima (UU No. 14 Tahun 2008 Pasal 22 ayat (7)). Jangka waktu ini dapat diperpanjang satu kali, paling lama 7 hari kerja, dengan pemberitahuan tertulis beserta alasannya (Pasal 22 ayat (8)).`,
        ],
        rows: [{ label: "Kode akses pelacakan", value: formatAccessCode(facts.accessCode) }],
      },
    ],
    closing: [
      "Simpan tanda bukti ini. Dengan nomor pendaftaran dan kode akses di atas Anda dapat melacak permohonan pada menu Lacak Permohonan di portal, atau memindai kode QR di bawah.",
      "Tanda bukti ini diterbitkan secara elektronik dan sah tanpa tanda tangan basah.",
    ],
  };
}
