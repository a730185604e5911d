// The plan of the demo sample cases (DEMO data, not real people): a year and a bit of believable
// requests, objections and disputes so that the Laporan Layanan Informasi Publik, the dashboard
// and /statistik show something on a fresh start. Deterministic: the same plan every run, dates
// counted with the official calendar. Written to the database by demo-cases.ts.

import { addCalendarDays, addWorkingDays, isWorkingDay, makeCalendarConfig, nextWorkingDay, type LocalDate } from "../../lib/domain/calendar";
import { OFFICIAL_CALENDAR_YEARS, OFFICIAL_HOLIDAYS } from "../../lib/domain/holidays-data";
import type { ObjectionGround } from "../../lib/domain/objection-grounds";
import type { ObjectionOutcome } from "../../lib/domain/objection-workflow";
import type { DisputeOutcome, DisputeStatus } from "../../lib/domain/dispute-workflow";
import type { RequesterType } from "../../lib/domain/request-intake";
import type { RequestChannel, RequestOutcome, RequestStatus } from "../../lib/domain/request-workflow";

export const DEMO_CASE_CONFIG = makeCalendarConfig({ timeZone: "Asia/Makassar", holidays: OFFICIAL_HOLIDAYS, officialYears: OFFICIAL_CALENDAR_YEARS });

type Scenario = {
  outcome: RequestOutcome | null;
  /** Working days from receipt to the written notice (decisions only). */
  days?: number;
  extended?: boolean;
  /** Key of a demo consequence test (refusals and partial grants). */
  test?: "medis" | "asn" | "tender";
  /** Running cases: the status they are in. */
  open?: RequestStatus;
};

// One cycle of 20: mostly on time, some late, extended, partly granted, refused, not held, lapsed, withdrawn.
const CYCLE: Scenario[] = [
  { outcome: "GRANTED_FULL", days: 4 },
  { outcome: "GRANTED_FULL", days: 7 },
  { outcome: "GRANTED_FULL", days: 10 },
  { outcome: "GRANTED_PARTIAL", days: 8, test: "asn" },
  { outcome: "GRANTED_FULL", days: 2 },
  { outcome: "REJECTED", days: 9, test: "medis" },
  { outcome: "GRANTED_FULL", days: 14, extended: true },
  { outcome: "NOT_HELD", days: 5 },
  { outcome: "GRANTED_FULL", days: 12 },
  { outcome: "GRANTED_FULL", days: 6 },
  { outcome: "LAPSED" },
  { outcome: "GRANTED_FULL", days: 3 },
  { outcome: "REJECTED", days: 10, test: "tender" },
  { outcome: "GRANTED_PARTIAL", days: 16, extended: true, test: "medis" },
  { outcome: "WITHDRAWN" },
  { outcome: "GRANTED_FULL", days: 5 },
  { outcome: "REJECTED", days: 8, test: "asn" },
  { outcome: "GRANTED_FULL", days: 19, extended: true },
  { outcome: "NOT_HELD", days: 9 },
  { outcome: "GRANTED_FULL", days: 1 },
];

// The running cases at the end of the plan: received in November 2026, oldest first.
const OPEN_TAIL: { date: LocalDate; status: RequestStatus }[] = [
  { date: "2026-11-06", status: "IN_PROCESS" },
  { date: "2026-11-12", status: "ANSWER_PREPARED" },
  { date: "2026-11-17", status: "IN_PROCESS" },
  { date: "2026-11-20", status: "IN_PROCESS" },
  { date: "2026-11-24", status: "VERIFIED" },
  { date: "2026-11-26", status: "RECEIVED" },
  { date: "2026-11-27", status: "AWAITING_COMPLETION" },
];

const UNIT_CYCLE = ["DINKES", "DIKBUD", "BPKAD", "DPUPR", "BPBD", "DISKOMINFO", null] as const;
const TEST_UNIT = { medis: "DINKES", asn: "DIKBUD", tender: "DPUPR" } as const;
const CHANNELS: RequestChannel[] = ["ONLINE", "ONLINE", "WALK_IN", "EMAIL", "ONLINE", "POST", "PHONE", "WALK_IN", "ONLINE"];

