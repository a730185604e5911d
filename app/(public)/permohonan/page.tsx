import type { Metadata } from "next";
import Link from "next/link";
import { LegalPeriod } from "@/components/procedures/legal-period";
import { PageTitle } from "@/components/ui/page-title";
import { getCalendarConfig } from "@/lib/server/queries/calendar";
import { getOffice } from "@/lib/server/queries/office";

export const metadata: Metadata = { title: "Permohonan informasi" };

export default async function RequestInfoPage() {
  const [office, config] = await Promise.all([getOffice(), getCalendarConfig()]);
  return (
    <article className="prose-ppid max-w-3xl">
      <PageTitle lead="Setiap orang berhak meminta informasi publik (UU 14/2008 Pasal 4). Cek dulu Daftar Informasi Publik: bila informasinya sudah tersedia, Anda tidak perlu mengajukan permohonan.">
        Permohonan informasi
      </PageTitle>
      <p className="mt-4">
        <Link href="/permohonan/ajukan" className="inline-block rounded bg-brand-700 px-5 py-2.5 font-semibold text-white no-underline hover:bg-brand-800">
          Ajukan permohonan informasi
        </Link>
      </p>
      <h2>Cara mengajukan</h2>
      <ul>
        <li>Langsung di meja layanan {office.name}, {office.address}, {office.city}.</li>
        <li>Melalui pos atau email ke <a className="underline" href={`mailto:${office.email}`}>{office.email}</a>, dengan menyebutkan identitas, informasi yang diminta, dan tujuan penggunaannya.</li>
        <li>Secara daring melalui <Link className="underline" href="/permohonan/ajukan">formulir permohonan</Link> di portal ini, dengan atau tanpa akun. Dengan akun (<Link className="underline" href="/masuk">masuk</Link> atau <Link className="underline" href="/daftar">daftar</Link>), semua permohonan Anda tersimpan di satu tempat.</li>
      </ul>
      <p>Siapkan: identitas (KTP untuk perorangan; akta pendirian untuk badan hukum; surat kuasa untuk kelompok), rincian informasi yang dibutuhkan, tujuan penggunaan, cara memperoleh informasi, dan cara menerima salinannya.</p>
      <h2>Batas waktu</h2>
      <div className="space-y-3">
        <LegalPeriod rule="REQUEST_RESPONSE" config={config} />
        <LegalPeriod rule="REQUEST_EXTENSION" config={config} />
        <LegalPeriod rule="REQUIREMENTS_COMPLETION" config={config} />
      </div>
      <p>
        Hari kerja tidak termasuk Sabtu, Minggu, hari libur nasional, dan cuti bersama. Hitung sendiri tanggalnya di{" "}
        <Link className="underline" href="/kalkulator-hari-kerja">Kalkulator Hari Kerja</Link>.
      </p>
      <p>Setelah mengajukan, Anda menerima nomor pendaftaran dan kode akses untuk <Link className="underline" href="/lacak">melacak permohonan</Link>.</p>
    </article>
  );
}
