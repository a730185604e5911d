import type { Metadata } from "next";
import Link from "next/link";
import { DipFilterForm } from "@/components/dip/dip-filter-form";
import { DipPagination } from "@/components/dip/dip-pagination";
import { DipResultList } from "@/components/dip/dip-result-list";
import { DipPublicTabs } from "@/components/dip/public-tabs";
import { PageTitle } from "@/components/ui/page-title";
import { DIP_PAGE_SIZE, dipQueryString, parseDipQueryLenient } from "@/lib/schemas/dip-query";
import { listDipUnitsCached, listDipYearsCached, searchPublishedDipForPage } from "@/lib/server/queries/dip-public";
import { getOffice } from "@/lib/server/queries/office";

export type DipSearchParams = Record<string, string | string[] | undefined>;

const DESCRIPTION =
  "Cari informasi berkala, serta merta, dan setiap saat yang dapat dibaca dan diunduh tanpa mengajukan permohonan (UU 14/2008 Pasal 9–11).";

/** The title for a query (the plain list's twin passes none). */
export function dipListMetadata(searchParams: DipSearchParams): Metadata {
  const query = parseDipQueryLenient(searchParams);
  const title = query.q ? `Pencarian “${query.q}” — Daftar Informasi Publik` : "Daftar Informasi Publik";
  return { title: query.page > 1 ? `${title} (halaman ${query.page})` : title, description: DESCRIPTION };
}

/**
 * /informasi-publik: with a query (search, filters, a page number) rendered per request; without
 * one it is served from the cache through its twin /informasi-publik/daftar (next.config rewrites()).
 */
export async function DipListBody({ searchParams }: { searchParams: DipSearchParams }) {
  // The page always shows 20 per page; perHalaman is for the JSON API only.
  const query = { ...parseDipQueryLenient(searchParams), pageSize: DIP_PAGE_SIZE };
  const [result, units, years, office] = await Promise.all([searchPublishedDipForPage(query), listDipUnitsCached(), listDipYearsCached(), getOffice()]);
  const from = result.total === 0 ? 0 : (query.page - 1) * query.pageSize + 1;
  const to = (query.page - 1) * query.pageSize + result.items.length;
  const exportQuery = dipQueryString({ ...query, page: 1, sort: undefined });
  return (
    <>
      <PageTitle lead="Informasi yang wajib disediakan dan diumumkan (UU 14/2008 Pasal 9–11). Informasi di sini dapat dibaca tanpa mengajukan permohonan.">
        Daftar Informasi Publik
      </PageTitle>
      <DipPublicTabs current="dip" />
      <DipFilterForm query={query} units={units} years={years} />
      <p className="mb-3 text-slate-700" role="status">
        {result.total} informasi ditemukan
        {result.total > 0 && result.items.length > 0 && <>; menampilkan {from}–{to}</>}
        {query.q && <> untuk “{query.q}”</>}.
      </p>
      {result.items.length === 0 && result.total > 0 ? (
        <p className="rounded border border-slate-200 bg-white p-4">
          Halaman ini kosong.{" "}
          <Link href={`/informasi-publik${dipQueryString({ ...query, page: 1 })}`} className="text-brand-700 underline">Kembali ke halaman pertama hasil</Link>.
        </p>
      ) : (
        <DipResultList items={result.items} timeZone={office.timeZone} />
      )}
      <DipPagination query={query} total={result.total} />
      <section aria-labelledby="data-terbuka" className="mt-8 rounded border border-slate-200 bg-white p-4 text-sm">
        <h2 id="data-terbuka" className="font-semibold">Data terbuka</h2>
        <p className="mt-1 text-slate-700">
          Unduh daftar ini dengan saringan yang sama:{" "}
          <a href={`/api/v1/dip.csv${exportQuery}`} className="text-brand-700 underline">berkas CSV</a> atau{" "}
          <a href={`/api/v1/dip${exportQuery}`} className="text-brand-700 underline">JSON</a>.
        </p>
      </section>
    </>
  );
}
