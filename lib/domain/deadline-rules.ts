// The legal periods of UU 14/2008 (UU KIP) as data. The arithmetic lives in deadlines.ts.

import type { CalendarConfig } from "./calendar-types";

export type DeadlineRule =
  | "REQUEST_RESPONSE"
  | "REQUEST_EXTENSION"
  | "REQUIREMENTS_COMPLETION"
  | "OBJECTION_FILING"
  | "OBJECTION_RESPONSE"
  | "DISPUTE_FILING"
  | "KI_START"
  | "KI_FINISH"
  | "COURT_FILING";

export type DeadlineRuleDefinition = {
  /** Length in working days, or "SETTING" when the office configures it. */
  workingDays: number | "SETTING";
  /** RECEIPT: counted from the receipt date of a submission (an instant); DATE: from a given date. */
  startsAt: "RECEIPT" | "DATE";
  article: string;
  label: string;
  startLabel: string;
  description: string;
};

export const DEADLINE_RULES: Record<DeadlineRule, DeadlineRuleDefinition> = {
  // UU 14/2008 Pasal 22(7): written notice no later than 10 working days after receipt.
  REQUEST_RESPONSE: {
    workingDays: 10,
    startsAt: "RECEIPT",
    article: "UU 14/2008 Pasal 22 ayat (7)",
    label: "Jawaban atas permohonan informasi",
    startLabel: "diterimanya permohonan",
    description:
      "Badan publik wajib memberikan pemberitahuan tertulis paling lambat 10 hari kerja sejak permohonan informasi diterima.",
  },
  // UU 14/2008 Pasal 22(8): one extension of at most 7 working days, in writing with reasons.
  REQUEST_EXTENSION: {
    workingDays: 7,
    startsAt: "DATE",
    article: "UU 14/2008 Pasal 22 ayat (8)",
    label: "Perpanjangan waktu jawaban",
    startLabel: "berakhirnya batas waktu jawaban semula",
    description:
      "Badan publik dapat memperpanjang waktu jawaban satu kali, paling lama 7 hari kerja setelah batas waktu semula, dengan pemberitahuan tertulis beserta alasannya.",
  },
  // The office's setting, not the UU: the SOP's period to complete an incomplete request
  // (default 2 working days, Jatim BKD SOP), within the service standard of Perki 1/2021.
  REQUIREMENTS_COMPLETION: {
    workingDays: "SETTING",
    startsAt: "DATE",
    article: "Pengaturan kantor (SOP layanan informasi publik), bukan ketentuan UU 14/2008",
    label: "Melengkapi persyaratan permohonan",
    startLabel: "pemberitahuan kekurangan persyaratan",
    description:
      "Jika permohonan belum lengkap, pemohon diminta melengkapinya dalam jangka waktu yang ditetapkan badan publik; jika tidak dilengkapi, permohonan dinyatakan batal.",
  },
  // UU 14/2008 Pasal 35(1) (grounds) and Pasal 36(1) (30 working days); Perki 1/2021.
  OBJECTION_FILING: {
    workingDays: 30,
    startsAt: "DATE",
    article: "UU 14/2008 Pasal 35 ayat (1) dan Pasal 36 ayat (1); Perki 1/2021",
    label: "Pengajuan keberatan",
    startLabel: "ditemukannya alasan keberatan",
    description:
      "Pemohon dapat mengajukan keberatan kepada atasan PPID paling lambat 30 hari kerja setelah ditemukannya alasan keberatan.",
  },
  // UU 14/2008 Pasal 36(2): the Atasan PPID answers within 30 working days after receipt.
  OBJECTION_RESPONSE: {
    workingDays: 30,
    startsAt: "RECEIPT",
    article: "UU 14/2008 Pasal 36 ayat (2)",
    label: "Tanggapan atasan PPID atas keberatan",
    startLabel: "diterimanya keberatan",
    description:
      "Atasan PPID wajib memberikan tanggapan tertulis paling lambat 30 hari kerja sejak keberatan diterima.",
  },
  // UU 14/2008 Pasal 37(2): 14 working days after the Atasan's written answer was received; when no
  // answer came, after the Atasan's 30 working days ended — that second case is the KI's rule on
  // dispute procedure (Perki No. 1 Tahun 2013 tentang Prosedur Penyelesaian Sengketa Informasi Publik).
  DISPUTE_FILING: {
    workingDays: 14,
    startsAt: "DATE",
    article: "UU 14/2008 Pasal 37 ayat (2); Perki No. 1 Tahun 2013 tentang Prosedur Penyelesaian Sengketa Informasi Publik",
    label: "Pengajuan sengketa informasi ke Komisi Informasi",
    startLabel: "diterimanya tanggapan atasan PPID, atau berakhirnya batas waktu tanggapan",
    description:
      "Jika tidak puas, pemohon dapat mengajukan sengketa informasi ke Komisi Informasi paling lambat 14 hari kerja setelah menerima tanggapan atasan PPID (UU 14/2008 Pasal 37 ayat (2)) atau, bila tidak ada tanggapan, setelah batas waktu tanggapan berakhir (Perki No. 1 Tahun 2013).",
  },
  // UU 14/2008 Pasal 38(1): the Komisi Informasi starts mediation/adjudication within 14 working days.
  // Information for the body, not a bar: the KI keeps its own time.
  KI_START: {
    workingDays: 14,
    startsAt: "DATE",
    article: "UU 14/2008 Pasal 38 ayat (1)",
    label: "Komisi Informasi mulai menyelesaikan sengketa",
    startLabel: "diterimanya permohonan penyelesaian sengketa",
    description: "Komisi Informasi mulai mengupayakan penyelesaian sengketa melalui mediasi dan/atau ajudikasi paling lambat 14 hari kerja setelah menerima permohonan.",
  },
  // UU 14/2008 Pasal 38(2): the dispute is settled within 100 working days (information).
  KI_FINISH: {
    workingDays: 100,
    startsAt: "DATE",
    article: "UU 14/2008 Pasal 38 ayat (2)",
    label: "Penyelesaian sengketa oleh Komisi Informasi",
    startLabel: "diterimanya permohonan penyelesaian sengketa",
    description: "Proses penyelesaian sengketa oleh Komisi Informasi paling lambat dapat diselesaikan dalam 100 hari kerja.",
  },
  // UU 14/2008 Pasal 47-48(1): a party that does not accept the KI's adjudication ruling goes to the
  // PTUN (state body) or the PN (other body) within 14 working days of receiving it.
  COURT_FILING: {
    workingDays: 14,
    startsAt: "DATE",
    article: "UU 14/2008 Pasal 47 dan Pasal 48 ayat (1)",
    label: "Gugatan ke PTUN atau Pengadilan Negeri",
    startLabel: "diterimanya putusan Komisi Informasi",
    description: "Pihak yang tidak menerima putusan ajudikasi Komisi Informasi dapat mengajukan gugatan ke PTUN atau Pengadilan Negeri paling lambat 14 hari kerja setelah putusan diterima.",
  },
};

export const DEADLINE_RULE_NAMES = Object.keys(DEADLINE_RULES) as DeadlineRule[];

/** The length of a rule in working days for this office. */
export function ruleWorkingDays(rule: DeadlineRule, config: CalendarConfig): number {
  const definition = DEADLINE_RULES[rule];
  if (!definition) throw new RangeError(`Aturan tenggat tidak dikenal: ${String(rule)}`);
  if (definition.workingDays !== "SETTING") return definition.workingDays;
  const days = config.requirementsCompletionDays;
  if (!Number.isInteger(days) || days < 1) {
    throw new RangeError(`Jangka waktu melengkapi persyaratan harus bilangan bulat ≥ 1: ${days}`);
  }
  return days;
}
