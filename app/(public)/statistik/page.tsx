import type { Metadata } from "next";
import { PageTitle } from "@/components/ui/page-title";
import { getPublicStats } from "@/lib/server/queries/public-stats";

export const metadata: Metadata = { title: "Statistik layanan" };

export default async function StatisticsPage() {
  const stats = await getPublicStats();
  return (
    <>
      <PageTitle lead="Angka layanan informasi publik, dihitung langsung dari register.">Statistik layanan</PageTitle>
      <table className="w-full max-w-xl rounded border border-slate-200 bg-white text-left">
        <caption className="sr-only">Statistik layanan informasi publik</caption>
        <tbody>
          {stats.map((s) => (
            <tr key={s.label} className="border-t border-slate-200">
              <th scope="row" className="px-3 py-2 font-medium">{s.label}</th>
              <td className="px-3 py-2 text-right text-xl font-bold text-brand-800">{s.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
