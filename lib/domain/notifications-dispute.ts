// The dispute's rows of the notification table (lib/domain/notifications.ts). The dispute runs at
// the Komisi Informasi, which summons the parties itself; the office's mails tell its own staff
// what they must prepare or carry out, and tell the requester what the office recorded — never a
// hearing date (the KI's summons is the authority for that), always optional for the requester.

import { COURT_LABELS } from "./court-stages";
import { DEADLINE_RULES } from "./deadline-rules";
import { rules, seeLine, subjectOf, trackLine, type NoticeFacts, type NoticeRecipient, type NoticeRule, type NoticeSpec } from "./notice-kit";

const komisi = (f: NoticeFacts) => f.commission || "Komisi Informasi";
const register = (f: NoticeFacts, what: string) => (f.registerNumber ? ` dengan ${what} ${f.registerNumber}` : "");
const on = (f: NoticeFacts) => (f.eventDate ? ` pada ${f.eventDate}` : "");

const staff = (to: NoticeRecipient, subject: string, lines: (f: NoticeFacts) => string[]): NoticeSpec => ({
  to,
  statutory: false,
  text: (f) => ({ subject: subjectOf(f, subject), lines: [...lines(f), seeLine(f)] }),
});
const requester = (subject: string, lines: (f: NoticeFacts) => string[]): NoticeSpec => ({
  to: "REQUESTER",
  statutory: false,
  text: (f) => ({ subject: subjectOf(f, subject), lines: [...lines(f), trackLine(f)] }),
});

const filedStaff = (f: NoticeFacts) => [
  `Keberatan ${f.caseNumber} (permohonan ${f.requestNumber}) dibawa ke ${komisi(f)}${register(f, "nomor register")}; badan publik menjadi termohon.`,
  "Siapkan berkas permohonan, keberatan, dan tanggapan Atasan PPID serta surat kuasa untuk sidang.",
];
const hearing = (what: string) => (f: NoticeFacts) => [`${komisi(f)} memulai ${what} sengketa atas keberatan ${f.caseNumber}${on(f)}.`, ...(f.note ? [`Catatan: ${f.note}`] : [])];

// UU 14/2008 Pasal 47-48: a party that does not accept an adjudication ruling may go to court
// within 14 working days of receiving it; a mediation agreement is final (Pasal 39).
const courtRightLine = `Pihak yang tidak menerima putusan dapat mengajukan gugatan ke pengadilan paling lambat ${DEADLINE_RULES.COURT_FILING.workingDays} hari kerja sejak salinan putusan diterima (UU 14/2008 Pasal 47 dan Pasal 48 ayat (1)).`;

const rulingFor = (mediation: boolean, toUnit: boolean): NoticeSpec[] => {
  const what = mediation ? "Kesepakatan mediasi sengketa" : "Putusan sengketa";
  const line = (f: NoticeFacts) => `${what} atas keberatan ${f.caseNumber} telah ditetapkan ${komisi(f)}${on(f)}: ${f.outcome ?? "-"}.`;
  const subject = mediation ? "Kesepakatan mediasi Komisi Informasi" : "Putusan Komisi Informasi";
  return [
    requester(`${subject} dicatat`, (f) => [line(f), ...(mediation ? [] : [courtRightLine])]),
    staff("PPID_UTAMA", subject, (f) => [line(f), ...(f.note ? [f.note] : []), "Catat pelaksanaan putusan pada halaman sengketa."]),
    staff("ATASAN", subject, (f) => [line(f), ...(mediation ? [] : [courtRightLine])]),
    ...(toUnit ? [staff("UNIT_PELAKSANA", `${subject}: siapkan pelaksanaannya`, (f) => [line(f), ...(f.note ? [f.note] : [])])] : []),
  ];
};

// UU 14/2008 Pasal 50: cassation within 14 days of receiving a first-instance decision.
const afterCourt = (f: NoticeFacts) => (f.court && f.court !== COURT_LABELS.MA ? ["Pihak yang tidak menerima putusan ini dapat mengajukan kasasi ke Mahkamah Agung paling lambat 14 hari sejak putusan diterima (UU 14/2008 Pasal 50)."] : []);
const toCourt = (f: NoticeFacts) => [`Putusan atas sengketa keberatan ${f.caseNumber} dibawa ke ${f.court ?? "pengadilan"}${register(f, "nomor perkara")}${on(f)}.`];
const courtRuled = (f: NoticeFacts) => [`${f.court ?? "Pengadilan"} telah memutus sengketa atas keberatan ${f.caseNumber}${on(f)}.`, ...(f.note ? [f.note] : [])];

export const DISPUTE_RULES: [string, NoticeRule[]][] = [
  rules("DISPUTE", "FILE", [
    requester("Pengajuan sengketa informasi dicatat", (f) => [
      `Pengajuan sengketa informasi Anda atas keberatan ${f.caseNumber} ke ${komisi(f)} telah kami catat${register(f, "nomor register")}.`,
      `Jadwal sidang ditetapkan dan disampaikan langsung oleh ${komisi(f)}.`,
    ]),
    staff("PPID_UTAMA", "Sengketa informasi di Komisi Informasi", filedStaff),
    staff("ATASAN", "Sengketa informasi di Komisi Informasi", filedStaff),
  ]),
  rules("DISPUTE", "START_MEDIATION", [staff("PPID_UTAMA", "Mediasi sengketa dimulai", hearing("mediasi")), staff("ATASAN", "Mediasi sengketa dimulai", hearing("mediasi"))]),
  rules("DISPUTE", "START_ADJUDICATION", [staff("PPID_UTAMA", "Ajudikasi sengketa dimulai", hearing("ajudikasi")), staff("ATASAN", "Ajudikasi sengketa dimulai", hearing("ajudikasi"))]),
  rules("DISPUTE", "RECORD_MEDIATION_AGREEMENT", rulingFor(true, true)),
  rules("DISPUTE", "RULE_GRANTED", rulingFor(false, true)),
  rules("DISPUTE", "RULE_GRANTED_PARTIAL", rulingFor(false, true)),
  rules("DISPUTE", "RULE_REJECTED", rulingFor(false, false)),
  rules("DISPUTE", "GO_TO_COURT", [
    requester("Putusan sengketa dibawa ke pengadilan", (f) => [...toCourt(f), "Perkembangannya dapat Anda pantau di halaman permohonan."]),
    staff("PPID_UTAMA", "Putusan sengketa dibawa ke pengadilan", toCourt),
    staff("ATASAN", "Putusan sengketa dibawa ke pengadilan", toCourt),
  ]),
  rules("DISPUTE", "RECORD_COURT_RULING", [
    requester("Putusan pengadilan dicatat", (f) => [...courtRuled(f), ...afterCourt(f)]),
    staff("PPID_UTAMA", "Putusan pengadilan dicatat", (f) => [...courtRuled(f), ...afterCourt(f)]),
    staff("UNIT_PELAKSANA", "Putusan pengadilan dicatat", courtRuled),
  ]),
  rules("DISPUTE", "RECORD_COMPLIANCE", [
    requester("Putusan sengketa telah dilaksanakan", (f) => [`Pelaksanaan putusan atas sengketa keberatan ${f.caseNumber} telah dicatat dan sengketa selesai.`, ...(f.note ? [`Catatan: ${f.note}`] : [])]),
  ]),
  rules("DISPUTE", "WITHDRAW", [requester("Pencabutan sengketa dicatat", (f) => [`Pencabutan sengketa atas keberatan ${f.caseNumber} di ${komisi(f)} telah kami catat.`])]),
];
