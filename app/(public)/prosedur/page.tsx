import type { Metadata } from "next";
import { LegalPeriod } from "@/components/procedures/legal-period";
import { PageTitle } from "@/components/ui/page-title";
import { DEADLINE_RULE_ORDER } from "@/components/procedures/rule-order";
import { getCalendarConfig } from "@/lib/server/queries/calendar";
import { getOffice } from "@/lib/server/queries/office";

export const metadata: Metadata = { title: "Prosedur layanan" };

export default async function ProceduresPage() {
  const [office, config] = await Promise.all([getOffice(), getCalendarConfig()]);
  return (
    <article className="prose-ppid max-w-3xl">
      <PageTitle lead="Alur layanan informasi publik dan batas waktunya menurut UU 14/2008, seperti yang dihitung oleh portal ini.">
        Prosedur layanan
      </PageTitle>
      <h2>1. Permohonan informasi</h2>
      <p>Ajukan permohonan; Anda langsung menerima nomor pendaftaran dan tanda bukti. Petugas memeriksa kelengkapan, meneruskannya ke unit yang menguasai informasi, lalu PPID memberikan pemberitahuan tertulis.</p>
      <h2>2. Keberatan kepada Atasan PPID</h2>
      <p>Bila permohonan ditolak, tidak ditanggapi, atau dilayani tidak sebagaimana mestinya, ajukan keberatan. Atasan PPID menjawab secara tertulis.</p>
      <h2>3. Sengketa di Komisi Informasi</h2>
      <p>Bila tidak puas dengan jawaban Atasan PPID, ajukan sengketa ke {office.komisiInformasi}.</p>
      <h2>4. Pengaduan penyalahgunaan wewenang</h2>
      <p>Pengaduan atas penyalahgunaan wewenang oleh pejabat disampaikan ke meja layanan atau email {office.email}.</p>
      <h2>Semua batas waktu</h2>
      <div className="space-y-3">
        {DEADLINE_RULE_ORDER.map((rule) => <LegalPeriod key={rule} rule={rule} config={config} />)}
      </div>
    </article>
  );
}
