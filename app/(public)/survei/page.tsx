import type { Metadata } from "next";
import Link from "next/link";
import { SurveyForm } from "@/components/survey/survey-form";
import { PageTitle } from "@/components/ui/page-title";
import { listActiveUnitChoices } from "@/lib/server/queries/units";

export const metadata: Metadata = { title: "Survei Kepuasan Masyarakat" };

/** Open to walk-in visitors (Permenpan RB 14/2017); a closed request has its own one-time link. */
export default async function SurveyPage() {
  const units = await listActiveUnitChoices();
  return (
    <>
      <PageTitle lead="Bantu kami memperbaiki layanan informasi publik. Survei ini tanpa nama dan memerlukan sekitar dua menit.">
        Survei Kepuasan Masyarakat
      </PageTitle>
      <p className="mb-6 max-w-3xl">
        Sudah mengajukan permohonan yang telah selesai? Isi survei melalui tautan pada halaman{" "}
        <Link className="underline" href="/lacak">Lacak Permohonan</Link> agar penilaian Anda tercatat untuk permohonan itu. Hasil survei
        dan tindak lanjutnya kami umumkan di halaman <Link className="underline" href="/survei/hasil">Hasil Survei</Link>.
      </p>
      <SurveyForm units={units} />
    </>
  );
}
