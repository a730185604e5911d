import { controlCls as select } from "@/components/ui/form-field";
import { makePeriod, MONTH_NAMES_ID, type ReportPeriod } from "@/lib/domain/report-period";
import type { ReportUnit } from "@/lib/domain/report-rows";

/** A plain GET form (works without JavaScript): period (year, quarter or month) and unit. */
export function ReportPicker({ period, years, units, unitCode, canPickUnit }: {
  period: ReportPeriod;
  years: number[];
  units: ReportUnit[];
  unitCode: string | null;
  canPickUnit: boolean;
}) {
  return (
    <form method="get" action="/kantor/laporan" className="mb-6 flex flex-wrap items-end gap-4 rounded border border-slate-200 bg-white p-4">
      <div className="min-w-[14rem]">
        <label htmlFor="f-periode" className="block font-medium">Periode</label>
        <select id="f-periode" name="periode" defaultValue={period.key} className={select}>
          {years.map((y) => (
            <optgroup key={y} label={String(y)}>
              <option value={String(y)}>Tahun {y}</option>
              {[1, 2, 3, 4].map((q) => <option key={q} value={`${y}-T${q}`}>{makePeriod("QUARTER", y, q)!.label}</option>)}
              {MONTH_NAMES_ID.map((m, i) => <option key={m} value={makePeriod("MONTH", y, i + 1)!.key}>{m} {y}</option>)}
            </optgroup>
          ))}
        </select>
      </div>
      {canPickUnit && (
        <div className="min-w-[14rem]">
          <label htmlFor="f-unit" className="block font-medium">Cakupan</label>
          <select id="f-unit" name="unit" defaultValue={unitCode ?? ""} className={select}>
            <option value="">Seluruh badan publik</option>
            {units.map((u) => <option key={u.code} value={u.code}>{u.name}</option>)}
          </select>
        </div>
      )}
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">Tampilkan</button>
    </form>
  );
}
