import { OBJECTION_GROUND_LABELS, OBJECTION_STATUS_LABELS } from "@/lib/domain/labels";
import { GROUND_LETTERS, OBJECTION_GROUNDS } from "@/lib/domain/objection-grounds";
import { OBJECTION_STATUSES } from "@/lib/domain/objection-workflow";
import type { ObjectionRegisterQuery } from "@/lib/schemas/objection-register-query";

const CLS = "mt-1 block rounded border border-slate-400 bg-white px-3 py-2";

/** GET filters of the objection register (work without JavaScript; the URL can be bookmarked). */
export function RegisterFilters({ query, years }: { query: ObjectionRegisterQuery; years: number[] }) {
  return (
    <form method="get" className="mb-4 flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3 print:hidden">
      {query.tampilan && <input type="hidden" name="tampilan" value="lengkap" />}
      <div className="w-full min-w-0 sm:w-auto">
        <label htmlFor="q" className="block text-sm font-medium">Cari (nomor, nama)</label>
        <input id="q" name="q" defaultValue={query.q} className={`${CLS} w-full sm:max-w-xs`} />
      </div>
      <div className="w-full min-w-0 sm:w-auto">
        <label htmlFor="tahun" className="block text-sm font-medium">Tahun</label>
        <select id="tahun" name="tahun" defaultValue={query.tahun ? String(query.tahun) : ""} className={`${CLS} w-full sm:max-w-xs`}>
          <option value="">Semua</option>
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </div>
      <div className="w-full min-w-0 sm:w-auto">
        <label htmlFor="status" className="block text-sm font-medium">Status</label>
        <select id="status" name="status" defaultValue={query.status ?? ""} className={`${CLS} w-full sm:max-w-xs`}>
          <option value="">Semua</option>
          {OBJECTION_STATUSES.map((s) => <option key={s} value={s}>{OBJECTION_STATUS_LABELS[s]}</option>)}
        </select>
      </div>
      <div className="w-full min-w-0 sm:w-auto">
        <label htmlFor="alasan" className="block text-sm font-medium">Alasan</label>
        <select id="alasan" name="alasan" defaultValue={query.alasan ?? ""} className={`${CLS} w-full sm:max-w-xs`}>
          <option value="">Semua</option>
          {OBJECTION_GROUNDS.map((g) => <option key={g} value={g}>{GROUND_LETTERS[g]}. {OBJECTION_GROUND_LABELS[g]}</option>)}
        </select>
      </div>
      <div className="flex items-center gap-2 pb-2">
        <input type="checkbox" id="terlambat" name="terlambat" value="1" defaultChecked={Boolean(query.terlambat)} className="h-4 w-4" />
        <label htmlFor="terlambat">Hanya yang terlambat ditanggapi</label>
      </div>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">Terapkan</button>
    </form>
  );
}