const TOPICS: Record<string, string[]> = {
  DINKES: ["Data cakupan imunisasi dasar per puskesmas", "Laporan kasus demam berdarah per kelurahan", "Rekam medis pasien atas nama pihak lain", "Anggaran program penanganan stunting"],
  DIKBUD: ["Daftar penerima Program Indonesia Pintar per sekolah", "Data guru honorer dan tunjangannya", "Hasil penerimaan peserta didik baru", "Rencana rehabilitasi gedung sekolah dasar"],
  BPKAD: ["Ringkasan Laporan Realisasi Anggaran", "Daftar aset tanah milik pemerintah kota", "Laporan keuangan pemerintah daerah yang telah diaudit", "Rincian belanja hibah dan bantuan sosial"],
  DPUPR: ["Dokumen kontrak peningkatan jalan lingkungan", "Rencana detail tata ruang kawasan pesisir", "Dokumen penawaran peserta tender yang sedang berjalan", "Daftar paket pekerjaan drainase"],
  BPBD: ["Peta rawan banjir dan longsor", "Data penyaluran logistik bencana", "Rencana kontinjensi bencana kekeringan", "Laporan kaji cepat pascabencana angin kencang"],
  DISKOMINFO: ["Daftar Informasi Publik yang dikuasai", "Laporan layanan informasi publik tahun sebelumnya", "Data kunjungan portal resmi pemerintah kota", "Standar operasional prosedur layanan informasi"],
};

const PURPOSES = ["Bahan penelitian skripsi", "Pengawasan anggaran oleh masyarakat", "Bahan pemberitaan", "Keperluan advokasi warga", "Perencanaan usaha"];
const FIRST = ["Yosef", "Maria", "Kristina", "Daniel", "Aprianus", "Selvi", "Melki", "Yuliana", "Rafael", "Novi", "Hendrik", "Lusia"];
const LAST = ["Manu", "Ndolu", "Benu", "Lado", "Tefa", "Pello", "Seran", "Nuban", "Kase", "Riwu"];
const ORGS = ["CV Flobamora Karya", "Yayasan Peduli Pesisir Kupang", "LBH Nusa Tenggara"];
const GROUPS = ["Kelompok Tani Oesao", "Forum Warga RT 05 Oebufu"];

export type PlannedRequest = {
  key: string;
  year: number;
  sequence: number;
  receivedDate: LocalDate;
  channel: RequestChannel;
  requesterType: RequesterType;
  requesterName: string;
  organization: string | null;
  unit: string | null;
  informationRequested: string;
  purpose: string;
  status: RequestStatus;
  outcome: RequestOutcome | null;
  noticeDate: LocalDate | null;
  extended: boolean;
  test: "medis" | "asn" | "tender" | null;
};

export type PlannedObjection = {
  requestKey: string;
  grounds: ObjectionGround[];
  /** Working days after the notice (or the due date) the objection came in. */
  after: number;
  outcome: ObjectionOutcome | null;
  /** Working days the Atasan took. */
  answerDays: number;
  dispute?: { status: DisputeStatus; outcome: DisputeOutcome | null };
};

function receiptDay(year: number, i: number, count: number, lastDay: LocalDate): LocalDate {
  const span = (Date.parse(`${lastDay}T00:00:00Z`) - Date.parse(`${year}-01-05T00:00:00Z`)) / 86_400_000;
  const date = addCalendarDays(`${year}-01-05`, Math.floor((i * span) / count));
  return isWorkingDay(date, DEMO_CASE_CONFIG) ? date : nextWorkingDay(date, DEMO_CASE_CONFIG);
}

