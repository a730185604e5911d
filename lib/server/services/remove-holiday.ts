import "server-only";
import { formatDateId } from "@/lib/domain/format-date";
import type { TRemoveHolidayInput } from "@/lib/schemas/holidays";
import { UserError } from "@/lib/server/errors";
import { runCalendarChange, type CalendarChangeOutcome } from "./calendar-change";
import type { RecomputeActor } from "./recompute-open-deadlines";
import { fromDbDate } from "@/lib/domain/db-date";

/** Removes one holiday (the day becomes a working day again, unless a weekend) and recomputes. */
export async function removeHoliday(
  input: TRemoveHolidayInput,
  actor: RecomputeActor,
): Promise<CalendarChangeOutcome<{ date: string; name: string }>> {
  return runCalendarChange(actor, async (tx) => {
    const current = await tx.holiday.findUnique({ where: { id: input.id } });
    if (!current) throw new UserError("NOT_FOUND", "Hari libur ini tidak ditemukan; mungkin sudah dihapus. Muat ulang halaman.");
    await tx.holiday.delete({ where: { id: input.id } });
    const date = fromDbDate(current.date);
    return { reason: `hari libur '${current.name}' (${formatDateId(date)}) dihapus`, result: { date, name: current.name } };
  });
}
