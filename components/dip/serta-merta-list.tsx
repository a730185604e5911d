import Link from "next/link";
import { formatOfficeDateTimeId } from "@/lib/domain/dip-format";
import { documentPath, entryPath } from "@/lib/domain/dip-paths";
import type { SertaMertaAnnouncement } from "@/lib/view-types/dip";

type Props = { items: SertaMertaAnnouncement[]; timeZone: string; headingLevel: 2 | 3; showImages?: boolean };

/** Serta-merta announcements (UU 14/2008 Pasal 10) with their exact publication time in the office zone. */
export function SertaMertaList({ items, timeZone, headingLevel, showImages = true }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol className="space-y-4">
      {items.map((a) => (
        <li key={a.number} className="rounded border border-amber-300 bg-white p-4">
          <Heading className="text-lg font-semibold text-brand-900">
            <Link href={entryPath(a.number)} className="underline decoration-slate-400 underline-offset-2 hover:decoration-brand-700">{a.title}</Link>
          </Heading>
          <p className="mt-1 text-sm text-slate-700">
            <time dateTime={a.publishedAt.toISOString()}>Diterbitkan {formatOfficeDateTimeId(a.publishedAt, timeZone)}</time> · {a.unitName}
          </p>
          <p className="mt-2">{a.summary}</p>
          {showImages && a.images.length > 0 && (
            <div className="mt-3 flex flex-wrap gap-3">
              {a.images.map((img) => (
                // eslint-disable-next-line @next/next/no-img-element -- served by the access-checked download route
                <img key={img.id} src={documentPath(img.id)} alt={img.alt} loading="lazy" className="max-h-64 max-w-full rounded border border-slate-200" />
              ))}
            </div>
          )}
          {a.link && (
            <p className="mt-2">
              <a href={a.link} className="text-brand-700 underline" rel="noopener noreferrer">Informasi selengkapnya</a>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
