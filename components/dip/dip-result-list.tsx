import Link from "next/link";
import { DIP_CATEGORY_LABELS } from "@/components/dip/dip-labels";
import { formatOfficeDateId } from "@/lib/domain/dip-format";
import { entryPath } from "@/lib/domain/dip-paths";
import type { PublicDipItem } from "@/lib/view-types/dip";

// One text per line, not a dozen adjacent ones: every text child is an entry in the page's RSC
// payload and a separate node (with a separator comment) in its HTML, twenty times over.
function facts(e: PublicDipItem, timeZone: string): string {
  const parts = [DIP_CATEGORY_LABELS[e.category], e.unitName, `Tahun ${e.year}`, `Nomor ${e.number}`];
  if (e.publishedAt) parts.push(`Diterbitkan ${formatOfficeDateId(e.publishedAt, timeZone)}`);
  if (e.documents.length > 0) parts.push(`${e.documents.length} dokumen`);
  return parts.join(" · ");
}

export function DipResultList({ items, timeZone }: { items: PublicDipItem[]; timeZone: string }) {
  if (items.length === 0) {
    return (
      <div className="rounded border border-slate-200 bg-white p-4">
        <p className="font-medium">Tidak ada informasi yang cocok.</p>
        <p className="mt-1 text-slate-700">
          Coba kata kunci lain atau hapus saringan. Bila informasi yang Anda cari belum tersedia, Anda dapat{" "}
          <Link href="/permohonan" className="text-brand-700 underline">mengajukan permohonan informasi</Link>.
        </p>
      </div>
    );
  }
  return (
    <ol aria-label="Hasil" className="space-y-3">
      {items.map((e) => (
        <li key={e.number} className="rounded border border-slate-200 bg-white p-4">
          <h2 className="font-semibold text-brand-900">
            <Link href={entryPath(e.number)} className="underline decoration-slate-400 underline-offset-2 hover:decoration-brand-700">{e.title}</Link>
          </h2>
          <p className="mt-1 text-sm text-slate-700">{e.summary}</p>
          <p className="mt-2 text-sm text-slate-700">{facts(e, timeZone)}</p>
        </li>
      ))}
    </ol>
  );
}
