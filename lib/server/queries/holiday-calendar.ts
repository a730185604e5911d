import "server-only";
import { fromDbDate, toDbDate } from "@/lib/domain/db-date";
import { db } from "@/lib/server/db";
import type { CalendarYearView } from "@/lib/view-types/calendar";

// The working-day calendar page (/kantor/kalender) reads the database directly, not through the
// public cache: an officer who just changed a holiday must see the change.

/** The office's time zone, read fresh (the calendar page picks "this year" with it). */
export async function getOfficeTimeZone(): Promise<string> {
  const { timeZone } = await db().officeSetting.findUniqueOrThrow({ where: { id: 1 }, select: { timeZone: true } });
  return timeZone;
}

/** One year of holidays with the office's calendar settings and the years known at all. */
export async function loadCalendarYear(year: number): Promise<CalendarYearView> {
  const [office, holidays, calendarYears, datedYears] = await Promise.all([
    db().officeSetting.findUniqueOrThrow({ where: { id: 1 }, select: { timeZone: true, cutiBersamaIsWorkingDay: true } }),
    db().holiday.findMany({ where: { date: { gte: toDbDate(`${year}-01-01`), lt: toDbDate(`${year + 1}-01-01`) } }, orderBy: { date: "asc" } }),
    db().calendarYear.findMany({ orderBy: { year: "asc" } }),
    db().$queryRaw<{ year: number }[]>`SELECT DISTINCT CAST(EXTRACT(YEAR FROM "date") AS INTEGER) AS year FROM "Holiday"`,
  ]);
  return {
    timeZone: office.timeZone,
    cutiBersamaIsWorkingDay: office.cutiBersamaIsWorkingDay,
    holidays: holidays.map((h) => ({ id: h.id, date: fromDbDate(h.date), name: h.name, kind: h.kind, source: h.source, provisional: h.provisional })),
    calendarYears,
    datedYears: datedYears.map((r) => Number(r.year)),
  };
}
