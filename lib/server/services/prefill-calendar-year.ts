import "server-only";
import { db } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { prefillFromDateHolidays } from "@/lib/domain/predicted-holidays";
import { importHolidays } from "./import-holidays";
import type { RecomputeActor } from "./recompute-open-deadlines";

/**
 * Pre-fills a year that has no SKB yet from the date-holidays library (docs/domain.md, Working days): the
 * rows are provisional, dates already listed are kept, and the year stays unofficial.
 */
export async function prefillCalendarYear(year: number, actor: RecomputeActor) {
  const calendarYear = await db().calendarYear.findUnique({ where: { year } });
  if (calendarYear?.official) {
    throw new UserError("INVALID_STATE", `Tahun ${year} sudah memiliki kalender resmi; isian sementara hanya untuk tahun yang belum ada SKB-nya.`);
  }
  const holidays = prefillFromDateHolidays(year);
  if (holidays.length === 0) throw new UserError("INVALID_STATE", `Pustaka date-holidays tidak memiliki data hari libur tahun ${year}.`);
  return importHolidays({ year, mode: "ADD_MISSING", official: false, holidays, origin: "pustaka date-holidays (sementara)" }, actor);
}
