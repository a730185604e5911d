// The Laporan Layanan Informasi Publik as a document (Perki 1/2021 on the Standar Layanan
// Informasi Publik: the yearly report to the head of the body and the Komisi Informasi). One
// structure of headed sections, paragraphs and tables that the web page, the PDF and the XLSX all
// render, so the three show the same figures. Pure.

import { DISPUTE_OUTCOME_LABELS, OBJECTION_GROUND_LABELS, OBJECTION_OUTCOME_LABELS, REQUEST_CHANNEL_LABELS, REQUEST_OUTCOME_LABELS } from "./labels";
import { GROUND_LETTERS, OBJECTION_GROUNDS } from "./objection-grounds";
import { PASAL_17_LETTERS, PASAL_17_SUMMARIES } from "./pasal-17";
import type { ReportFigures, UnitSummary } from "./report-figures";
import type { ReportPeriod } from "./report-period";
import { PUNCTUALITY_LABELS } from "./report-timing";
import { REQUESTER_TYPE_LABELS, REQUESTER_TYPES } from "./request-intake";
import { REQUEST_CHANNELS, REQUEST_OUTCOMES } from "./request-workflow";
import { DISPUTE_OUTCOMES } from "./dispute-workflow";
import { OBJECTION_OUTCOMES } from "./objection-workflow";

export type ReportTexts = {
  servicePolicy: string;
  facilities: string;
  staffing: string;
  staffCount: number | null;
  budget: string;
  budgetAllocated: number | null;
  budgetSpent: number | null;
  obstacles: string;
  recommendations: string;
  followUp: string;
};

export const EMPTY_REPORT_TEXTS: ReportTexts = {
  servicePolicy: "", facilities: "", staffing: "", staffCount: null, budget: "", budgetAllocated: null, budgetSpent: null,
  obstacles: "", recommendations: "", followUp: "",
};

export type ReportCell = string | number;
export type ReportTable = { head: string[]; rows: ReportCell[][] };
export type ReportSection = { id: string; heading: string; paragraphs?: string[]; tables?: { caption: string; table: ReportTable }[] };

export type ReportDocument = {
  title: string;
  subject: string;
  periodLabel: string;
  scopeLabel: string;
  sections: ReportSection[];
};

export const NOT_FILLED = "(belum diisi)";

const text = (value: string) => (value.trim() ? value.trim().split(/\n\s*\n/) : [NOT_FILLED]);
/** A labelled text: "Label: first paragraph", then the others. */
const labelled = (label: string, value: string) => {
  const [head, ...rest] = text(value);
  return [`${label}: ${head}`, ...rest];
};
const rupiah = (n: number | null) => (n === null ? "—" : `Rp${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".")}`);
const num = (n: number | null) => (n === null ? "—" : String(n).replace(".", ","));

