import Link from "next/link";
import { REQUEST_CHANNEL_LABELS, REQUEST_OUTCOME_LABELS, REQUEST_STATUS_LABELS } from "@/lib/domain/labels";
import { REQUEST_CHANNELS, REQUEST_OUTCOMES, REQUEST_STATUSES } from "@/lib/domain/request-workflow";
import { REGISTER_OPEN, REGISTER_SORTS, type RequestRegisterQuery } from "@/lib/schemas/request-register-query";

// A GET form: every filtered view of the register is a shareable URL, and it works without JS.

const cls = "mt-1 block rounded border border-slate-400 bg-white px-3 py-2";

export const SORT_LABELS: Record<(typeof REGISTER_SORTS)[number], string> = {
  nomor: "Nomor",
  diterima: "Waktu diterima",
  tenggat: "Batas waktu",
  pemohon: "Nama pemohon",
  status: "Status",
};

type Props = { query: RequestRegisterQuery; units: { code: string; name: string }[]; years: number[]; showUnit: boolean };

export function RegisterFilters({ query, units, years, showUnit }: Props) {
  return (
    <form method="get" role="search" aria-label="Saring register" className="mb-4 grid gap-3 rounded border border-slate-200 bg-white p-4 print:hidden sm:grid-cols-2 lg:grid-cols-4">
      {/* Filtering keeps the chosen view (compact or full). */}
      {query.full && <input type="hidden" name="tampilan" value="lengkap" />}
      <div>
        <label htmlFor="r-q" className="block font-medium">Cari</label>
        <input id="r-q" name="q" type="search" defaultValue={query.q} placeholder="Nomor, nama, atau informasi" className={`${cls} w-full`} />
      </div>
      <div>
        <label htmlFor="r-status" className="block font-medium">Status</label>
        <select id="r-status" name="status" defaultValue={query.status ?? ""} className={`${cls} w-full`}>
          <option value="">Semua status</option>
          <option value={REGISTER_OPEN}>Semua yang masih berjalan</option>
          {REQUEST_STATUSES.map((s) => <option key={s} value={s}>{REQUEST_STATUS_LABELS[s]}</option>)}
        </select>
      </div>
      {showUnit && (
        <div>
          <label htmlFor="r-unit" className="block font-medium">Unit</label>
          <select id="r-unit" name="unit" defaultValue={query.unit ?? ""} className={`${cls} w-full`}>
            <option value="">Semua unit</option>
            {units.map((u) => <option key={u.code} value={u.code}>{u.name}</option>)}
          </select>
        </div>
      )}
      <div>
        <label htmlFor="r-channel" className="block font-medium">Saluran</label>
        <select id="r-channel" name="saluran" defaultValue={query.channel ?? ""} className={`${cls} w-full`}>
          <option value="">Semua saluran</option>
          {REQUEST_CHANNELS.map((c) => <option key={c} value={c}>{REQUEST_CHANNEL_LABELS[c]}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="r-outcome" className="block font-medium">Keputusan</label>
        <select id="r-outcome" name="hasil" defaultValue={query.outcome ?? ""} className={`${cls} w-full`}>
          <option value="">Semua keputusan</option>
          {REQUEST_OUTCOMES.map((o) => <option key={o} value={o}>{REQUEST_OUTCOME_LABELS[o]}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="r-due" className="block font-medium">Jatuh tempo dalam</label>
        <select id="r-due" name="tenggat" defaultValue={query.dueWithin === undefined ? "" : String(query.dueWithin)} className={`${cls} w-full`}>
          <option value="">Kapan saja</option>
          {[0, 1, 2, 3, 5, 10].map((n) => <option key={n} value={n}>{n === 0 ? "Hari ini" : `${n} hari kerja`}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="r-year" className="block font-medium">Tahun</label>
        <select id="r-year" name="tahun" defaultValue={query.year ? String(query.year) : ""} className={`${cls} w-full`}>
          <option value="">Semua tahun</option>
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="r-from" className="block font-medium">Diterima sejak</label>
        <input id="r-from" name="dari" type="date" defaultValue={query.receivedFrom} className={`${cls} w-full`} />
      </div>
      <div>
        <label htmlFor="r-to" className="block font-medium">Diterima sampai</label>
        <input id="r-to" name="sampai" type="date" defaultValue={query.receivedTo} className={`${cls} w-full`} />
      </div>
      {query.noUnit && <input type="hidden" name="tanpaUnit" value="1" />}
      <div>
        <label htmlFor="r-sort" className="block font-medium">Urutkan</label>
        <div className="flex gap-2">
          <select id="r-sort" name="urut" defaultValue={query.sort} className={`${cls} min-w-0 flex-1`}>
            {REGISTER_SORTS.map((s) => <option key={s} value={s}>{SORT_LABELS[s]}</option>)}
          </select>
          <label htmlFor="r-dir" className="sr-only">Arah urutan</label>
          <select id="r-dir" name="arah" defaultValue={query.direction} className={`${cls} min-w-0 flex-1`}>
            <option value="turun">Menurun</option>
            <option value="naik">Menaik</option>
          </select>
        </div>
      </div>
      <div className="flex items-end">
        <label className="flex items-center gap-2">
          <input type="checkbox" name="terlambat" value="1" defaultChecked={query.overdue === true} className="h-4 w-4" />
          Hanya yang terlambat
        </label>
      </div>
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-3">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">Terapkan</button>
        <Link href="/kantor/permohonan" className="underline">Hapus saringan</Link>
      </div>
    </form>
  );
}
