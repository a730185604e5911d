import "server-only";
import { cache } from "react";
import { makeCalendarConfig, type CalendarConfig, type Holiday } from "@/lib/domain/calendar";
import { db, type Tx } from "@/lib/server/db";
import { cachedPublicQuery, PUBLIC_TAGS } from "@/lib/server/public-cache";
import { fromDbDate } from "@/lib/domain/db-date";

/** Everything the pure deadline module needs, read from the database in one go. */
export async function loadCalendarConfig(client: Tx | ReturnType<typeof db> = db()): Promise<CalendarConfig> {
  const [office, holidays, years] = await Promise.all([
    client.officeSetting.findUniqueOrThrow({ where: { id: 1 } }),
    client.holiday.findMany({ orderBy: { date: "asc" } }),
    client.calendarYear.findMany({ where: { official: true } }),
  ]);
  return {
    timeZone: office.timeZone,
    serviceHours: office.serviceHours as CalendarConfig["serviceHours"],
    cutiBersamaIsWorkingDay: office.cutiBersamaIsWorkingDay,
    requirementsCompletionDays: office.requirementsCompletionDays,
    officialYears: years.map((y) => y.year),
    holidays: holidays.map(
      (h): Holiday => ({ date: fromDbDate(h.date), name: h.name, kind: h.kind, source: h.source, provisional: h.provisional }),
    ),
  };
}

const AT_BUILD: CalendarConfig = makeCalendarConfig({ timeZone: "Asia/Makassar", holidays: [], officialYears: [] });

const readCalendarConfig = cachedPublicQuery(
  { key: "calendar-config", tags: [PUBLIC_TAGS.calendar, PUBLIC_TAGS.office], atBuild: AT_BUILD },
  () => loadCalendarConfig(),
);

/** For pages: from the public cache (services read inside their transaction with loadCalendarConfig). */
export const getCalendarConfig = cache(() => readCalendarConfig());
