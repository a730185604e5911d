import type { Metadata } from "next";
import Link from "next/link";
import { DipPublicTabs } from "@/components/dip/public-tabs";
import { ExemptEntryCard } from "@/components/dip/exempt-entry-card";
import { PageTitle } from "@/components/ui/page-title";
import { toOfficeLocalDate } from "@/lib/domain/calendar";
import { listPublishedExemptDipCached } from "@/lib/server/queries/dip-exempt-public";
import { getOffice } from "@/lib/server/queries/office";

export const metadata: Metadata = {
  title: "Daftar Informasi yang Dikecualikan",
  description:
    "Informasi yang dikecualikan berdasarkan UU 14/2008 Pasal 17, dengan dasar hukum, hasil uji konsekuensi, penetapan, dan jangka waktu pengecualiannya.",
};

export default async function ExemptListPage() {
  const [entries, office] = await Promise.all([listPublishedExemptDipCached(), getOffice()]);
  const today = toOfficeLocalDate(new Date(), office.timeZone);
  return (
    <>
      <PageTitle lead="Informasi berikut tidak dapat diberikan kepada publik karena dikecualikan menurut UU 14/2008 Pasal 17, setelah melalui uji konsekuensi. Isi informasinya tidak dimuat di sini. Pengecualian bersifat ketat, terbatas, dan tidak permanen (Pasal 2 ayat 2 dan Pasal 20).">
        Daftar Informasi yang Dikecualikan
      </PageTitle>
      <DipPublicTabs current="dik" />
      <p className="mb-4 text-slate-700" role="status">{entries.length} informasi dikecualikan.</p>
      {entries.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-4">Belum ada informasi yang ditetapkan sebagai informasi yang dikecualikan.</p>
      ) : (
        <div className="space-y-4">
          {entries.map((e) => <ExemptEntryCard key={e.number} entry={e} today={today} />)}
        </div>
      )}
      <p className="mt-6 text-slate-700">
        Bila permohonan Anda ditolak dengan alasan pengecualian, Anda berhak{" "}
        <Link href="/keberatan" className="text-brand-700 underline">mengajukan keberatan</Link> (UU 14/2008 Pasal 35 ayat 1 huruf a).
      </p>
    </>
  );
}
