import Link from "next/link";
import { SertaMertaList } from "@/components/dip/serta-merta-list";
import type { SertaMertaAnnouncement } from "@/lib/view-types/dip";

/** The top of the home page while serta-merta announcements are active (UU 14/2008 Pasal 10). */
export function SertaMertaBanner({ items, timeZone }: { items: SertaMertaAnnouncement[]; timeZone: string }) {
  return (
    <section aria-labelledby="serta-merta-terkini" className="mb-8 rounded border-2 border-amber-500 bg-amber-50 p-4">
      <h2 id="serta-merta-terkini" className="mb-3 text-xl font-semibold text-slate-900">Pengumuman serta merta</h2>
      <SertaMertaList items={items} timeZone={timeZone} headingLevel={3} showImages={false} />
      <p className="mt-3">
        <Link href="/serta-merta" className="text-brand-700 underline">Semua informasi serta merta</Link>
      </p>
    </section>
  );
}
