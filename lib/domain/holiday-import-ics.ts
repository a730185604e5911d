// iCalendar (.ics, RFC 5545) holiday files, e.g. a calendar exported from a calendar app: every
// VEVENT's DTSTART date is a holiday named by its SUMMARY; an event spanning several days gives one
// holiday per date (DTEND is exclusive); recurring events are expanded within the import year.
// The kind is guessed: CUTI_BERSAMA when the summary says "cuti bersama", otherwise NATIONAL.

import ICAL from "ical.js";
import {
  validateHolidayEntries,
  type HolidayImportOptions,
  type HolidayImportResult,
  type RawHolidayEntry,
} from "./holiday-import-entries";
import { addCalendarDays, calendarDaysBetween, formatLocalDate } from "./local-date";

type IcalTime = InstanceType<typeof ICAL.Time>;
type IcalEvent = InstanceType<typeof ICAL.Event>;
type IcalComponent = InstanceType<typeof ICAL.Component>;

// Longest holiday period one event may span (the longest decreed block is about a week).
const MAX_EVENT_DAYS = 31;
const MAX_OCCURRENCES_SCANNED = 5000;

function dateOf(time: IcalTime): string {
  return formatLocalDate(time.year, time.month, time.day);
}

/** The dates an event covers; null when it spans more than MAX_EVENT_DAYS. */
function coveredDates(start: IcalTime, end: IcalTime | null): string[] | null {
  const first = dateOf(start);
  let last = first;
  if (end) {
    // RFC 5545 3.6.1: DTEND is not part of the event; a timed event ending at 00:00 ends the day before.
    const exclusive = end.isDate || (end.hour === 0 && end.minute === 0 && end.second === 0);
    const endDate = exclusive ? addCalendarDays(dateOf(end), -1) : dateOf(end);
    if (endDate > first) last = endDate;
  }
  const span = calendarDaysBetween(first, last) + 1;
  if (span > MAX_EVENT_DAYS) return null;
  return Array.from({ length: span }, (_, i) => addCalendarDays(first, i));
}

function guessKind(summary: string): "CUTI_BERSAMA" | "NATIONAL" {
  return /cuti\s+bersama/i.test(summary) ? "CUTI_BERSAMA" : "NATIONAL";
}

/** Line numbers (1-based) of the BEGIN:VEVENT lines, in file order. */
function eventLines(text: string): number[] {
  const lines: number[] = [];
  text.split(/\r\n|\n|\r/).forEach((line, i) => {
    if (/^BEGIN:VEVENT\s*$/i.test(line)) lines.push(i + 1);
  });
  return lines;
}

function readCalendars(text: string): IcalComponent[] {
  const parsed = ICAL.parse(text.replace(/^\uFEFF/, "")) as unknown[];
  const roots = typeof parsed[0] === "string" ? [parsed] : parsed;
  return roots.map((root) => new ICAL.Component(root as ConstructorParameters<typeof ICAL.Component>[0]));
}

type Occurrence = { start: IcalTime; end: IcalTime | null; summary: string };

function occurrencesOf(event: IcalEvent, year: number | undefined): Occurrence[] | string {
  if (!event.isRecurring()) return [{ start: event.startDate, end: event.endDate ?? null, summary: event.summary ?? "" }];
  if (year === undefined) return "acara berulang (RRULE) hanya dapat dibaca bila tahun impor ditentukan";
  const found: Occurrence[] = [];
  const iterator = event.iterator();
  for (let n = 0, next = iterator.next(); next && n < MAX_OCCURRENCES_SCANNED; n += 1, next = iterator.next()) {
    if (next.year > year) break;
    if (next.year < year) continue;
    const details = event.getOccurrenceDetails(next);
    found.push({ start: details.startDate, end: details.endDate ?? null, summary: details.item.summary ?? "" });
  }
  return found;
}

export function parseIcsHolidays(text: string, options: HolidayImportOptions = {}): HolidayImportResult {
  let calendars: IcalComponent[];
  try {
    calendars = readCalendars(text);
  } catch (error) {
    return { holidays: [], errors: [`Berkas iCalendar tidak dapat dibaca: ${(error as Error).message}`] };
  }
  if (calendars.some((c) => c.name !== "vcalendar")) {
    return { holidays: [], errors: ["Berkas iCalendar harus diawali BEGIN:VCALENDAR."] };
  }
  const components = calendars.flatMap((c) => c.getAllSubcomponents("vevent"));
  const lines = eventLines(text);
  const events = components.map((component, i) => ({ event: new ICAL.Event(component), line: lines[i] ?? i + 1 }));
  // A moved occurrence (RECURRENCE-ID) replaces the occurrence of its series, not a holiday of its own.
  const masters = new Map(events.filter((e) => !e.event.isRecurrenceException()).map((e) => [e.event.uid, e.event]));
  const related = new Set<IcalEvent>();
  for (const { event } of events) {
    const master = event.isRecurrenceException() && event.uid ? masters.get(event.uid) : undefined;
    if (master?.isRecurring()) {
      master.relateException(event);
      related.add(event);
    }
  }
  const errors: string[] = [];
  const entries: RawHolidayEntry[] = [];
  for (const { event, line } of events) {
    const where = `Baris ${line}`;
    if (related.has(event)) continue;
    if (!event.startDate) {
      errors.push(`${where}: acara tanpa tanggal mulai (DTSTART).`);
      continue;
    }
    const occurrences = occurrencesOf(event, options.year);
    if (typeof occurrences === "string") {
      errors.push(`${where}: ${occurrences}.`);
      continue;
    }
    for (const occurrence of occurrences) {
      const dates = coveredDates(occurrence.start, occurrence.end);
      if (dates === null) {
        errors.push(`${where}: acara "${occurrence.summary}" lebih dari ${MAX_EVENT_DAYS} hari.`);
        continue;
      }
      const name = occurrence.summary.trim();
      for (const date of dates) entries.push({ where, date, name, kind: guessKind(name) });
    }
  }
  const result = validateHolidayEntries(entries, options);
  return { holidays: result.holidays, errors: [...errors, ...result.errors] };
}
