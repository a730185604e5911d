// The dispute after the Komisi Informasi (UU 14/2008 Pasal 47-50) and the KI's own periods
// (Pasal 38). The portal records what the parties and the courts did; the periods computed here
// are shown and warned about, never used to refuse a record (the court decides admissibility).
// - Pasal 47(1)-(2): against a state body the claim goes to the PTUN, otherwise to the PN.
// - Pasal 48(1): within 14 working days of receiving the KI's adjudication ruling (COURT_FILING).
// - Pasal 50: cassation to the Mahkamah Agung within 14 days (calendar days: the article does not
//   say "hari kerja") of receiving the PTUN/PN decision.
// - Pasal 38: the KI starts within 14 and finishes within 100 working days (KI_START, KI_FINISH).

import type { CalendarConfig } from "./calendar-types";
import { computeDeadline } from "./deadlines";
import { formatDateId, isIsoDate } from "./format-date";
import { addCalendarDays } from "./local-date";
import type { ObjectionGround } from "./objection-grounds";

export const COURT_KINDS = ["PTUN", "PN", "MA"] as const;
export type CourtKind = (typeof COURT_KINDS)[number];

export const COURT_LABELS: Record<CourtKind, string> = {
  PTUN: "Pengadilan Tata Usaha Negara (PTUN)",
  PN: "Pengadilan Negeri",
  MA: "Mahkamah Agung (kasasi)",
};

export const COURT_FILERS = ["REQUESTER", "BODY"] as const;
export type CourtFiler = (typeof COURT_FILERS)[number];
export const COURT_FILER_LABELS: Record<CourtFiler, string> = { REQUESTER: "Pemohon informasi", BODY: "Badan publik" };

/** UU 14/2008 Pasal 50: 14 days (calendar) after the first-instance decision was received. */
export const CASSATION_DAYS = 14;

export function isCourtKind(value: unknown): value is CourtKind {
  return typeof value === "string" && (COURT_KINDS as readonly string[]).includes(value);
}

export type CourtStageFacts = { court: CourtKind; ruled: boolean; rulingReceivedOn: string | null; rulingDate: string | null };

/**
 * Which court may be recorded next: the first stage is PTUN or PN (Pasal 47), against the KI's
 * adjudication ruling; after a first-instance decision, cassation (MA, Pasal 50); nothing after
 * the MA. Returns why not (Indonesian) or null.
 */
export function nextCourtProblem(court: CourtKind, stages: readonly CourtStageFacts[]): string | null {
  const last = stages.at(-1);
  if (!last) return court === "MA" ? "Kasasi ke Mahkamah Agung diajukan atas putusan PTUN atau Pengadilan Negeri (UU 14/2008 Pasal 50)." : null;
  if (!last.ruled) return `Tahap ${COURT_LABELS[last.court]} belum diputus.`;
  if (last.court === "MA") return "Putusan kasasi Mahkamah Agung adalah tahap terakhir yang dicatat portal.";
  return court === "MA" ? null : "Setelah putusan PTUN atau Pengadilan Negeri, upaya berikutnya adalah kasasi ke Mahkamah Agung (UU 14/2008 Pasal 50).";
}

/** The last day to go to court: after the KI ruling (Pasal 48(1)) or after the first-instance decision (Pasal 50). */
export function courtFilingDeadline(court: CourtKind, decisionReceivedOn: string, config: CalendarConfig): string {
  if (!isIsoDate(decisionReceivedOn)) throw new RangeError(`Tanggal tidak valid: ${String(decisionReceivedOn)}`);
  if (court === "MA") return addCalendarDays(decisionReceivedOn, CASSATION_DAYS);
  return computeDeadline("COURT_FILING", decisionReceivedOn, config).dueDate;
}

export function courtFilingArticle(court: CourtKind): string {
  return court === "MA" ? "UU 14/2008 Pasal 50 (14 hari)" : "UU 14/2008 Pasal 48 ayat (1) (14 hari kerja)";
}

/** A warning when the filing lies after the computed last day (recorded all the same, with a reason). */
export function courtFilingWarning(court: CourtKind, filedOn: string, deadline: string): string | null {
  if (filedOn <= deadline) return null;
  return `Menurut perhitungan, batas waktu ke ${COURT_LABELS[court]} berakhir pada ${formatDateId(deadline)} (${courtFilingArticle(court)}), sedangkan gugatan/permohonan tercatat pada ${formatDateId(filedOn)}; pengadilan yang menilai.`;
}

/** UU 14/2008 Pasal 38: the KI's own periods from the filing, shown as information. */
export function kiPeriods(filedOn: string, config: CalendarConfig): { startBy: string; finishBy: string } {
  return {
    startBy: computeDeadline("KI_START", filedOn, config).dueDate,
    finishBy: computeDeadline("KI_FINISH", filedOn, config).dueDate,
  };
}

/**
 * UU 14/2008 Pasal 40(2): mediation is for grounds b–g; a dispute over a Pasal 17 refusal (ground
 * a) alone is usually adjudicated. A warning only: the portal records what the KI actually did.
 */
export function mediationWarning(grounds: readonly ObjectionGround[]): string | null {
  if (grounds.length === 0 || grounds.some((g) => g !== "REFUSED_PASAL_17")) return null;
  return "Sengketa ini hanya mengenai penolakan berdasarkan Pasal 17 (alasan huruf a), yang biasanya diselesaikan Komisi Informasi melalui ajudikasi (UU 14/2008 Pasal 40 ayat (2)). Catat sesuai yang benar-benar dilakukan Komisi Informasi.";
}
