// Shared fixtures for the calendar and deadline tests (not a test file itself).
import { makeCalendarConfig, type CalendarConfig, type Holiday } from "@/lib/domain/calendar";
import { OFFICIAL_CALENDAR_YEARS, OFFICIAL_HOLIDAYS } from "@/lib/domain/holidays-data";

export const WIB = "Asia/Jakarta";
export const WITA = "Asia/Makassar";
export const WIT = "Asia/Jayapura";

/** The office config with the official 2025–2026 decrees. */
export function officialConfig(timeZone: string = WITA, overrides: Partial<CalendarConfig> = {}): CalendarConfig {
  return makeCalendarConfig({
    timeZone,
    holidays: OFFICIAL_HOLIDAYS,
    officialYears: OFFICIAL_CALENDAR_YEARS,
    ...overrides,
  });
}

export function withHolidays(config: CalendarConfig, extra: Holiday[]): CalendarConfig {
  return { ...config, holidays: [...config.holidays, ...extra] };
}

/** An instant written as office-local wall time with an explicit UTC offset, e.g. at("2026-03-17T10:00", "+08:00"). */
export function at(localDateTime: string, offset: string): Date {
  return new Date(`${localDateTime}${localDateTime.length === 16 ? ":00" : ""}${offset}`);
}

export const OFFSET: Record<string, string> = { [WIB]: "+07:00", [WITA]: "+08:00", [WIT]: "+09:00" };
