import "server-only";
import type { TSetCutiBersamaWorkingDayInput } from "@/lib/schemas/holidays";
import { UserError } from "@/lib/server/errors";
import { runCalendarChange, type CalendarChangeOutcome } from "./calendar-change";
import type { RecomputeActor } from "./recompute-open-deadlines";

/**
 * Whether the office works on cuti bersama days (docs/domain.md, Working days: non-working by default).
 * Cuti bersama is joint leave taken from the annual leave of civil servants; an office that keeps
 * its service desk open on those days counts them as working days.
 */
export async function setCutiBersamaWorkingDay(
  input: TSetCutiBersamaWorkingDayInput,
  actor: RecomputeActor,
): Promise<CalendarChangeOutcome<{ cutiBersamaIsWorkingDay: boolean }>> {
  return runCalendarChange(actor, async (tx) => {
    const office = await tx.officeSetting.findUnique({ where: { id: 1 }, select: { id: true } });
    if (!office) throw new UserError("INVALID_STATE", "Pengaturan kantor belum ada. Jalankan pengisian data awal lebih dulu.");
    await tx.officeSetting.update({ where: { id: 1 }, data: { cutiBersamaIsWorkingDay: input.cutiBersamaIsWorkingDay } });
    const reason = input.cutiBersamaIsWorkingDay
      ? "cuti bersama kini dihitung sebagai hari kerja"
      : "cuti bersama kini dihitung sebagai hari libur";
    return { reason, result: { cutiBersamaIsWorkingDay: input.cutiBersamaIsWorkingDay } };
  });
}
