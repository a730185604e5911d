// Working days (hari kerja) of one office — docs/domain.md, Working days. Pure: "now" is always a parameter.

import type { CalendarConfig, Holiday, HolidayKind, SkippedDay } from "./calendar-types";
import { HOLIDAY_KINDS } from "./calendar-types";
import { addCalendarDays, isoWeekday, parseLocalDate, WEEKDAY_NAMES_ID, type LocalDate } from "./local-date";
import { assertTimeZone, clockToMs, toOfficeLocalDate, toOfficeLocalDateTime } from "./office-time";

// Upper bound for one computation; the longest legal period is 30 working days.
export const MAX_WORKING_DAYS = 3660;

// When several entries share a date, the strongest reason is shown.
const KIND_PRECEDENCE: HolidayKind[] = ["NATIONAL", "LOCAL", "CUTI_BERSAMA"];

type CalendarIndex = {
  config: CalendarConfig;
  byDate: Map<LocalDate, Holiday[]>;
  official: Set<number>;
  shape: string;
  /** Each date's verdict once judged, and the date after it (a walk asks for the same days again). */
  verdicts: Map<LocalDate, DayVerdict>;
  nextDay: Map<LocalDate, LocalDate>;
};

/** A cheap check that a cached index still fits its configuration (entries added or removed). */
/** Changes when a configuration object was changed after all (caches built on it are then rebuilt). */
export const shapeOf = (config: CalendarConfig) => `${config.timeZone}|${config.holidays.length}|${config.officialYears.join(",")}`;

type DayVerdict = { nonWorking: SkippedDay | null; provisional: boolean };

// Built once per configuration object: recomputing 100,000 open deadlines after a calendar change
// otherwise rebuilt it (and re-checked every holiday) twice per case. A configuration is read,
// never changed; a changed calendar is a new object (loadCalendarConfig / makeCalendarConfig).
const indexes = new WeakMap<CalendarConfig, CalendarIndex>();

function buildIndex(config: CalendarConfig): CalendarIndex {
  const known = indexes.get(config);
  if (known && known.shape === shapeOf(config)) return known;
  const index = indexFor(config);
  indexes.set(config, index);
  return index;
}

function indexFor(config: CalendarConfig): CalendarIndex {
  assertTimeZone(config.timeZone);
  const byDate = new Map<LocalDate, Holiday[]>();
  for (const holiday of config.holidays) {
    parseLocalDate(holiday.date);
    if (!HOLIDAY_KINDS.includes(holiday.kind)) throw new RangeError(`Jenis hari libur tidak dikenal: ${holiday.kind}`);
    byDate.set(holiday.date, [...(byDate.get(holiday.date) ?? []), holiday]);
  }
  return { config, byDate, official: new Set(config.officialYears), shape: shapeOf(config), verdicts: new Map(), nextDay: new Map() };
}

/** A holiday entry makes a day non-working unless it is cuti bersama and the office works on it. */
function isEffective(holiday: Holiday, config: CalendarConfig): boolean {
  return holiday.kind !== "CUTI_BERSAMA" || !config.cutiBersamaIsWorkingDay;
}

function judgeDay(date: LocalDate, index: CalendarIndex): DayVerdict {
  let verdict = index.verdicts.get(date);
  if (!verdict) {
    verdict = judgeDayUncached(date, index);
    if (verdict.nonWorking) Object.freeze(verdict.nonWorking);
    index.verdicts.set(date, Object.freeze(verdict));
  }
  return verdict;
}

function dayAfter(date: LocalDate, index: CalendarIndex): LocalDate {
  let next = index.nextDay.get(date);
  if (next === undefined) {
    next = addCalendarDays(date, 1);
    index.nextDay.set(date, next);
  }
  return next;
}

function judgeDayUncached(date: LocalDate, index: CalendarIndex): DayVerdict {
  const effective = (index.byDate.get(date) ?? []).filter((h) => isEffective(h, index.config));
  effective.sort((a, b) => KIND_PRECEDENCE.indexOf(a.kind) - KIND_PRECEDENCE.indexOf(b.kind));
  // A year without an official decree may lack holidays; an entry marked provisional may still move.
  const provisional = !index.official.has(parseLocalDate(date).year) || effective.some((h) => h.provisional === true);
  const first = effective[0];
  if (first) return { nonWorking: { date, reason: first.kind, name: first.name }, provisional };
  const weekday = isoWeekday(date);
  if (weekday >= 6) return { nonWorking: { date, reason: "WEEKEND", name: WEEKDAY_NAMES_ID[weekday] }, provisional };
  return { nonWorking: null, provisional };
}

