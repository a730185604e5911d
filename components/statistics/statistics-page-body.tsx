import Link from "next/link";
import { PublicStatisticsView } from "@/components/statistics/public-statistics-view";
import { PageTitle } from "@/components/ui/page-title";
import type { PublicStatistics } from "@/lib/domain/report-public";

/** /statistik and /statistik/[tahun]: title, year links (no query string, so the page caches), CSV, body. */
export function StatisticsPageBody({ stats }: { stats: PublicStatistics }) {
  return (
    <>
      <PageTitle lead="Angka layanan informasi publik, dihitung dari register permohonan, keberatan, dan sengketa. Hanya jumlah; tidak memuat data pribadi pemohon.">
        Statistik layanan {stats.year}
      </PageTitle>
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <nav aria-label="Pilih tahun">
          <ul className="flex flex-wrap gap-2">
            {stats.years.map((y) => (
              <li key={y}>
                <Link href={`/statistik/${y}`} aria-current={y === stats.year ? "page" : undefined} className={`block rounded border px-3 py-1.5 ${y === stats.year ? "border-brand-800 bg-brand-700 font-semibold text-white" : "border-slate-400 bg-white hover:bg-brand-50"}`}>
                  {y}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <a href={`/statistik/csv?tahun=${stats.year}`} className="rounded border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
          Unduh CSV {stats.year}
        </a>
      </div>
      <PublicStatisticsView stats={stats} />
    </>
  );
}
