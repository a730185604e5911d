// Time taken to send the written notice, in working days from the receipt date (UU 14/2008
// Pasal 22(7): at most 10 working days; Pasal 22(8): one extension of at most 7 more). Counted
// with the office calendar, so holidays and cuti bersama do not count.

import { countWorkingDays, DEADLINE_RULES, type CalendarConfig } from "./calendar";
import { shapeOf } from "./working-days";
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

/** The k-th (0-based) of the days when every row's days are repeated `count` times, sorted. */
function nthDay(sorted: readonly { days: number; count: number }[], k: number): number {
  let seen = 0;
  for (const d of sorted) {
    seen += d.count;
    if (k < seen) return d.days;
  }
  throw new RangeError(`No day ${k} among ${seen}`);
}

// Rows sharing receipt and notice dates take the same number of working days: counted once per
// calendar (the whole report, then each unit's line, asks for the same pairs), as working-days.ts
// keeps its index: a configuration is never changed, a changed calendar is a new object.
const knownDays = new WeakMap<CalendarConfig, { shape: string; days: Map<string, number | null> }>();

function daysMemo(config: CalendarConfig): Map<string, number | null> {
  const shape = shapeOf(config);
  const known = knownDays.get(config);
  if (known && known.shape === shape) return known.days;
  const days = new Map<string, number | null>();
  knownDays.set(config, { shape, days });
  return days;
}

export function timingFigures(rows: readonly ReportRequestRow[], config: CalendarConfig): TimingFigures {
  const known = daysMemo(config);
  const days: { days: number; extended: boolean; count: number }[] = [];
  for (const row of rows) {
    const key = `${row.receivedDate}/${row.noticeDate}`;
    let d = known.get(key);
    if (d === undefined) known.set(key, (d = noticeWorkingDays(row, config)));
    if (d !== null) days.push({ days: d, extended: row.extended, count: row.count });
  }
  const sorted = [...days].sort((a, b) => a.days - b.days);
  const n = sorted.reduce((sum, d) => sum + d.count, 0);
  const median = n === 0 ? null : n % 2 === 1 ? nthDay(sorted, (n - 1) / 2) : oneDecimal((nthDay(sorted, n / 2 - 1) + nthDay(sorted, n / 2)) / 2);
  const mean = n === 0 ? null : oneDecimal(sorted.reduce((sum, d) => sum + d.days * d.count, 0) / n);
  const punctuality: Record<Punctuality, number> = { WITHIN_RESPONSE: 0, WITHIN_EXTENSION: 0, LATE: 0 };
  for (const d of days) punctuality[punctualityOf(d.days, d.extended)] += d.count;
  const inBucket = (min: number, max: number) => sorted.reduce((sum, d) => (d.days >= min && d.days <= max ? sum + d.count : sum), 0);
  return {
    answered: n,
    median,
    mean,
    buckets: TIMING_BUCKETS.map((b) => ({ label: b.label, count: inBucket(b.min, b.max) })),
    punctuality,
  };
}
