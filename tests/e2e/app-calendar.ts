import { makeCalendarConfig, toOfficeLocalDate, type CalendarConfig, type Holiday } from "../../lib/domain/calendar";
import { OFFICIAL_CALENDAR_YEARS, OFFICIAL_HOLIDAYS } from "../../lib/domain/holidays-data";
import { prefillFromDateHolidays } from "../../lib/domain/predicted-holidays";
import { yearsToPrefill } from "../../lib/domain/provisional-calendar";

/**
 * The calendar the e2e app counts with on `now`: the seeded decrees plus the pre-fill the app
 * writes at start-up for the years without one (lib/server/services/prefill-provisional-years.ts).
 * Specs that predict a deadline must use it, or they disagree with the app once a deadline crosses
 * into a year that has no decree yet (e.g. from mid-December into January).
 */
export function appCalendarConfig(timeZone: string, now: Date = new Date()): CalendarConfig {
  const holidays: Holiday[] = [...OFFICIAL_HOLIDAYS];
  const known = new Set(holidays.map((h) => h.date));
  for (const year of yearsToPrefill(toOfficeLocalDate(now, timeZone), OFFICIAL_CALENDAR_YEARS)) {
    for (const h of prefillFromDateHolidays(year)) if (!known.has(h.date)) holidays.push(h);
  }
  return makeCalendarConfig({ timeZone, holidays, officialYears: OFFICIAL_CALENDAR_YEARS });
}
