import "server-only";
import { caseEventLabel, CASE_KIND_LABELS, type CaseLogKind } from "@/lib/domain/case-log-labels";
import { formatDateId } from "@/lib/domain/format-date";
import { formatInstantId } from "@/lib/domain/format-instant";
import {
  ACTOR_LABELS,
  DISPUTE_OUTCOME_LABELS,
  DISPUTE_STATUS_LABELS,
  OBJECTION_GROUND_LABELS,
  OBJECTION_OUTCOME_LABELS,
  OBJECTION_STATUS_LABELS,
  REQUEST_CHANNEL_LABELS,
  REQUEST_OUTCOME_LABELS,
  REQUEST_STATUS_LABELS,
} from "@/lib/domain/labels";
import { GROUND_LETTERS, type ObjectionGround } from "@/lib/domain/objection-grounds";
import { deliveryMethodLabel, formatRupiah, obtainMethodLabel } from "@/lib/domain/request-form-labels";
import { consequenceTestSection } from "@/lib/server/letters/content/consequence-test";
import type { LetterSection } from "@/lib/server/letters/letter-content";
import type { DisputeBundleData } from "@/lib/server/queries/dispute-bundle";
import { fromDbDate } from "@/lib/domain/db-date";

// The text of the bundle's own pages (everything but the letters, which are reproduced as issued).

const date = (d: Date | null) => (d ? formatDateId(fromDbDate(d)) : "-");
const label = (table: Record<string, string>, key: string | null) => (key ? (table[key] ?? key) : "-");

export function requestSummary(b: DisputeBundleData, tz: string): LetterSection[] {
  const r = b.request;
  return [
    {
      rows: [
        { label: "Nomor pendaftaran", value: r.number },
        { label: "Diajukan", value: `${formatInstantId(r.submittedAt, tz)} (${label(REQUEST_CHANNEL_LABELS, r.channel)})` },
        { label: "Tanggal diterima", value: date(r.receivedDate) },
        { label: "Nama pemohon", value: r.requesterName },
        { label: "Alamat", value: r.address },
        { label: "Informasi yang diminta", value: r.informationRequested },
        { label: "Tujuan penggunaan", value: r.purpose },
        { label: "Cara memperoleh", value: `${obtainMethodLabel(r.obtainMethod)}; ${deliveryMethodLabel(r.deliveryMethod)}` },
        { label: "Unit yang menguasai", value: r.unit?.name ?? "-" },
        { label: "Status", value: `${label(REQUEST_STATUS_LABELS, r.status)}${r.outcome ? ` — ${label(REQUEST_OUTCOME_LABELS, r.outcome)}` : ""}` },
        { label: "Pemberitahuan tertulis", value: date(r.noticeDate) },
        { label: "Pemberitahuan diterima pemohon", value: date(r.noticeReceivedOn) },
        { label: "Informasi diserahkan", value: date(r.deliveredOn) },
        { label: "Dasar penolakan", value: r.refusalArticle ?? "-" },
        { label: "Biaya", value: formatRupiah(r.feeAmount) },
        { label: "Catatan keputusan", value: r.decisionNotes ?? "-" },
      ],
    },
    // UU 14/2008 Pasal 2(4), 19: what the Komisi Informasi weighs first in a dispute over withheld information.
    ...(r.consequenceTest
      ? [consequenceTestSection({
          ...r.consequenceTest,
          decisionDate: fromDbDate(r.consequenceTest.decisionDate),
          exemptUntil: r.consequenceTest.exemptUntil ? fromDbDate(r.consequenceTest.exemptUntil) : null,
        }, { participants: true })]
      : []),
  ];
}

