// The period a report covers (Perki 1/2021 on the Standar Layanan Informasi Publik: the yearly
// Laporan Layanan Informasi Publik, sent within three months after the year ends; office SOPs also
// ask for monthly (30-day) and quarterly reports). Pure: "today" is a parameter.

import { daysInMonth, formatLocalDate, parseLocalDate, type LocalDate } from "./local-date";

export const PERIOD_KINDS = ["YEAR", "QUARTER", "MONTH"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export type ReportPeriod = {
  kind: PeriodKind;
  year: number;
  /** 1–4 for a quarter, 1–12 for a month, 0 for a year. */
  index: number;
  /** Inclusive office-local dates. */
  from: LocalDate;
  to: LocalDate;
  label: string;
  /** Stable key for stored texts and file names: "2026", "2026-T2", "2026-05". */
  key: string;
};

export const MONTH_NAMES_ID = [
  "Januari", "Februari", "Maret", "April", "Mei", "Juni",
  "Juli", "Agustus", "September", "Oktober", "November", "Desember",
] as const;

export const MONTH_SHORT_ID = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"] as const;

const pad2 = (n: number) => String(n).padStart(2, "0");

/** A period, or null when the year or index is out of range. */
export function makePeriod(kind: PeriodKind, year: number, index = 0): ReportPeriod | null {
  if (!Number.isInteger(year) || year < 2000 || year > 2200) return null;
  if (kind === "YEAR") {
    return { kind, year, index: 0, from: `${year}-01-01`, to: `${year}-12-31`, label: `Tahun ${year}`, key: String(year) };
  }
  if (kind === "QUARTER") {
    if (!Number.isInteger(index) || index < 1 || index > 4) return null;
    const first = (index - 1) * 3 + 1;
    const last = first + 2;
    return {
      kind, year, index,
      from: formatLocalDate(year, first, 1),
      to: formatLocalDate(year, last, daysInMonth(year, last)),
      label: `Triwulan ${["I", "II", "III", "IV"][index - 1]} ${year} (${MONTH_NAMES_ID[first - 1]}–${MONTH_NAMES_ID[last - 1]})`,
      key: `${year}-T${index}`,
    };
  }
  if (!Number.isInteger(index) || index < 1 || index > 12) return null;
  return {
    kind, year, index,
    from: formatLocalDate(year, index, 1),
    to: formatLocalDate(year, index, daysInMonth(year, index)),
    label: `${MONTH_NAMES_ID[index - 1]} ${year}`,
    key: `${year}-${pad2(index)}`,
  };
}

/** The default report: the last full calendar year before today (the yearly report's period). */
export function defaultReportPeriod(today: LocalDate): ReportPeriod {
  return makePeriod("YEAR", parseLocalDate(today).year - 1)!;
}

/** Parses a key made by makePeriod ("2026", "2026-T2", "2026-05"); null when it is not one. */
export function parsePeriodKey(key: string): ReportPeriod | null {
  const year = /^(\d{4})$/.exec(key);
  if (year) return makePeriod("YEAR", Number(year[1]));
  const quarter = /^(\d{4})-T([1-4])$/.exec(key);
  if (quarter) return makePeriod("QUARTER", Number(quarter[1]), Number(quarter[2]));
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) return makePeriod("MONTH", Number(month[1]), Number(month[2]));
  return null;
}

export function inPeriod(date: LocalDate | null, period: Pick<ReportPeriod, "from" | "to">): boolean {
  return date !== null && date >= period.from && date <= period.to;
}
