import Link from "next/link";

/** Links ?tahun=YYYY for the years at hand, plus a small form for any other year (no JavaScript needed). */
export function YearPicker({ years, current, officialYears }: { years: number[]; current: number; officialYears: number[] }) {
  return (
    <nav aria-label="Pilih tahun" className="mb-6 flex flex-wrap items-end gap-4">
      <ul className="flex flex-wrap gap-2">
        {years.map((y) => (
          <li key={y}>
            <Link
              href={`/kantor/kalender?tahun=${y}`}
              aria-current={y === current ? "page" : undefined}
              className={`block rounded border px-3 py-1.5 ${y === current ? "border-brand-700 bg-brand-700 font-semibold text-white" : "border-slate-300 bg-white hover:bg-brand-50"}`}
            >
              {y}
              {!officialYears.includes(y) && <span className="ml-1 text-xs">(belum resmi)</span>}
            </Link>
          </li>
        ))}
      </ul>
      <form method="get" action="/kantor/kalender" className="flex items-end gap-2">
        <div>
          <label htmlFor="pilih-tahun" className="block text-sm font-medium">Tahun lain</label>
          <input id="pilih-tahun" name="tahun" type="number" inputMode="numeric" min={2000} max={2100} defaultValue={current} className="mt-1 w-28 rounded border border-slate-400 bg-white px-2 py-1.5" />
        </div>
        <button type="submit" className="rounded border border-slate-400 bg-white px-3 py-1.5 hover:bg-slate-100">Tampilkan</button>
      </form>
    </nav>
  );
}
