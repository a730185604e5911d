// Years without a decree (docs/domain.md, Working days). The national holidays and cuti bersama of a
// year are set each year by the SKB 3 Menteri (Menteri Agama, Menteri Ketenagakerjaan, Menteri
// PANRB), usually published in the autumn before. Until it is loaded, every year the portal computes
// into is pre-filled so that, e.g., 1 January 2027 is not counted as a working day:
// - the holidays whose date is fixed by presidential decree (below), which the SKB only repeats;
// - the movable holidays as the date-holidays library predicts them, marked provisional (Islamic
//   holidays may move by a day; cuti bersama is unknown until the SKB).
// The year stays unofficial, so every date computed across it is shown as provisional, and the
// import of the decree replaces the pre-fill.

import type { CalendarConfig, Holiday } from "./calendar-types";
import { parseLocalDate, type LocalDate } from "./local-date";

const KEPPRES_HARI_LIBUR = "Keppres No. 251 Tahun 1967 tentang Hari-hari Libur beserta perubahannya";

/** Holidays on a fixed calendar date by presidential decree, the same every year. */
export const FIXED_DATE_HOLIDAYS: readonly { monthDay: string; name: (year: number) => string; basis: string }[] = [
  { monthDay: "01-01", name: (y) => `Tahun Baru ${y} Masehi`, basis: KEPPRES_HARI_LIBUR },
  // Perpres No. 24 Tahun 2013 (perubahan ketiga Keppres 251/1967) made 1 May a national holiday.
  { monthDay: "05-01", name: () => "Hari Buruh Internasional", basis: "Perpres No. 24 Tahun 2013" },
  { monthDay: "06-01", name: () => "Hari Lahir Pancasila", basis: "Keppres No. 24 Tahun 2016 tentang Hari Lahir Pancasila" },
  { monthDay: "08-17", name: () => "Proklamasi Kemerdekaan RI", basis: KEPPRES_HARI_LIBUR },
  { monthDay: "12-25", name: () => "Kelahiran Yesus Kristus", basis: KEPPRES_HARI_LIBUR },
];

/**
 * The pre-fill of a year without a decree: the fixed-date holidays (not provisional: their date
 * cannot move) and the library's other dates (provisional), one entry per date, sorted.
 */
export function provisionalYearHolidays(year: number, predicted: readonly Holiday[]): Holiday[] {
  const byDate = new Map<string, Holiday>();
  for (const f of FIXED_DATE_HOLIDAYS) {
    const date = `${year}-${f.monthDay}`;
    byDate.set(date, { date, name: f.name(year), kind: "NATIONAL", source: f.basis, provisional: false });
  }
  for (const h of predicted) {
    if (!h.date.startsWith(`${year}-`) || byDate.has(h.date)) continue;
    byDate.set(h.date, { ...h, provisional: true });
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

// The longest chain of clocks a case opened today can run (request 10 + 7, objection 30 + 30,
// dispute 14, Komisi Informasi 100 working days, court stages) ends within the next calendar year.
const HORIZON_YEARS = 1;

/** The years the portal computes into from `today` that have no decree loaded: these are pre-filled. */
export function yearsToPrefill(today: LocalDate, officialYears: readonly number[]): number[] {
  const { year } = parseLocalDate(today);
  return Array.from({ length: HORIZON_YEARS + 1 }, (_, i) => year + i).filter((y) => !officialYears.includes(y));
}

/** The years from `from` to `to` (either order) whose decree is not loaded yet. */
export function unofficialYearsBetween(from: LocalDate, to: LocalDate, officialYears: readonly number[]): number[] {
  const [a, b] = [parseLocalDate(from).year, parseLocalDate(to).year].sort((x, y) => x - y) as [number, number];
  return Array.from({ length: b - a + 1 }, (_, i) => a + i).filter((y) => !officialYears.includes(y));
}

/**
 * What a letter or page adds to a date counted across a year without a decree:
 * "sementara, menunggu SKB hari libur nasional dan cuti bersama 2027". Null when every year is official.
 */
export function provisionalDateNote(from: LocalDate, to: LocalDate, config: Pick<CalendarConfig, "officialYears">): string | null {
  const years = unofficialYearsBetween(from, to, config.officialYears);
  if (years.length === 0) return null;
  return `sementara, menunggu SKB hari libur nasional dan cuti bersama ${years.join(" dan ")}`;
}

/** A formatted date with its provisional note in brackets when it has one. */
export function withProvisionalNote(formatted: string, note: string | null): string {
  return note ? `${formatted} (${note})` : formatted;
}
