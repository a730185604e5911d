// The working-day calendar as components see it (built by lib/server/queries): plain data.
import type { HolidayKind } from "@/lib/domain/calendar-types";

export type HolidayRow = { id: string; date: string; name: string; kind: HolidayKind; source: string | null; provisional: boolean };

export type CalendarYearView = {
  timeZone: string;
  cutiBersamaIsWorkingDay: boolean;
  holidays: HolidayRow[];
  calendarYears: { year: number; official: boolean; source: string | null; confirmedAt: Date }[];
  /** Every year that has at least one holiday. */
  datedYears: number[];
};

export type RecomputeView = {
  changed: number;
  changes: { caseNumber: string; label: string; from: string | null; to: string }[];
};
