import Link from "next/link";

// The pages of a register (requests, objections): where the rows on screen sit in the whole, and
// the previous/next links. Counts stop at a cap (lib/server/queries/request-register-search.ts),
// and then the text says "lebih dari".

type Props = {
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
  totalIsAtLeast?: boolean;
  /** What the register lists, e.g. "permohonan", "keberatan". */
  noun: string;
  /** The address of another page with the same filters. */
  href: (page: number) => string;
};

export function RegisterPagination({ page, pageCount, pageSize, total, totalIsAtLeast = false, noun, href }: Props) {
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav aria-label="Halaman register" className="mt-4 flex flex-wrap items-center gap-3">
      <p>
        {totalIsAtLeast ? (
          <>
            Menampilkan {from}–{to} dari lebih dari {total.toLocaleString("id-ID")} {noun} (halaman {page}). Persempit dengan
            filter atau pencarian untuk melihat yang lebih lama.
          </>
        ) : (
          <>Menampilkan {from}–{to} dari {total} {noun} (halaman {page} dari {pageCount}).</>
        )}
      </p>
      {page > 1 && <Link href={href(page - 1)} className="rounded border border-slate-400 bg-white px-3 py-1 underline">Sebelumnya</Link>}
      {page < pageCount && <Link href={href(page + 1)} className="rounded border border-slate-400 bg-white px-3 py-1 underline">Berikutnya</Link>}
    </nav>
  );
}
