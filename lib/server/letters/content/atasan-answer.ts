import { letterBase } from "@/lib/server/letters/content/common";
import "server-only";
import { DEADLINE_RULES } from "@/lib/domain/calendar";
import { formatDateId } from "@/lib/domain/format-date";
import { provisionalDateNote, withProvisionalNote } from "@/lib/domain/provisional-calendar";
import { OBJECTION_OUTCOME_LABELS } from "@/lib/domain/labels";
import { LETTERS } from "@/lib/domain/letters";
import type { ObjectionGround } from "@/lib/domain/objection-grounds";
import type { ObjectionOutcome } from "@/lib/domain/objection-workflow";
import type { LetterContent, LetterSection } from "@/lib/server/letters/letter-content";
import { groundLines } from "@/lib/server/letters/content/objection-receipt";
import type { OfficeSettings } from "@/lib/view-types/office";

// The Atasan PPID's written answer (UU 14/2008 Pasal 36(2)-(3)): the decision with its reasons,
// for an acceptance the order to the PPID and its period, and the requester's right to take the
// dispute to the Komisi Informasi within the DISPUTE_FILING period (Pasal 37(2)), online via SIMSI.

export type AtasanAnswerInput = {
  office: OfficeSettings;
  date: string;
  outcome: Extract<ObjectionOutcome, "ACCEPTED_FULL" | "ACCEPTED_PARTIAL" | "REJECTED" | "INADMISSIBLE">;
  reasons: string;
  consulted: boolean;
  order: { description: string; periodDays: number; dueDate: string } | null;
  /** Known only when the answer is received the day it is given; null → "sejak diterima". */
  disputeDueDate: string | null;
  atasan: { name: string; position: string };
  objection: { number: string; receivedDate: string; grounds: readonly ObjectionGround[]; proxyName: string | null };
  request: { number: string; informationRequested: string; requesterName: string; address: string };
  /** The requester's tracking link (number and access code), shown as a QR code. */
  trackingUrl: string;
  /** Years with a decree loaded: a date counted across another year says it is provisional. */
  officialYears?: readonly number[];
};

function orderSection(order: NonNullable<AtasanAnswerInput["order"]>, partial: boolean, note: string | null): LetterSection {
  return {
    heading: "Perintah kepada PPID",
    paragraphs: [
      `Memerintahkan PPID untuk memberikan ${partial ? "sebagian " : ""}informasi yang diminta kepada pemohon paling lambat ${order.periodDays} hari kerja sejak tanggal tanggapan ini, yaitu tanggal ${withProvisionalNote(formatDateId(order.dueDate), note)}.`,
      `Yang harus diberikan: ${order.description}`,
    ],
  };
}

function disputeRightSection(input: AtasanAnswerInput): LetterSection {
  const rule = DEADLINE_RULES.DISPUTE_FILING;
  const komisi = input.office.komisiInformasi;
  return {
    heading: "Hak mengajukan sengketa informasi",
    paragraphs: [
      `Apabila Saudara tidak puas dengan tanggapan ini, Saudara dapat mengajukan permohonan penyelesaian sengketa informasi publik kepada ${komisi} paling lambat ${rule.workingDays} hari kerja ${input.disputeDueDate ? `setelah tanggapan ini diterima, yaitu sampai tanggal ${formatDateId(input.disputeDueDate)}` : "sejak tanggapan ini Saudara terima"} (UU 14/2008 Pasal 37 ayat (2)).`,
      `Permohonan dapat diajukan secara daring melalui SIMSI (Sistem Informasi Manajemen Sengketa Informasi) ${komisi}, atau langsung, melalui pos, atau surel ke kantor ${komisi}, dengan melampirkan salinan permohonan informasi, keberatan, dan tanggapan ini.`,
    ],
  };
}

export function buildAtasanAnswer(input: AtasanAnswerInput, number: string): LetterContent {
  const { office, objection: o, request: r } = input;
  const accepted = input.outcome === "ACCEPTED_FULL" || input.outcome === "ACCEPTED_PARTIAL";
  const inadmissible = input.outcome === "INADMISSIBLE";
  const sections: LetterSection[] = [
    {
      heading: "Keberatan yang ditanggapi",
      rows: [
        { label: "Nomor registrasi keberatan", value: o.number },
        { label: "Tanggal diterima", value: formatDateId(o.receivedDate) },
        { label: "Nomor pendaftaran permohonan", value: r.number },
        { label: "Informasi yang diminta", value: r.informationRequested },
      ],
      paragraphs: groundLines(o.grounds),
    },
    {
      heading: "Tanggapan Atasan PPID",
      rows: [{ label: "Keputusan", value: OBJECTION_OUTCOME_LABELS[input.outcome] }],
      paragraphs: [
        `Pertimbangan: ${input.reasons}`,
        ...(input.consulted ? ["Tanggapan ini telah mempertimbangkan pendapat Tim Pertimbangan Pelayanan Informasi."] : []),
        ...(input.outcome === "REJECTED" ? ["Dengan demikian keputusan PPID atas permohonan informasi tersebut dikuatkan (UU 14/2008 Pasal 36 ayat (3))."] : []),
        ...(inadmissible ? ["Keberatan tidak diperiksa pokoknya karena tidak memenuhi syarat pengajuan (UU 14/2008 Pasal 35 dan Pasal 36 ayat (1))."] : []),
      ],
    },
    ...(accepted && input.order ? [orderSection(input.order, input.outcome === "ACCEPTED_PARTIAL", input.officialYears ? provisionalDateNote(input.date, input.order.dueDate, { officialYears: [...input.officialYears] }) : null)] : []),
    disputeRightSection(input),
  ];
  return {
    ...letterBase({
      kind: "ATASAN_ANSWER",
      office,
      request: r,
      number,
      date: input.date,
      trackingUrl: input.trackingUrl,
      proxyName: o.proxyName,
      signer: { title: input.atasan.position, name: input.atasan.name },
      trackingHint: `Pindai kode QR untuk melacak permohonan ${r.number} dan keberatannya.`,
    }),
    intro: [
      `Menindaklanjuti keberatan Saudara Nomor ${o.number} yang diterima pada tanggal ${formatDateId(o.receivedDate)} atas permohonan informasi Nomor ${r.number}, dengan ini Atasan PPID memberikan tanggapan tertulis sebagai berikut.`,
    ],
    sections,
  };
}
