// Time taken to send the written notice, in working days from the receipt date (UU 14/2008
// Pasal 22(7): at most 10 working days; Pasal 22(8): one extension of at most 7 more). Counted
// with the office calendar, so holidays and cuti bersama do not count.

import { countWorkingDays, DEADLINE_RULES, type CalendarConfig } from "./calendar";
import type { ReportRequestRow } from "./report-rows";

const RESPONSE_DAYS = DEADLINE_RULES.REQUEST_RESPONSE.workingDays as number;
const EXTENSION_DAYS = DEADLINE_RULES.REQUEST_EXTENSION.workingDays as number;

export type Punctuality = "WITHIN_RESPONSE" | "WITHIN_EXTENSION" | "LATE";

export const PUNCTUALITY_LABELS: Record<Punctuality, string> = {
  WITHIN_RESPONSE: `Paling lama ${RESPONSE_DAYS} hari kerja`,
  WITHIN_EXTENSION: `Paling lama ${RESPONSE_DAYS + EXTENSION_DAYS} hari kerja dengan perpanjangan`,
  LATE: "Melewati batas waktu",
};

/** Buckets of the distribution (working days, inclusive). */
export const TIMING_BUCKETS = [
  { label: "0–2 hari kerja", min: 0, max: 2 },
  { label: "3–5 hari kerja", min: 3, max: 5 },
  { label: `6–${RESPONSE_DAYS} hari kerja`, min: 6, max: RESPONSE_DAYS },
  { label: `${RESPONSE_DAYS + 1}–${RESPONSE_DAYS + EXTENSION_DAYS} hari kerja`, min: RESPONSE_DAYS + 1, max: RESPONSE_DAYS + EXTENSION_DAYS },
  { label: `Lebih dari ${RESPONSE_DAYS + EXTENSION_DAYS} hari kerja`, min: RESPONSE_DAYS + EXTENSION_DAYS + 1, max: Infinity },
] as const;

/** Working days from receipt to the written notice; null when no notice was sent. */
export function noticeWorkingDays(row: Pick<ReportRequestRow, "receivedDate" | "noticeDate">, config: CalendarConfig): number | null {
  if (!row.noticeDate) return null;
  return Math.max(0, countWorkingDays(row.receivedDate, row.noticeDate, config));
}

/**
 * Within 10 working days; within 17 when the one extension was used; otherwise late. A notice
 * after day 10 without an extension is late even if it came before day 17.
 */
export function punctualityOf(days: number, extended: boolean): Punctuality {
  if (days <= RESPONSE_DAYS) return "WITHIN_RESPONSE";
  if (extended && days <= RESPONSE_DAYS + EXTENSION_DAYS) return "WITHIN_EXTENSION";
  return "LATE";
}

export type TimingFigures = {
  /** Requests with a written notice. */
  answered: number;
  /** Median and mean working days, one decimal; null when nothing was answered. */
  median: number | null;
  mean: number | null;
  buckets: { label: string; count: number }[];
  punctuality: Record<Punctuality, number>;
};

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

export function timingFigures(rows: readonly ReportRequestRow[], config: CalendarConfig): TimingFigures {
  const days: { days: number; extended: boolean }[] = [];
  for (const row of rows) {
    const d = noticeWorkingDays(row, config);
    if (d !== null) days.push({ days: d, extended: row.extended });
  }
  const sorted = days.map((d) => d.days).sort((a, b) => a - b);
  const n = sorted.length;
  const median = n === 0 ? null : n % 2 === 1 ? sorted[(n - 1) / 2] : oneDecimal((sorted[n / 2 - 1] + sorted[n / 2]) / 2);
  const mean = n === 0 ? null : oneDecimal(sorted.reduce((a, b) => a + b, 0) / n);
  const punctuality: Record<Punctuality, number> = { WITHIN_RESPONSE: 0, WITHIN_EXTENSION: 0, LATE: 0 };
  for (const d of days) punctuality[punctualityOf(d.days, d.extended)] += 1;
  return {
    answered: n,
    median,
    mean,
    buckets: TIMING_BUCKETS.map((b) => ({ label: b.label, count: sorted.filter((d) => d >= b.min && d <= b.max).length })),
    punctuality,
  };
}
