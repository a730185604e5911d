import Link from "next/link";
import { registerQueryString, type RequestRegisterQuery } from "@/lib/schemas/request-register-query";

type Props = { query: RequestRegisterQuery; page: number; pageCount: number; total: number; totalIsAtLeast?: boolean };

export function RegisterPagination({ query, page, pageCount, total, totalIsAtLeast = false }: Props) {
  const from = total === 0 ? 0 : (page - 1) * query.pageSize + 1;
  const to = Math.min(total, page * query.pageSize);
  const link = (p: number) => `/kantor/permohonan${registerQueryString(query, { page: p })}`;
  return (
    <nav aria-label="Halaman register" className="mt-4 flex flex-wrap items-center gap-3">
      <p>
        {totalIsAtLeast ? (
          <>
            Menampilkan {from}–{to} dari lebih dari {total.toLocaleString("id-ID")} permohonan (halaman {page}). Persempit dengan
            filter atau pencarian untuk melihat yang lebih lama.
          </>
        ) : (
          <>Menampilkan {from}–{to} dari {total} permohonan (halaman {page} dari {pageCount}).</>
        )}
      </p>
      {page > 1 && <Link href={link(page - 1)} className="rounded border border-slate-400 bg-white px-3 py-1 underline">Sebelumnya</Link>}
      {page < pageCount && <Link href={link(page + 1)} className="rounded border border-slate-400 bg-white px-3 py-1 underline">Berikutnya</Link>}
    </nav>
  );
}
