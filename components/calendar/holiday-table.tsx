import { HOLIDAY_KIND_LABELS, isoWeekday, WEEKDAY_NAMES_ID } from "@/lib/domain/calendar";
import type { HolidayRow } from "@/lib/view-types/calendar";
import { formatDateId } from "@/lib/domain/format-date";
import { HolidayForm } from "./holiday-form";
import { RemoveHolidayButton } from "./remove-holiday-form";

function notes(h: HolidayRow, cutiBersamaIsWorkingDay: boolean): string[] {
  const result: string[] = [];
  if (h.provisional) result.push("Sementara");
  if (isoWeekday(h.date) >= 6) result.push("Akhir pekan: tidak menggeser tenggat");
  if (h.kind === "CUTI_BERSAMA" && cutiBersamaIsWorkingDay) result.push("Dihitung hari kerja (pengaturan kantor)");
  return result;
}

/** The year's holidays with an edit form (in a disclosure) and a remove button per row. */
export function HolidayTable({ year, holidays, cutiBersamaIsWorkingDay }: { year: number; holidays: HolidayRow[]; cutiBersamaIsWorkingDay: boolean }) {
  if (holidays.length === 0) {
    return <p className="rounded border border-slate-200 bg-white px-4 py-3">Belum ada hari libur untuk tahun {year}.</p>;
  }
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="px-3 py-2 text-left font-semibold">
          Hari libur tahun {year} ({holidays.length} tanggal)
        </caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">Tanggal</th>
            <th scope="col" className="px-3 py-2">Nama</th>
            <th scope="col" className="px-3 py-2">Jenis</th>
            <th scope="col" className="px-3 py-2">Sumber</th>
            <th scope="col" className="px-3 py-2">Keterangan</th>
            <th scope="col" className="px-3 py-2">Tindakan</th>
          </tr>
        </thead>
        <tbody>
          {holidays.map((h) => {
            const label = `${h.name}, ${formatDateId(h.date)}`;
            return (
              <tr key={h.id} className="border-t border-slate-200 align-top">
                <th scope="row" className="whitespace-nowrap px-3 py-2 font-normal">
                  {WEEKDAY_NAMES_ID[isoWeekday(h.date)]}, {formatDateId(h.date)}
                </th>
                <td className="px-3 py-2">{h.name}</td>
                <td className="px-3 py-2">{HOLIDAY_KIND_LABELS[h.kind]}</td>
                <td className="px-3 py-2 text-slate-700">{h.source ?? "—"}</td>
                <td className="px-3 py-2">
                  {notes(h, cutiBersamaIsWorkingDay).map((n) => (
                    <span key={n} className={`mb-1 mr-1 inline-block rounded px-2 py-0.5 text-xs ${n === "Sementara" ? "bg-amber-100 font-semibold text-amber-950" : "bg-slate-100"}`}>{n}</span>
                  ))}
                </td>
                <td className="px-3 py-2">
                  <div className="flex flex-wrap items-start gap-2">
                    <details className="group">
                      <summary className="cursor-pointer rounded border border-slate-400 px-2 py-1 hover:bg-slate-100">
                        Ubah<span className="sr-only"> {label}</span>
                      </summary>
                      <div className="mt-2 w-[22rem] max-w-[80vw] rounded border border-slate-200 bg-slate-50 p-3">
                        <HolidayForm holiday={h} />
                      </div>
                    </details>
                    <RemoveHolidayButton id={h.id} label={label} />
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
