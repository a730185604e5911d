import "server-only";
import { formatDateId } from "@/lib/domain/format-date";
import type { TUpdateHolidayInput } from "@/lib/schemas/holidays";
import { UserError } from "@/lib/server/errors";
import { runCalendarChange, type CalendarChangeOutcome } from "./calendar-change";
import type { RecomputeActor } from "./recompute-open-deadlines";
import { fromDbDate, toDbDate } from "@/lib/domain/db-date";

/** Changes one holiday (date, name, kind, source, provisional mark) and recomputes. */
export async function updateHoliday(input: TUpdateHolidayInput, actor: RecomputeActor): Promise<CalendarChangeOutcome<{ id: string }>> {
  return runCalendarChange(actor, async (tx) => {
    const current = await tx.holiday.findUnique({ where: { id: input.id } });
    if (!current) throw new UserError("NOT_FOUND", "Hari libur ini tidak ditemukan; mungkin sudah dihapus. Muat ulang halaman.");
    const oldDate = fromDbDate(current.date);
    if (oldDate !== input.date) {
      const taken = await tx.holiday.findUnique({ where: { date: toDbDate(input.date) } });
      if (taken) {
        throw new UserError("CONFLICT", `Tanggal ${formatDateId(input.date)} sudah tercatat sebagai "${taken.name}".`, {
          date: "Tanggal ini sudah ada di kalender.",
        });
      }
    }
    await tx.holiday.update({
      where: { id: input.id },
      data: {
        date: toDbDate(input.date),
        name: input.name,
        kind: input.kind,
        source: input.source ?? null,
        provisional: input.provisional,
      },
    });
    const reason =
      oldDate !== input.date
        ? `hari libur '${input.name}' dipindah dari ${formatDateId(oldDate)} ke ${formatDateId(input.date)}`
        : `hari libur '${input.name}' (${formatDateId(input.date)}) diubah`;
    return { reason, result: { id: current.id } };
  });
}
