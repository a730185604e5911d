import "server-only";
import { toOfficeLocalDate } from "@/lib/domain/calendar";
import { yearsToPrefill } from "@/lib/domain/provisional-calendar";
import { db } from "@/lib/server/db";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { yearRange } from "./calendar-change";
import { prefillCalendarYear } from "./prefill-calendar-year";

/**
 * Pre-fills every year the portal computes into that has no decree and no holidays yet
 * (lib/domain/provisional-calendar.ts), so that e.g. 1 January of next year is not counted as a
 * working day. A year that already has holidays (pre-filled, or entered by the administrator) is
 * left alone. Runs at start-up and daily; the recomputation is logged on each case it moves.
 */
export async function prefillProvisionalYears(now: Date = new Date()): Promise<{ filled: number[] }> {
  const config = await loadCalendarConfig();
  const filled: number[] = [];
  for (const year of yearsToPrefill(toOfficeLocalDate(now, config.timeZone), config.officialYears)) {
    if ((await db().holiday.count({ where: { date: yearRange(year) } })) > 0) continue;
    await prefillCalendarYear(year, { id: null, role: "SYSTEM" });
    filled.push(year);
  }
  return { filled };
}
