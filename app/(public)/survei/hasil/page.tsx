import type { Metadata } from "next";
import Link from "next/link";
import { IkmResults } from "@/components/survey/ikm-results";
import { PageTitle } from "@/components/ui/page-title";
import { periodLabel } from "@/lib/domain/survey";
import { ZSurveyResultsQuery } from "@/lib/schemas/survey";
import { currentSurveyYear, getPublicSurveyResults } from "@/lib/server/queries/survey-results";

export const metadata: Metadata = { title: "Hasil Survei Kepuasan Masyarakat" };

/** Results and the office's follow-up, published as Permenpan RB 14/2017 asks. */
export default async function SurveyResultsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = ZSurveyResultsQuery.parse(await searchParams);
  const thisYear = await currentSurveyYear();
  const year = query.tahun ?? thisYear;
  const periods = await getPublicSurveyResults(year);
  return (
    <>
      <PageTitle lead="Indeks Kepuasan Masyarakat (IKM) atas layanan informasi publik per semester, dihitung dari seluruh jawaban survei, beserta tindak lanjut kantor.">
        Hasil Survei Kepuasan Masyarakat
      </PageTitle>
      <nav aria-label="Tahun" className="mb-6 flex flex-wrap gap-3">
        {[thisYear - 2, thisYear - 1, thisYear].map((y) => (
          <Link key={y} href={`/survei/hasil?tahun=${y}`} aria-current={y === year ? "page" : undefined} className="rounded border border-slate-300 px-3 py-1 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">
            {y}
          </Link>
        ))}
      </nav>
      <div className="space-y-10">
        {periods.map((p) => (
          <section key={p.half} aria-labelledby={`periode-${p.half}`}>
            <h2 id={`periode-${p.half}`} className="mb-3 text-xl font-semibold text-brand-900">{periodLabel(p.year, p.half)}</h2>
            <IkmResults result={p.result} caption={`IKM per unsur, ${periodLabel(p.year, p.half)}`} />
            <h3 className="mt-4 font-semibold">Tindak lanjut</h3>
            <p className="whitespace-pre-line">{p.followUp ?? "Belum ada tindak lanjut yang diumumkan untuk periode ini."}</p>
          </section>
        ))}
      </div>
      <p className="mt-8"><Link className="underline" href="/survei">Isi survei</Link></p>
    </>
  );
}
