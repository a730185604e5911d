import "server-only";
import type { Holiday } from "@/lib/domain/calendar";
import { parseHolidayFile } from "@/lib/domain/holiday-import";
import type { ImportMode } from "@/lib/schemas/holidays";
import { UserError } from "@/lib/server/errors";
import { runCalendarChange, yearRange, type CalendarChangeOutcome } from "./calendar-change";
import type { RecomputeActor } from "./recompute-open-deadlines";
import { fromDbDate, toDbDate } from "@/lib/domain/db-date";

// Imports a year's holidays (docs/domain.md, Working days), typically the SKB 3 Menteri on libur nasional
// and cuti bersama. REPLACE: the year's list becomes the file's; MERGE: the file's dates are added
// or overwritten, other dates stay (e.g. local holidays); ADD_MISSING: only dates not yet listed
// are added (the provisional pre-fill never overwrites what the administrator entered).
// `official` marks the year as confirmed against the decree, with the decree as source.

export type ImportHolidaysInput = {
  year: number;
  mode: ImportMode | "ADD_MISSING";
  official: boolean;
  source?: string;
  holidays: Holiday[];
  /** Where the list came from, for the case log: "berkas skb-2027.csv". */
  origin: string;
};

export type ImportHolidaysResult = { added: number; updated: number; removed: number; unchanged: number };

const MAX_ERRORS_SHOWN = 20;

export async function importHolidays(input: ImportHolidaysInput, actor: RecomputeActor): Promise<CalendarChangeOutcome<ImportHolidaysResult>> {
  const outside = input.holidays.filter((h) => !h.date.startsWith(`${input.year}-`));
  if (outside.length > 0) throw new UserError("INVALID_INPUT", `Tanggal ${outside[0]!.date} bukan tahun ${input.year}.`);
  if (input.official && !input.source) throw new UserError("INVALID_INPUT", "Sebutkan SKB yang menjadi dasar kalender resmi.", { source: "Wajib diisi." });
  return runCalendarChange(actor, async (tx) => {
    const range = yearRange(input.year);
    const removed = input.mode === "REPLACE" ? (await tx.holiday.deleteMany({ where: { date: range } })).count : 0;
    const existing = new Map((await tx.holiday.findMany({ where: { date: range } })).map((h) => [fromDbDate(h.date), h]));
    const result: ImportHolidaysResult = { added: 0, updated: 0, removed, unchanged: 0 };
    for (const h of input.holidays) {
      const data = { name: h.name, kind: h.kind, source: h.source ?? input.source ?? null, provisional: h.provisional === true };
      const old = existing.get(h.date);
      if (!old) {
        await tx.holiday.create({ data: { date: toDbDate(h.date), ...data } });
        result.added += 1;
      } else if (input.mode === "ADD_MISSING") {
        result.unchanged += 1;
      } else {
        await tx.holiday.update({ where: { id: old.id }, data });
        result.updated += 1;
      }
    }
    // The decree replaces the pre-fill: provisional dates it does not list are dropped.
    if (input.official && input.mode !== "REPLACE") {
      const listed = input.holidays.map((h) => toDbDate(h.date));
      result.removed += (await tx.holiday.deleteMany({ where: { date: { ...range, notIn: listed }, provisional: true } })).count;
    }
    if (input.official) {
      const row = { official: true, source: input.source!, confirmedAt: new Date() };
      await tx.calendarYear.upsert({ where: { year: input.year }, create: { year: input.year, ...row }, update: row });
    }
    return { reason: importReason(input, result), result };
  });
}

function importReason(input: ImportHolidaysInput, r: ImportHolidaysResult): string {
  const verb = input.mode === "REPLACE" ? "diganti dengan" : input.mode === "MERGE" ? "digabung dengan" : "dilengkapi dari";
  const counts = [`${r.added} ditambahkan`, r.updated ? `${r.updated} diperbarui` : "", r.removed ? `${r.removed} lama dihapus` : ""];
  const official = input.official ? `, ditandai resmi (${input.source})` : "";
  return `kalender tahun ${input.year} ${verb} ${input.origin} (${counts.filter(Boolean).join(", ")})${official}`;
}

export type ImportHolidayFileInput = Omit<ImportHolidaysInput, "holidays" | "origin" | "mode"> & {
  mode: ImportMode;
  fileName: string;
  text: string;
};

/** Parses an uploaded JSON/CSV/ICS file; any bad row stops the whole import before anything changes. */
export async function importHolidayFile(input: ImportHolidayFileInput, actor: RecomputeActor) {
  const { fileName, text, ...rest } = input;
  const parsed = parseHolidayFile(fileName, text, { year: input.year });
  if (parsed.errors.length > 0) {
    const shown = parsed.errors.slice(0, MAX_ERRORS_SHOWN);
    const more = parsed.errors.length - shown.length;
    throw new UserError(
      "INVALID_INPUT",
      `Berkas tidak diimpor karena ada ${parsed.errors.length} kesalahan. Tidak ada yang diubah; perbaiki berkasnya lalu unggah lagi.`,
      { file: [...shown, ...(more > 0 ? [`… dan ${more} kesalahan lain.`] : [])].join("\n") },
    );
  }
  const outcome = await importHolidays({ ...rest, holidays: parsed.holidays, origin: `berkas ${fileName || parsed.format}` }, actor);
  return { ...outcome, format: parsed.format, count: parsed.holidays.length };
}
