// Conversion between instants and office-local dates/times in the office's IANA time zone.
// Uses @date-fns/tz (TZDate), never the process time zone.

import { TZDate } from "@date-fns/tz";
import { formatLocalDate, isoWeekday, parseLocalDate, type IsoWeekday, type LocalDate } from "./local-date";

const validZones = new Set<string>();

/** Throws RangeError unless `timeZone` is an IANA zone known to the runtime. */
export function assertTimeZone(timeZone: string): void {
  if (validZones.has(timeZone)) return;
  if (typeof timeZone !== "string" || timeZone.trim() === "") {
    throw new RangeError(`Zona waktu tidak valid: ${String(timeZone)}`);
  }
  try {
    new Intl.DateTimeFormat("en-US", { timeZone }).format(0);
  } catch {
    throw new RangeError(`Zona waktu tidak dikenal: ${timeZone}`);
  }
  validZones.add(timeZone);
}

function assertInstant(instant: Date): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError(`Waktu tidak valid: ${String(instant)}`);
  }
}

export type OfficeLocalDateTime = {
  date: LocalDate;
  weekday: IsoWeekday;
  /** Milliseconds since office-local midnight. */
  msOfDay: number;
  /** "HH:MM" office-local. */
  time: string;
};

export function toOfficeLocalDateTime(instant: Date, timeZone: string): OfficeLocalDateTime {
  assertInstant(instant);
  assertTimeZone(timeZone);
  const local = new TZDate(instant.getTime(), timeZone);
  const date = formatLocalDate(local.getFullYear(), local.getMonth() + 1, local.getDate());
  const hours = local.getHours();
  const minutes = local.getMinutes();
  const msOfDay = ((hours * 60 + minutes) * 60 + local.getSeconds()) * 1000 + local.getMilliseconds();
  const time = `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
  return { date, weekday: isoWeekday(date), msOfDay, time };
}

/** The office-local calendar date (YYYY-MM-DD) of an instant. */
export function toOfficeLocalDate(instant: Date, timeZone: string): LocalDate {
  return toOfficeLocalDateTime(instant, timeZone).date;
}

/** The instant of an office-local wall-clock time on a date ("HH:MM" or "HH:MM:SS.mmm" parts). */
export function officeLocalToInstant(
  date: LocalDate,
  timeZone: string,
  time: { hours: number; minutes: number; seconds?: number; ms?: number },
): Date {
  assertTimeZone(timeZone);
  const { year, month, day } = parseLocalDate(date);
  const local = new TZDate(year, month - 1, day, time.hours, time.minutes, time.seconds ?? 0, time.ms ?? 0, timeZone);
  return new Date(local.getTime());
}

/** The last instant of an office-local day: 23:59:59.999 in the office's zone. */
export function endOfOfficeDay(date: LocalDate, timeZone: string): Date {
  return officeLocalToInstant(date, timeZone, { hours: 23, minutes: 59, seconds: 59, ms: 999 });
}

/** The first instant of an office-local day: 00:00:00.000 in the office's zone. */
export function startOfOfficeDay(date: LocalDate, timeZone: string): Date {
  return officeLocalToInstant(date, timeZone, { hours: 0, minutes: 0 });
}

const CLOCK_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** "HH:MM" (00:00–24:00) → milliseconds since midnight; throws RangeError otherwise. */
export function clockToMs(clock: string): number {
  const match = typeof clock === "string" ? CLOCK_PATTERN.exec(clock) : null;
  if (!match) throw new RangeError(`Jam tidak valid (format HH:MM): ${String(clock)}`);
  if (clock === "24:00") return 24 * 60 * 60 * 1000;
  return (Number(match[1]) * 60 + Number(match[2])) * 60 * 1000;
}
