// Tiny pure helpers for office-local calendar dates "YYYY-MM-DD" used by the guards and the
// Indonesian messages. No Date objects: nothing here can depend on a clock or a time zone.

export const MONTH_NAMES_ID = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parts(date: string): { year: number; month: number; day: number } | null {
  const match = typeof date === "string" ? ISO_DATE.exec(date) : null;
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function parseOrThrow(date: string): { year: number; month: number; day: number } {
  const parsed = parts(date);
  if (!parsed) throw new RangeError(`Tanggal tidak valid (format YYYY-MM-DD): ${String(date)}`);
  return parsed;
}

/** True for a real calendar date written "YYYY-MM-DD". */
export function isIsoDate(value: unknown): value is string {
  return typeof value === "string" && parts(value) !== null;
}

/** "2026-04-08" → "8 April 2026". Throws RangeError on anything but a real date. */
export function formatDateId(date: string): string {
  const { year, month, day } = parseOrThrow(date);
  return `${day} ${MONTH_NAMES_ID[month - 1]} ${year}`;
}

/** The calendar day after `date` ("2026-12-31" → "2027-01-01"). */
export function nextDay(date: string): string {
  const { year, month, day } = parseOrThrow(date);
  if (day < daysInMonth(year, month)) return iso(year, month, day + 1);
  if (month < 12) return iso(year, month + 1, 1);
  return iso(year + 1, 1, 1);
}

/** Negative when a is earlier, 0 when equal, positive when later (both must be valid dates). */
export function compareIsoDates(a: string, b: string): number {
  parseOrThrow(a);
  parseOrThrow(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
