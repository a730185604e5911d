import "server-only";
import { formatDateId } from "@/lib/domain/format-date";
import type { TAddHolidayInput } from "@/lib/schemas/holidays";
import { UserError } from "@/lib/server/errors";
import { runCalendarChange, type CalendarChangeOutcome } from "./calendar-change";
import type { RecomputeActor } from "./recompute-open-deadlines";
import { toDbDate } from "@/lib/domain/db-date";

/** Adds one holiday (e.g. a decree amendment, or a local holiday of the office) and recomputes. */
export async function addHoliday(input: TAddHolidayInput, actor: RecomputeActor): Promise<CalendarChangeOutcome<{ id: string }>> {
  return runCalendarChange(actor, async (tx) => {
    const existing = await tx.holiday.findUnique({ where: { date: toDbDate(input.date) } });
    if (existing) {
      throw new UserError("CONFLICT", `Tanggal ${formatDateId(input.date)} sudah tercatat sebagai "${existing.name}". Ubah entri itu bila perlu.`, {
        date: "Tanggal ini sudah ada di kalender.",
      });
    }
    const row = await tx.holiday.create({
      data: {
        date: toDbDate(input.date),
        name: input.name,
        kind: input.kind,
        source: input.source ?? null,
        provisional: input.provisional,
      },
      select: { id: true },
    });
    return { reason: `hari libur '${input.name}' (${formatDateId(input.date)}) ditambahkan`, result: row };
  });
}
