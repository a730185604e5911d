import "server-only";
import type { TSetCalendarYearOfficialInput } from "@/lib/schemas/holidays";
import { UserError } from "@/lib/server/errors";
import { runCalendarChange, yearRange, type CalendarChangeOutcome } from "./calendar-change";
import type { RecomputeActor } from "./recompute-open-deadlines";

/**
 * Marks a year's calendar as checked against the SKB 3 Menteri (or withdraws the mark). Deadlines
 * in a year without an official calendar are shown as provisional (docs/domain.md, Working days). Provisional
 * entries (the library pre-fill) must be confirmed explicitly; they then take the decree as source.
 */
export async function setCalendarYearOfficial(
  input: TSetCalendarYearOfficialInput,
  actor: RecomputeActor,
): Promise<CalendarChangeOutcome<{ official: boolean; confirmed: number }>> {
  return runCalendarChange<{ official: boolean; confirmed: number }>(actor, async (tx) => {
    const range = yearRange(input.year);
    if (!input.official) {
      await tx.calendarYear.upsert({
        where: { year: input.year },
        create: { year: input.year, official: false },
        update: { official: false },
      });
      return { reason: `status resmi kalender tahun ${input.year} dicabut`, result: { official: false, confirmed: 0 } };
    }
    if (!input.source) throw new UserError("INVALID_INPUT", "Sebutkan SKB yang menjadi dasar kalender resmi.", { source: "Wajib diisi." });
    if ((await tx.holiday.count({ where: { date: range } })) === 0) {
      throw new UserError("INVALID_STATE", `Kalender tahun ${input.year} masih kosong. Masukkan atau impor hari libur dari SKB lebih dulu.`);
    }
    const provisional = await tx.holiday.count({ where: { date: range, provisional: true } });
    if (provisional > 0 && !input.confirmProvisional) {
      throw new UserError(
      "INVALID_INPUT",
        `Masih ada ${provisional} hari libur sementara pada tahun ${input.year}. Cocokkan dengan SKB, lalu centang konfirmasi, atau impor berkas SKB.`,
        { confirmProvisional: "Centang bila semua tanggal sementara sudah sesuai SKB." },
      );
    }
    if (provisional > 0) {
      await tx.holiday.updateMany({ where: { date: range, provisional: true }, data: { provisional: false, source: input.source } });
    }
    const row = { official: true, source: input.source, confirmedAt: new Date() };
    await tx.calendarYear.upsert({ where: { year: input.year }, create: { year: input.year, ...row }, update: row });
    return {
      reason: `kalender tahun ${input.year} ditandai resmi sesuai ${input.source}`,
      result: { official: true, confirmed: provisional },
    };
  });
}
