// Types and constants of the working-day calendar (docs/domain.md, Working days). Import them from
// "@/lib/domain/calendar", which re-exports everything of the calendar and deadline modules.

import type { IsoWeekday, LocalDate } from "./local-date";

export type { IsoWeekday, LocalDate } from "./local-date";

export type HolidayKind = "NATIONAL" | "CUTI_BERSAMA" | "LOCAL";

export const HOLIDAY_KINDS: readonly HolidayKind[] = ["NATIONAL", "CUTI_BERSAMA", "LOCAL"];

export const HOLIDAY_KIND_LABELS: Record<HolidayKind, string> = {
  NATIONAL: "Libur nasional",
  CUTI_BERSAMA: "Cuti bersama",
  LOCAL: "Libur daerah",
};

export type Holiday = {
  date: string; // YYYY-MM-DD, office-local
  name: string;
  kind: HolidayKind;
  source?: string | null; // the decree
  provisional?: boolean; // date not final yet (e.g. awaiting the decree): results touching it are provisional
};

export type NonWorkingReason = "WEEKEND" | HolidayKind;

/** A non-working day passed over by a computation; `name` is Indonesian ("Sabtu", "Idul Fitri …"). */
export type SkippedDay = { date: LocalDate; reason: NonWorkingReason; name: string };

export type OpeningHours = { open: string /* "08:00" */; close: string /* "16:00" */ };

/** Service hours per ISO weekday (1 = Monday); null = no service that day. */
export type ServiceHours = Record<IsoWeekday, OpeningHours | null>;

export type CalendarConfig = {
  timeZone: string; // IANA zone of the office, e.g. "Asia/Makassar"
  holidays: Holiday[];
  cutiBersamaIsWorkingDay: boolean;
  officialYears: number[]; // years whose official decree is loaded; other years are provisional
  serviceHours: ServiceHours;
  requirementsCompletionDays: number; // working days to complete an incomplete request
};

export const DEFAULT_SERVICE_HOURS: ServiceHours = {
  1: { open: "08:00", close: "16:00" },
  2: { open: "08:00", close: "16:00" },
  3: { open: "08:00", close: "16:00" },
  4: { open: "08:00", close: "16:00" },
  5: { open: "08:00", close: "16:30" },
  6: null,
  7: null,
};

// Default taken from the Jatim BKD SOP (docs/domain.md, Requests step 3); the office can change it.
export const DEFAULT_REQUIREMENTS_COMPLETION_DAYS = 2;

export const SUPPORTED_TIME_ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"] as const;

export type SupportedTimeZone = (typeof SUPPORTED_TIME_ZONES)[number];

export const TIME_ZONE_LABELS: Record<SupportedTimeZone, { abbreviation: string; name: string; utcOffset: string }> = {
  "Asia/Jakarta": { abbreviation: "WIB", name: "Waktu Indonesia Barat", utcOffset: "UTC+7" },
  "Asia/Makassar": { abbreviation: "WITA", name: "Waktu Indonesia Tengah", utcOffset: "UTC+8" },
  "Asia/Jayapura": { abbreviation: "WIT", name: "Waktu Indonesia Timur", utcOffset: "UTC+9" },
};

export function isSupportedTimeZone(timeZone: string): timeZone is SupportedTimeZone {
  return (SUPPORTED_TIME_ZONES as readonly string[]).includes(timeZone);
}

/** "WIB" / "WITA" / "WIT" for the supported zones, otherwise the IANA name itself. */
export function timeZoneAbbreviation(timeZone: string): string {
  return isSupportedTimeZone(timeZone) ? TIME_ZONE_LABELS[timeZone].abbreviation : timeZone;
}

/** A complete config from the settings that have no sensible default (zone, holidays, official years). */
export function makeCalendarConfig(
  settings: Pick<CalendarConfig, "timeZone" | "holidays" | "officialYears"> & Partial<CalendarConfig>,
): CalendarConfig {
  return {
    cutiBersamaIsWorkingDay: false, // docs/domain.md, Working days: cuti bersama is non-working by default
    serviceHours: DEFAULT_SERVICE_HOURS,
    requirementsCompletionDays: DEFAULT_REQUIREMENTS_COMPLETION_DAYS,
    ...settings,
  };
}
