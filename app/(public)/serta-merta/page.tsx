import type { Metadata } from "next";
import { DipPublicTabs } from "@/components/dip/public-tabs";
import { SertaMertaList } from "@/components/dip/serta-merta-list";
import { PageTitle } from "@/components/ui/page-title";
import { listPublicSertaMerta } from "@/lib/server/queries/serta-merta";
import { getOffice } from "@/lib/server/queries/office";

export const metadata: Metadata = {
  title: "Informasi serta merta",
  description:
    "Pengumuman serta merta tentang keadaan yang dapat mengancam hajat hidup orang banyak dan ketertiban umum, seperti bencana dan wabah (UU 14/2008 Pasal 10).",
};

export default async function SertaMertaPage() {
  const [items, office] = await Promise.all([listPublicSertaMerta(false, 100), getOffice()]);
  return (
    <>
      <PageTitle lead="Informasi yang dapat mengancam hajat hidup orang banyak dan ketertiban umum, misalnya bencana alam, wabah penyakit, atau gangguan layanan dasar, diumumkan seketika tanpa penundaan (UU 14/2008 Pasal 10).">
        Informasi serta merta
      </PageTitle>
      <DipPublicTabs current="serta-merta" />
      <p className="mb-4 text-slate-700" role="status">{items.length} pengumuman, terbaru di atas.</p>
      {items.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-4">Saat ini tidak ada pengumuman serta merta.</p>
      ) : (
        <SertaMertaList items={items} timeZone={office.timeZone} headingLevel={2} />
      )}
    </>
  );
}