/** Mon–Fri, not a national or local holiday, not cuti bersama unless the office works on it. */
export function isWorkingDay(date: LocalDate, config: CalendarConfig): boolean {
  return judgeDay(date, buildIndex(config)).nonWorking === null;
}

/** Why a date is not a working day (holiday before weekend), or null when it is one. */
export function describeNonWorkingDay(date: LocalDate, config: CalendarConfig): SkippedDay | null {
  return judgeDay(date, buildIndex(config)).nonWorking;
}

export type WorkingDaysResult = { date: LocalDate; skipped: SkippedDay[]; provisional: boolean };

function walk(from: LocalDate, n: number, index: CalendarIndex): WorkingDaysResult {
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) {
    throw new RangeError(`Jumlah hari kerja harus bilangan bulat 0–${MAX_WORKING_DAYS}: ${n}`);
  }
  parseLocalDate(from);
  const skipped: SkippedDay[] = [];
  let provisional = false;
  let date = from;
  let counted = 0;
  while (counted < n) {
    date = dayAfter(date, index);
    const verdict = judgeDay(date, index);
    provisional ||= verdict.provisional;
    if (verdict.nonWorking) skipped.push(verdict.nonWorking);
    else counted += 1;
  }
  return { date, skipped, provisional };
}

/**
 * "N working days after X" (docs/domain.md, Working days): day 1 is the first working day after X, the result is the
 * Nth. X itself is not examined. n = 0 returns X. Provisional when any examined day lies in a year
 * outside `officialYears` or is a provisional holiday.
 */
export function addWorkingDays(from: LocalDate, n: number, config: CalendarConfig): WorkingDaysResult {
  return walk(from, n, buildIndex(config));
}

/** The first working day after a date. */
export function nextWorkingDay(date: LocalDate, config: CalendarConfig): LocalDate {
  return addWorkingDays(date, 1, config).date;
}

/**
 * Signed count of working days in (from, to]: positive when `to` is later, negative (the working days
 * in (to, from]) when earlier, 0 when equal.
 */
export function countWorkingDays(from: LocalDate, to: LocalDate, config: CalendarConfig): number {
  const index = buildIndex(config);
  parseLocalDate(from);
  parseLocalDate(to);
  const [start, end, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let date = dayAfter(start, index); date <= end; date = dayAfter(date, index)) {
    if (judgeDay(date, index).nonWorking === null) count += 1;
  }
  return sign * count;
}

export type ReceiptResult = {
  date: LocalDate; // the receipt date (tanggal diterimanya)
  submittedLocalDate: LocalDate; // office-local date of the submission itself
  submittedLocalTime: string; // "HH:MM" office-local
  skipped: SkippedDay[]; // non-working days passed over, including the submission day if non-working
  afterHours: boolean; // submitted on a working day but not before that day's closing time
  provisional: boolean;
};

/**
 * Receipt date (docs/domain.md, Working days): the office-local date of the submission if it is a working day and
 * the local time is before that weekday's closing time; otherwise the next working day. A working
 * weekday without service hours counts as closed all day.
 */
export function receiptDate(submittedAt: Date, config: CalendarConfig): ReceiptResult {
  const index = buildIndex(config);
  const local = toOfficeLocalDateTime(submittedAt, config.timeZone);
  const verdict = judgeDay(local.date, index);
  const hours = config.serviceHours[local.weekday];
  const beforeClosing = hours !== null && hours !== undefined && local.msOfDay < clockToMs(hours.close);
  const base = { submittedLocalDate: local.date, submittedLocalTime: local.time };
  if (verdict.nonWorking === null && beforeClosing) {
    return { ...base, date: local.date, skipped: [], afterHours: false, provisional: verdict.provisional };
  }
  const next = walk(local.date, 1, index);
  return {
    ...base,
    date: next.date,
    skipped: verdict.nonWorking ? [verdict.nonWorking, ...next.skipped] : next.skipped,
    afterHours: verdict.nonWorking === null,
    provisional: verdict.provisional || next.provisional,
  };
}

/**
 * Years the administrator must be warned about (docs/domain.md, Working days): the current office-local year when it
 * has no official calendar, and from 1 October also the next year when it has none.
 */
export function yearsWithoutOfficialCalendar(now: Date, config: CalendarConfig): number[] {
  const { year, month } = parseLocalDate(toOfficeLocalDate(now, config.timeZone));
  const years = month >= 10 ? [year, year + 1] : [year];
  return years.filter((y) => !config.officialYears.includes(y));
}
