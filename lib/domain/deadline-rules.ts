// The legal periods of UU 14/2008 (UU KIP) as data. The arithmetic lives in deadlines.ts.

import type { CalendarConfig } from "./calendar-types";

export type DeadlineRule =
  | "REQUEST_RESPONSE"
  | "REQUEST_EXTENSION"
  | "REQUIREMENTS_COMPLETION"
  | "OBJECTION_FILING"
  | "OBJECTION_RESPONSE"
  | "DISPUTE_FILING";

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
  // Office SOP (DESIGN.md 1.1 step 3; default 2 working days, Jatim BKD SOP), within the
  // service standard of Perki 1/2021: an incomplete request lapses if not completed in time.
  REQUIREMENTS_COMPLETION: {
    workingDays: "SETTING",
    startsAt: "DATE",
    article: "SOP layanan informasi publik (standar layanan Perki 1/2021)",
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
  // UU 14/2008 Pasal 37(2): 14 working days after the Atasan's written answer was received, or,
  // when no answer came, after the Atasan's 30-day period ended (Pasal 37).
  DISPUTE_FILING: {
    workingDays: 14,
    startsAt: "DATE",
    article: "UU 14/2008 Pasal 37 ayat (2)",
    label: "Pengajuan sengketa informasi ke Komisi Informasi",
    startLabel: "diterimanya tanggapan atasan PPID, atau berakhirnya batas waktu tanggapan",
    description:
      "Jika tidak puas, pemohon dapat mengajukan sengketa informasi ke Komisi Informasi paling lambat 14 hari kerja setelah menerima tanggapan atasan PPID atau setelah batas waktu tanggapan berakhir.",
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