export function buildReportDocument(input: {
  bodyName: string;
  period: ReportPeriod;
  /** null: the whole body; else the unit's name. */
  unitName: string | null;
  texts: ReportTexts;
  figures: ReportFigures;
  units: UnitSummary[] | null;
}): ReportDocument {
  const { figures: f, texts } = input;
  const r = f.requests;
  const sections: ReportSection[] = [
    { id: "kebijakan", heading: "I. Gambaran umum kebijakan pelayanan informasi publik", paragraphs: text(texts.servicePolicy) },
    {
      id: "pelaksanaan",
      heading: "II. Gambaran umum pelaksanaan pelayanan informasi publik",
      paragraphs: [
        ...labelled("Sarana dan prasarana", texts.facilities),
        ...labelled("Sumber daya manusia dan kualifikasinya", texts.staffing),
        ...labelled("Anggaran dan penggunaannya", texts.budget),
      ],
      tables: [{
        caption: "Sumber daya manusia dan anggaran",
        table: {
          head: ["Uraian", "Nilai"],
          rows: [
            ["Jumlah petugas layanan informasi", texts.staffCount ?? "—"],
            ["Anggaran layanan informasi", rupiah(texts.budgetAllocated)],
            ["Realisasi anggaran", rupiah(texts.budgetSpent)],
          ],
        },
      }],
    },
    {
      id: "permohonan",
      heading: "III. Rincian pelayanan informasi publik",
      paragraphs: [`Jumlah permohonan informasi publik yang diterima: ${r.total}. Permohonan dihitung menurut tanggal diterimanya.`],
      tables: [
        { caption: "Permohonan menurut saluran", table: { head: ["Saluran", "Jumlah"], rows: REQUEST_CHANNELS.map((c) => [REQUEST_CHANNEL_LABELS[c], r.byChannel[c]]) } },
        { caption: "Permohonan menurut jenis pemohon", table: { head: ["Jenis pemohon", "Jumlah"], rows: REQUESTER_TYPES.map((t) => [REQUESTER_TYPE_LABELS[t], r.byRequesterType[t]]) } },
        {
          caption: "Keputusan atas permohonan",
          table: { head: ["Keputusan", "Jumlah"], rows: [...REQUEST_OUTCOMES.map((o) => [REQUEST_OUTCOME_LABELS[o], r.outcomes[o]] as ReportCell[]), ["Masih diproses", r.outcomes.PENDING]] },
        },
        {
          caption: "Alasan penolakan (UU 14/2008 Pasal 17)",
          table: {
            head: ["Alasan", "Jumlah"],
            rows: [
              ...PASAL_17_LETTERS.map((l) => [`Pasal 17 huruf ${l} — ${PASAL_17_SUMMARIES[l]}`, r.refusedByLetter[l]] as ReportCell[]),
              ["Juga berdasarkan undang-undang lain", r.refusedOtherLaw],
              ...r.refusedByOtherLaw.map((x) => [`— ${x.law}`, x.count] as ReportCell[]),
            ],
          },
        },
      ],
    },
    {
      id: "waktu",
      heading: "IV. Waktu pemberian pemberitahuan tertulis",
      paragraphs: [
        `Dihitung dalam hari kerja sejak permohonan diterima sampai tanggal pemberitahuan tertulis (UU 14/2008 Pasal 22 ayat (7) dan (8)). Permohonan dengan pemberitahuan tertulis: ${r.timing.answered}.`,
      ],
      tables: [
        { caption: "Ringkasan waktu", table: { head: ["Ukuran", "Hari kerja"], rows: [["Median", num(r.timing.median)], ["Rata-rata", num(r.timing.mean)]] } },
        { caption: "Sebaran waktu", table: { head: ["Lama", "Jumlah"], rows: r.timing.buckets.map((b) => [b.label, b.count]) } },
        {
          caption: "Ketepatan waktu",
          table: { head: ["Ketepatan", "Jumlah"], rows: (["WITHIN_RESPONSE", "WITHIN_EXTENSION", "LATE"] as const).map((k) => [PUNCTUALITY_LABELS[k], r.timing.punctuality[k]]) },
        },
      ],
    },
    {
      id: "keberatan",
      heading: "V. Keberatan (UU 14/2008 Pasal 35–36)",
      paragraphs: [`Jumlah keberatan yang diterima: ${f.objections.total}. Satu keberatan dapat memuat lebih dari satu alasan.`],
      tables: [
        { caption: "Keberatan menurut alasan", table: { head: ["Alasan", "Jumlah"], rows: OBJECTION_GROUNDS.map((g) => [`Huruf ${GROUND_LETTERS[g]} — ${OBJECTION_GROUND_LABELS[g]}`, f.objections.byGround[g]]) } },
        {
          caption: "Tanggapan atas keberatan",
          table: { head: ["Tanggapan", "Jumlah"], rows: [...OBJECTION_OUTCOMES.map((o) => [OBJECTION_OUTCOME_LABELS[o], f.objections.outcomes[o]] as ReportCell[]), ["Belum ditanggapi", f.objections.outcomes.PENDING]] },
        },
      ],
    },
    {
      id: "sengketa",
      heading: "VI. Sengketa informasi di Komisi Informasi (UU 14/2008 Pasal 37)",
      paragraphs: [`Jumlah sengketa informasi yang diajukan: ${f.disputes.total}.`],
      tables: [{
        caption: "Hasil sengketa informasi",
        table: { head: ["Hasil", "Jumlah"], rows: [...DISPUTE_OUTCOMES.map((o) => [DISPUTE_OUTCOME_LABELS[o], f.disputes.outcomes[o]] as ReportCell[]), ["Masih berjalan", f.disputes.outcomes.PENDING]] },
      }],
    },
  ];
  if (input.units) {
    sections.push({
      id: "unit",
      heading: "VII. Rincian per PPID Pelaksana",
      paragraphs: ["Perkara yang tidak diteruskan ke PPID Pelaksana ditangani langsung oleh PPID Utama dan dicatat pada baris tersendiri; jumlah semua baris sama dengan jumlah keseluruhan."],
      tables: [{
        caption: "Rincian per unit",
        table: {
          head: ["Unit", "Permohonan", "Dijawab", "Terlambat", "Ditolak", "Keberatan", "Sengketa"],
          rows: [
            ...input.units.map((u) => [u.name, u.requests, u.answered, u.late, u.refused, u.objections, u.disputes] as ReportCell[]),
            ["Jumlah", r.total, r.timing.answered, r.timing.punctuality.LATE, r.outcomes.REJECTED, f.objections.total, f.disputes.total],
          ],
        },
      }],
    });
  }
  sections.push(
    { id: "kendala", heading: `${input.units ? "VIII" : "VII"}. Kendala`, paragraphs: text(texts.obstacles) },
    { id: "rekomendasi", heading: `${input.units ? "IX" : "VIII"}. Rekomendasi dan rencana tindak lanjut`, paragraphs: [...labelled("Rekomendasi", texts.recommendations), ...labelled("Rencana tindak lanjut", texts.followUp)] },
  );
  return {
    title: "Laporan Layanan Informasi Publik",
    subject: input.bodyName,
    periodLabel: `Periode ${input.period.label.replace(/^Tahun /, "tahun ")} (${input.period.from} s.d. ${input.period.to})`,
    scopeLabel: input.unitName ? `PPID Pelaksana: ${input.unitName}` : "Seluruh badan publik (PPID Utama)",
    sections,
  };
}