export function objectionSummary(b: DisputeBundleData, tz: string): LetterSection[] {
  const o = b.objection;
  const grounds = (o.grounds as ObjectionGround[]).map((g) => `${GROUND_LETTERS[g]}. ${OBJECTION_GROUND_LABELS[g]}`);
  return [
    {
      rows: [
        { label: "Nomor registrasi keberatan", value: o.number },
        { label: "Diajukan", value: `${formatInstantId(o.submittedAt, tz)} (${label(REQUEST_CHANNEL_LABELS, o.channel)})` },
        { label: "Tanggal diterima", value: date(o.receivedDate) },
        { label: "Kuasa pemohon", value: o.proxyName ? `${o.proxyName}, ${o.proxyAddress ?? "-"}` : "-" },
        { label: "Tujuan penggunaan", value: o.purpose },
        { label: "Batas waktu tanggapan", value: date(o.dueDate) },
        { label: "Status", value: `${label(OBJECTION_STATUS_LABELS, o.status)}${o.outcome ? ` — ${label(OBJECTION_OUTCOME_LABELS, o.outcome)}` : ""}` },
        { label: "Tanggal tanggapan", value: date(o.answerDate) },
        { label: "Tanggapan diterima pemohon", value: date(o.answerReceivedOn) },
        { label: "Atasan PPID", value: o.atasanName ? `${o.atasanName}, ${o.atasanPosition ?? ""}` : "-" },
        { label: "Tanggapan pemohon", value: o.requesterResponse === "ACCEPTED" ? "Menerima" : o.requesterResponse === "ESCALATED" ? "Mengajukan sengketa" : "-" },
      ],
    },
    { heading: "Alasan keberatan", paragraphs: [...grounds, `Kasus posisi: ${o.casePosition}`] },
    ...(b.tasks.length > 0
      ? [{
          heading: "Perintah Atasan PPID kepada PPID",
          table: {
            head: ["Perintah", "Batas waktu", "Dilaksanakan"],
            rows: b.tasks.map((t) => [t.description, date(t.dueDate), t.doneAt ? `${formatInstantId(t.doneAt, tz)}: ${t.doneNote ?? ""}` : "Belum"]),
          },
        }]
      : []),
  ];
}

export function disputeSummary(b: DisputeBundleData): LetterSection[] {
  const d = b.dispute;
  const dates = (list: Date[]) => (list.length > 0 ? list.map((x) => formatDateId(fromDbDate(x))).join(", ") : "-");
  return [
    {
      rows: [
        { label: "Komisi Informasi", value: d.commission },
        { label: "Nomor register sengketa", value: d.registerNumber ?? "-" },
        { label: "Tanggal pengajuan", value: date(d.filedOn) },
        { label: "Alasan dicatat di luar batas waktu", value: d.lateFilingReason ?? "-" },
        { label: "Status", value: `${label(DISPUTE_STATUS_LABELS, d.status)}${d.outcome ? ` — ${label(DISPUTE_OUTCOME_LABELS, d.outcome)}` : ""}` },
        { label: "Sidang mediasi", value: dates(d.mediationDates) },
        { label: "Sidang ajudikasi", value: dates(d.adjudicationDates) },
        { label: "Putusan", value: d.rulingText ? `${date(d.rulingDate)}: ${d.rulingText}` : "-" },
        { label: "Putusan diterima", value: date(d.rulingReceivedOn) },
        { label: "Pelaksanaan putusan", value: d.complianceNote ?? "-" },
        { label: "Dokumen sengketa", value: b.attachments.map((a) => a.fileName).join(", ") || "-" },
      ],
    },
    ...(d.courtStages.length > 0
      ? [{
          heading: "Tahap pengadilan (UU 14/2008 Pasal 47–50)",
          table: {
            head: ["Pengadilan / nomor perkara", "Diajukan (batas waktu)", "Putusan"],
            rows: d.courtStages.map((c) => [
              `${c.courtName}${c.registerNumber ? `, ${c.registerNumber}` : ""}`,
              `${date(c.filedOn)} (${date(c.filingDeadline)})${c.lateFilingReason ? `; alasan: ${c.lateFilingReason}` : ""}`,
              c.rulingDate ? `${date(c.rulingDate)}: ${c.rulingText ?? ""}` : "Belum diputus",
            ]),
          },
        }]
      : []),
  ];
}

export function eventLogRows(b: DisputeBundleData, tz: string): string[][] {
  return b.events.map((e) => [
    formatInstantId(e.at, tz),
    CASE_KIND_LABELS[e.kind as CaseLogKind] ?? e.kind,
    caseEventLabel(e.kind, e.event) + (e.note ? `. ${e.note}` : ""),
    `${e.actorName ?? "-"} (${ACTOR_LABELS[e.actorRole as keyof typeof ACTOR_LABELS] ?? e.actorRole})`,
  ]);
}
