import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DipDocuments } from "@/components/dip/dip-documents";
import { DipEntryDetails } from "@/components/dip/dip-entry-details";
import { PageTitle } from "@/components/ui/page-title";
import { getPublishedDipByNumberCached } from "@/lib/server/queries/dip-public";
import { getOffice } from "@/lib/server/queries/office";

type Props = { params: Promise<{ nomor: string }> };

// Rendered on first visit, then served from the public cache until a DIP change (none at build).
export function generateStaticParams(): { nomor: string }[] {
  return [];
}

// One read per request, shared by generateMetadata and the page.
const load = cache((nomor: string) => getPublishedDipByNumberCached(safeDecode(nomor)));

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value; // a stray "%" must give a 404, not a 500
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = await load((await params).nomor);
  if (!entry) return { title: "Informasi tidak ditemukan" };
  const description = entry.summary.length > 160 ? `${entry.summary.slice(0, 157)}…` : entry.summary;
  return { title: `${entry.title} (${entry.number})`, description };
}

export default async function DipEntryPage({ params }: Props) {
  const entry = await load((await params).nomor);
  // Drafts, withdrawn and exempt entries (UU 14/2008 Pasal 17) answer exactly like a missing one.
  if (!entry) notFound();
  const office = await getOffice();
  return (
    <>
      <nav aria-label="Remah roti" className="mb-4 text-sm">
        <ol className="flex flex-wrap gap-1">
          <li><Link href="/informasi-publik" className="text-brand-700 underline">Daftar Informasi Publik</Link> ›</li>
          <li aria-current="page">{entry.number}</li>
        </ol>
      </nav>
      <PageTitle lead={entry.summary}>{entry.title}</PageTitle>
      <section aria-labelledby="rincian" className="mb-8">
        <h2 id="rincian" className="mb-3 text-xl font-semibold">Rincian informasi</h2>
        <DipEntryDetails entry={entry} timeZone={office.timeZone} />
      </section>
      <section aria-labelledby="dokumen" className="mb-8">
        <h2 id="dokumen" className="mb-3 text-xl font-semibold">Dokumen</h2>
        {entry.documents.length > 0 ? (
          <DipDocuments documents={entry.documents} />
        ) : (
          <p className="rounded border border-slate-200 bg-white p-4">
            Belum ada dokumen elektronik untuk informasi ini{entry.link ? "; gunakan tautan di atas" : ""}. Informasi ini dapat dilihat di
            kantor {office.name} pada jam layanan, atau Anda dapat{" "}
            <Link href="/permohonan" className="text-brand-700 underline">mengajukan permohonan informasi</Link>.
          </p>
        )}
      </section>
      <p>
        <Link href="/informasi-publik" className="text-brand-700 underline">‹ Kembali ke Daftar Informasi Publik</Link>
      </p>
    </>
  );
}
