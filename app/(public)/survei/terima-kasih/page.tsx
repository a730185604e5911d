import type { Metadata } from "next";
import Link from "next/link";
import { PageTitle } from "@/components/ui/page-title";

export const metadata: Metadata = { title: "Terima kasih" };

export default function SurveyThanksPage() {
  return (
    <>
      <PageTitle lead="Penilaian Anda sudah kami terima dan akan dihitung dalam Indeks Kepuasan Masyarakat periode ini.">Terima kasih</PageTitle>
      <p role="status">
        Hasil survei dan tindak lanjut kantor diumumkan di halaman <Link className="underline" href="/survei/hasil">Hasil Survei Kepuasan Masyarakat</Link>.
      </p>
    </>
  );
}
