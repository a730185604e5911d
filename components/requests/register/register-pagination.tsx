import Link from "next/link";
import { registerQueryString, type RequestRegisterQuery } from "@/lib/schemas/request-register-query";

export function RegisterPagination({ query, page, pageCount, total }: { query: RequestRegisterQuery; page: number; pageCount: number; total: number }) {
  const from = total === 0 ? 0 : (page - 1) * query.pageSize + 1;
  const to = Math.min(total, page * query.pageSize);
  const link = (p: number) => `/kantor/permohonan${registerQueryString(query, { page: p })}`;
  return (
    <nav aria-label="Halaman register" className="mt-4 flex flex-wrap items-center gap-3">
      <p>
        Menampilkan {from}–{to} dari {total} permohonan (halaman {page} dari {pageCount}).
      </p>
      {page > 1 && <Link href={link(page - 1)} className="rounded border border-slate-400 bg-white px-3 py-1 underline">Sebelumnya</Link>}
      {page < pageCount && <Link href={link(page + 1)} className="rounded border border-slate-400 bg-white px-3 py-1 underline">Berikutnya</Link>}
    </nav>
  );
}
