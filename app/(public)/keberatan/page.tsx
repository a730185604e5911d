import type { Metadata } from "next";
import Link from "next/link";
import { LegalPeriod } from "@/components/procedures/legal-period";
import { PageTitle } from "@/components/ui/page-title";
import { OBJECTION_GROUND_LABELS } from "@/lib/domain/labels";
import { getCalendarConfig } from "@/lib/server/queries/calendar";
import { getOffice } from "@/lib/server/queries/office";

export const metadata: Metadata = { title: "Keberatan" };

export default async function ObjectionInfoPage() {
  const [office, config] = await Promise.all([getOffice(), getCalendarConfig()]);
  return (
    <article className="prose-ppid max-w-3xl">
      <PageTitle lead="Bila permohonan informasi Anda tidak dilayani sebagaimana mestinya, Anda dapat mengajukan keberatan kepada Atasan PPID (UU 14/2008 Pasal 35).">
        Keberatan
      </PageTitle>
      <h2>Alasan keberatan (Pasal 35 ayat 1)</h2>
      <ol className="list-[lower-alpha] pl-6">
        {Object.values(OBJECTION_GROUND_LABELS).map((label) => <li key={label}>{label}</li>)}
      </ol>
      <p>Tidak ada masa tunggu: penolakan dapat diajukan keberatan pada hari yang sama.</p>
      <h2>Cara mengajukan</h2>
      <p>
        Masuk ke akun Anda lalu buka <Link className="underline" href="/akun/keberatan/ajukan">formulir keberatan</Link>: pilih permohonan Anda,
        dan formulir hanya menawarkan alasan yang dapat dipakai saat ini beserta batas waktunya. Keberatan juga dapat diajukan langsung di
        meja layanan, melalui pos, atau surel; petugas mencatatnya dengan waktu penerimaan yang sebenarnya. Setiap keberatan mendapat nomor
        register dan tanda terima.
      </p>
      <h2>Batas waktu</h2>
      <div className="space-y-3">
        <LegalPeriod rule="OBJECTION_FILING" config={config} />
        <LegalPeriod rule="OBJECTION_RESPONSE" config={config} />
        <LegalPeriod rule="DISPUTE_FILING" config={config} />
      </div>
      <h2>Sengketa informasi</h2>
      <p>
        Bila tidak puas dengan tanggapan Atasan PPID, atau tidak ada tanggapan, Anda dapat mengajukan penyelesaian sengketa ke{" "}
        {office.komisiInformasi} (UU 14/2008 Pasal 37). Lihat <Link className="underline" href="/prosedur">prosedur lengkap</Link>.
      </p>
    </article>
  );
}
