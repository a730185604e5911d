import type { IkmResult } from "@/lib/domain/ikm";

const num = (value: number | null, digits: number) =>
  value === null ? "—" : value.toLocaleString("id-ID", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The index of one period: per element NRR and weighted NRR, the total, its grade. */
export function IkmResults({ result, caption }: { result: IkmResult; caption: string }) {
  return (
    <div>
      <dl className="mb-3 flex flex-wrap gap-x-8 gap-y-2">
        <div>
          <dt className="text-sm text-slate-700">Responden</dt>
          <dd className="text-xl font-bold text-brand-800">{result.respondents}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">Indeks Kepuasan Masyarakat (IKM)</dt>
          <dd className="text-xl font-bold text-brand-800">{num(result.ikm, 2)}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">Mutu pelayanan</dt>
          <dd className="text-xl font-bold text-brand-800">{result.grade ? `${result.grade} (${result.performance})` : "Belum ada data"}</dd>
        </div>
      </dl>
      <div className="overflow-x-auto rounded border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2">Unsur</th>
              <th scope="col" className="px-3 py-2 text-right">Jawaban</th>
              <th scope="col" className="px-3 py-2 text-right">Nilai rata-rata (NRR)</th>
              <th scope="col" className="px-3 py-2 text-right">NRR tertimbang</th>
            </tr>
          </thead>
          <tbody>
            {result.elements.map((e, i) => (
              <tr key={e.key} className="border-t border-slate-200">
                <th scope="row" className="px-3 py-2 font-normal">U{i + 1} {e.name}</th>
                <td className="px-3 py-2 text-right">{e.answered}</td>
                <td className="px-3 py-2 text-right">{num(e.nrr, 2)}</td>
                <td className="px-3 py-2 text-right">{num(e.weighted, 3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-xs text-slate-600">
        IKM = jumlah NRR tertimbang × 25; bobot tiap unsur 1/{result.weight ? Math.round(1 / result.weight) : 9}. Mutu: A 88,31–100 · B 76,61–88,30 · C 65,00–76,60 · D 25,00–64,99
        (Permenpan RB No. 14 Tahun 2017).
      </p>
    </div>
  );
}
