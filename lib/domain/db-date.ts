// THE boundary between office-local calendar dates and the database. Columns declared
// `@db.Date` (receivedDate, dueDate, holiday dates, letter dates …) hold a calendar date with no
// time and no zone; the PostgreSQL drivers hand it to JavaScript as a Date at 00:00 UTC of that
// day, and take one back the same way. So the conversion is a fixed UTC mapping — never the
// process time zone (`getDate()`, `toLocaleDateString()` …), never the office zone (that is for
// instants: lib/domain/office-time.ts turns an instant into the office-local date first).

import { parseLocalDate, type LocalDate } from "./local-date";

/** A `@db.Date` value → the calendar date "YYYY-MM-DD" it stands for. */
export function fromDbDate(value: Date): LocalDate {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new RangeError(`Tanggal basis data tidak valid: ${String(value)}`);
  }
  return value.toISOString().slice(0, 10);
}

/** Like fromDbDate, for optional columns: null/undefined → null. */
export function fromDbDateOrNull(value: Date | null | undefined): LocalDate | null {
  return value == null ? null : fromDbDate(value);
}

/** A calendar date "YYYY-MM-DD" → the value to store in (or compare with) a `@db.Date` column. */
export function toDbDate(date: LocalDate): Date {
  parseLocalDate(date); // RangeError for anything that is not a real date
  return new Date(`${date}T00:00:00.000Z`);
}

/** Like toDbDate, for optional columns: null/undefined/"" → null. */
export function toDbDateOrNull(date: LocalDate | null | undefined): Date | null {
  return date == null || date === "" ? null : toDbDate(date);
}
