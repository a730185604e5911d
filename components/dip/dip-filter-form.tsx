import Link from "next/link";
import { DIP_CATEGORY_LABELS } from "@/components/dip/dip-labels";
import { DIP_SORT_LABELS, INFO_FORM_LABELS } from "@/lib/domain/dip-public-labels";
import { DIP_FORMS, DIP_PUBLIC_CATEGORIES, DIP_SORTS, type DipQuery } from "@/lib/schemas/dip-query";

type Props = { query: DipQuery; units: { code: string; name: string }[]; years: number[] };

const FIELD = "mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2";

/** A plain GET form: works without JavaScript and every result page has a shareable URL. */
export function DipFilterForm({ query, units, years }: Props) {
  return (
    <form method="get" action="/informasi-publik" role="search" aria-label="Cari dan saring informasi publik" className="mb-6 rounded border border-slate-200 bg-white p-4">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <div className="sm:col-span-2 lg:col-span-3">
          <label htmlFor="q" className="block font-medium">Kata kunci</label>
          <input id="q" name="q" type="search" defaultValue={query.q} maxLength={200} placeholder="mis. anggaran 2026, puskesmas, permohonan" className={FIELD} />
        </div>
        <div>
          <label htmlFor="kategori" className="block font-medium">Kategori</label>
          <select id="kategori" name="kategori" defaultValue={query.category ?? ""} className={FIELD}>
            <option value="">Semua kategori</option>
            {DIP_PUBLIC_CATEGORIES.map((c) => <option key={c} value={c}>{DIP_CATEGORY_LABELS[c]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="unit" className="block font-medium">Unit yang menguasai</label>
          <select id="unit" name="unit" defaultValue={query.unit ?? ""} className={FIELD}>
            <option value="">Semua unit</option>
            {units.map((u) => <option key={u.code} value={u.code}>{u.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="tahun" className="block font-medium">Tahun</label>
          <select id="tahun" name="tahun" defaultValue={query.year ? String(query.year) : ""} className={FIELD}>
            <option value="">Semua tahun</option>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="bentuk" className="block font-medium">Bentuk informasi</label>
          <select id="bentuk" name="bentuk" defaultValue={query.form ?? ""} className={FIELD}>
            <option value="">Semua bentuk</option>
            {DIP_FORMS.map((f) => <option key={f} value={f}>{INFO_FORM_LABELS[f]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="urut" className="block font-medium">Urutkan</label>
          {/* Empty = automatic, so a new keyword is ranked by relevance even after browsing by date. */}
          <select id="urut" name="urut" defaultValue={query.sort === "relevansi" ? "" : (query.sort ?? "")} className={FIELD}>
            <option value="">Otomatis (relevansi atau terbaru)</option>
            {DIP_SORTS.filter((s) => s !== "relevansi").map((s) => <option key={s} value={s}>{DIP_SORT_LABELS[s]}</option>)}
          </select>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">Cari</button>
        <Link href="/informasi-publik" className="text-brand-700 underline">Hapus semua saringan</Link>
      </div>
    </form>
  );
}
