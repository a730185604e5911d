import Link from "next/link";
import { dipQueryString, type DipQuery } from "@/lib/schemas/dip-query";

/** Previous/next and numbered page links; plain links so they work without JavaScript. */
export function DipPagination({ query, total }: { query: DipQuery; total: number }) {
  const pages = Math.max(1, Math.ceil(total / query.pageSize));
  if (pages <= 1) return null;
  const current = Math.min(query.page, pages);
  const href = (page: number) => `/informasi-publik${dipQueryString({ ...query, page })}`;
  // A short window around the current page keeps the bar usable with hundreds of pages.
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  const link = "rounded border border-slate-300 bg-white px-3 py-1 text-brand-700 underline hover:border-brand-600";
  return (
    <nav aria-label="Halaman hasil" className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {current > 1 && <li><Link href={href(current - 1)} rel="prev" className={link}>‹ Sebelumnya</Link></li>}
        {shown.map((p, i) => (
          <li key={p} className="flex items-center gap-2">
            {i > 0 && shown[i - 1] !== p - 1 && <span aria-hidden="true">…</span>}
            {p === current ? (
              <span aria-current="page" className="rounded border border-brand-700 bg-brand-700 px-3 py-1 font-semibold text-white">
                <span className="sr-only">Halaman </span>{p}
              </span>
            ) : (
              <Link href={href(p)} className={link}><span className="sr-only">Halaman </span>{p}</Link>
            )}
          </li>
        ))}
        {current < pages && <li><Link href={href(current + 1)} rel="next" className={link}>Berikutnya ›</Link></li>}
      </ul>
    </nav>
  );
}