function planYear(year: number, count: number, lastDay: LocalDate, openTail: number, offset: number): PlannedRequest[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + offset;
    const tail = i >= count - openTail ? OPEN_TAIL[i - (count - openTail)] : null;
    const scenario: Scenario = tail ? { outcome: null, open: tail.status } : CYCLE[n % CYCLE.length];
    const unit = scenario.test ? TEST_UNIT[scenario.test] : (UNIT_CYCLE[n % UNIT_CYCLE.length] ?? (tail ? "DINKES" : null));
    const topics = TOPICS[unit ?? "DISKOMINFO"];
    const receivedDate = tail?.date ?? receiptDay(year, i, count - openTail, lastDay);
    const type: RequesterType = n % 11 === 3 ? "LEGAL_ENTITY" : n % 13 === 5 ? "GROUP" : "INDIVIDUAL";
    const person = `${FIRST[n % FIRST.length]} ${LAST[(n * 7) % LAST.length]}`;
    const requesterName = `${type === "LEGAL_ENTITY" ? ORGS[n % ORGS.length] : type === "GROUP" ? GROUPS[n % GROUPS.length] : person} (Demo)`;
    const decided = scenario.days !== undefined;
    const status: RequestStatus = scenario.open ?? "CLOSED";
    return {
      key: `demo-kasus-${year}-${String(i + 1).padStart(3, "0")}`,
      year,
      sequence: i + 1,
      receivedDate,
      channel: CHANNELS[n % CHANNELS.length],
      requesterType: type,
      requesterName,
      organization: type === "INDIVIDUAL" ? null : requesterName,
      // Not held, or not yet forwarded (received, verified, awaiting completion): no unit.
      unit: scenario.outcome === "NOT_HELD" || ["RECEIVED", "VERIFIED", "AWAITING_COMPLETION"].includes(scenario.open ?? "") ? null : unit,
      informationRequested: scenario.test === "medis" ? topics[2] : scenario.test === "tender" ? "Dokumen penawaran peserta tender yang sedang berjalan" : scenario.test === "asn" ? "Data pribadi guru (alamat, NIK, riwayat kesehatan)" : topics[n % topics.length],
      purpose: PURPOSES[n % PURPOSES.length],
      status,
      outcome: scenario.outcome,
      noticeDate: decided ? addWorkingDays(receivedDate, scenario.days!, DEMO_CASE_CONFIG).date : null,
      extended: scenario.extended ?? false,
      test: scenario.test ?? null,
    };
  });
}

/** 2025: 60 closed cases over the year; 2026: 40 cases to the end of November, the last 7 still running. */
export function planDemoRequests(): PlannedRequest[] {
  return [...planYear(2025, 60, "2025-12-19", 0, 0), ...planYear(2026, 40, "2026-10-30", OPEN_TAIL.length, 3)];
}

// Objections on refusals, partial grants and late answers, and the disputes that followed.
export const DEMO_OBJECTIONS: PlannedObjection[] = [
  { requestKey: "demo-kasus-2025-006", grounds: ["REFUSED_PASAL_17"], after: 5, outcome: "REJECTED", answerDays: 18, dispute: { status: "CLOSED", outcome: "MEDIATION_AGREEMENT" } },
  { requestKey: "demo-kasus-2025-004", grounds: ["REFUSED_PASAL_17", "NOT_FULFILLED"], after: 3, outcome: "ACCEPTED_PARTIAL", answerDays: 21 },
  { requestKey: "demo-kasus-2025-009", grounds: ["LATE_DELIVERY"], after: 4, outcome: "SETTLED", answerDays: 6 },
  { requestKey: "demo-kasus-2025-013", grounds: ["REFUSED_PASAL_17"], after: 10, outcome: "REJECTED", answerDays: 25, dispute: { status: "RULED", outcome: "REJECTED" } },
  { requestKey: "demo-kasus-2025-017", grounds: ["REFUSED_PASAL_17"], after: 2, outcome: "ACCEPTED_FULL", answerDays: 14 },
  { requestKey: "demo-kasus-2025-008", grounds: ["ANSWERED_OTHERWISE"], after: 6, outcome: "WITHDRAWN", answerDays: 5 },
  { requestKey: "demo-kasus-2025-026", grounds: ["REFUSED_PASAL_17"], after: 8, outcome: "REJECTED", answerDays: 29, dispute: { status: "RULED", outcome: "GRANTED_PARTIAL" } },
  { requestKey: "demo-kasus-2025-029", grounds: ["LATE_DELIVERY"], after: 3, outcome: "SETTLED", answerDays: 9 },
  { requestKey: "demo-kasus-2025-022", grounds: ["UNREASONABLE_FEE"], after: 4, outcome: "SETTLED", answerDays: 7 },
  { requestKey: "demo-kasus-2026-003", grounds: ["REFUSED_PASAL_17"], after: 4, outcome: "REJECTED", answerDays: 20, dispute: { status: "MEDIATION", outcome: null } },
  { requestKey: "demo-kasus-2026-006", grounds: ["PERIODIC_NOT_PUBLISHED", "NOT_FULFILLED"], after: 7, outcome: "ACCEPTED_FULL", answerDays: 16 },
  { requestKey: "demo-kasus-2026-010", grounds: ["REFUSED_PASAL_17"], after: 5, outcome: "REJECTED", answerDays: 22, dispute: { status: "ADJUDICATION", outcome: null } },
  { requestKey: "demo-kasus-2026-031", grounds: ["REFUSED_PASAL_17"], after: 20, outcome: null, answerDays: 0 },
];
