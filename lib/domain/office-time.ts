// Conversion between instants and office-local dates/times in the office's IANA time zone.
// Uses @date-fns/tz (TZDate), never the process time zone.

import { TZDate, tzOffset } from "@date-fns/tz";
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

const DAY_MS = 86_400_000;
// Offset of a zone over one UTC day, when it is the same at the day's first and last millisecond
// (null: the zone changes its offset that day). Asking the runtime's time-zone data (Intl) costs
// microseconds per instant; recomputing 100,000 open deadlines asks it for every submission.
const dayOffsets = new Map<string, number | null>();

function steadyOffsetMinutes(ms: number, timeZone: string): number | null {
  const day = Math.floor(ms / DAY_MS);
  const key = `${timeZone}|${day}`;
  let offset = dayOffsets.get(key);
  if (offset === undefined) {
    const first = tzOffset(timeZone, new Date(day * DAY_MS));
    const last = tzOffset(timeZone, new Date((day + 1) * DAY_MS - 1));
    // Whole minutes only (historic local mean times carry seconds: left to TZDate).
    offset = first === last && Number.isInteger(first) ? first : null;
    if (dayOffsets.size > 20_000) dayOffsets.clear();
    dayOffsets.set(key, offset);
  }
  return offset;
}

export function toOfficeLocalDateTime(instant: Date, timeZone: string): OfficeLocalDateTime {
  assertInstant(instant);
  assertTimeZone(timeZone);
  const ms = instant.getTime();
  const offset = steadyOffsetMinutes(ms, timeZone);
  let year: number, month: number, day: number, msOfDay: number;
  if (offset !== null) {
    // The wall clock is the instant shifted by the zone's offset, read as UTC.
    const shifted = new Date(ms + offset * 60_000);
    [year, month, day] = [shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate()];
    msOfDay = ms + offset * 60_000 - Math.floor((ms + offset * 60_000) / DAY_MS) * DAY_MS;
  } else {
    const local = new TZDate(ms, timeZone);
    [year, month, day] = [local.getFullYear(), local.getMonth() + 1, local.getDate()];
    msOfDay = ((local.getHours() * 60 + local.getMinutes()) * 60 + local.getSeconds()) * 1000 + local.getMilliseconds();
  }
  const date = formatLocalDate(year, month, day);
  const minutesOfDay = Math.floor(msOfDay / 60_000);
  const time = `${String(Math.floor(minutesOfDay / 60)).padStart(2, "0")}:${String(minutesOfDay % 60).padStart(2, "0")}`;
  return { date, weekday: isoWeekday(date), msOfDay, time };
}

/** The office-local calendar date (YYYY-MM-DD) of an instant. */
export function toOfficeLocalDate(instant: Date, timeZone: string): LocalDate {
  return toOfficeLocalDateTime(instant, timeZone).date;
}

// Every deadline's end of day, computed once per date (the same few hundred dates come back).
const instantsOfWallClock = new Map<string, number>();

/** The instant of an office-local wall-clock time on a date ("HH:MM" or "HH:MM:SS.mmm" parts). */
export function officeLocalToInstant(
  date: LocalDate,
  timeZone: string,
  time: { hours: number; minutes: number; seconds?: number; ms?: number },
): Date {
  assertTimeZone(timeZone);
  const key = `${timeZone}|${date}|${time.hours}:${time.minutes}:${time.seconds ?? 0}.${time.ms ?? 0}`;
  let ms = instantsOfWallClock.get(key);
  if (ms === undefined) {
    const { year, month, day } = parseLocalDate(date);
    ms = new TZDate(year, month - 1, day, time.hours, time.minutes, time.seconds ?? 0, time.ms ?? 0, timeZone).getTime();
    if (instantsOfWallClock.size > 20_000) instantsOfWallClock.clear();
    instantsOfWallClock.set(key, ms);
  }
  return new Date(ms);
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
