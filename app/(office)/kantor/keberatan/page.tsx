import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { OfficeFrame } from "@/components/layout/office-frame";
import { ObjectionRegisterView } from "@/components/objections/objection-register-view";
import { RegisterFilters } from "@/components/objections/register-filters";
import { PageTitle } from "@/components/ui/page-title";
import { PrintButton } from "@/components/ui/print-button";
import { can, caseScopeFor } from "@/lib/domain/permissions";
import { RegisterPagination } from "@/components/requests/register/register-pagination";
import { OBJECTION_PAGE_SIZE, objectionQueryString, parseObjectionRegisterQuery } from "@/lib/schemas/objection-register-query";
import { loadOfficeFrame } from "@/lib/server/queries/office-frame";
import { listObjectionRegister } from "@/lib/server/queries/objection-register";
import { requirePermission } from "@/lib/server/session";

export const metadata: Metadata = { title: "Register keberatan" };


export default async function ObjectionRegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("office.access", "/kantor/keberatan");
  const actor = { role: user.role, userId: user.id, unitId: user.unitId };
  if (caseScopeFor(actor).kind === "none") redirect("/terlarang");
  const query = parseObjectionRegisterQuery(await searchParams);
  const { rows, total, totalIsAtLeast, page, pageCount } = await listObjectionRegister(actor, query, new Date(), { pageSize: OBJECTION_PAGE_SIZE });
  const thisYear = new Date().getUTCFullYear();
  const years = Array.from({ length: 4 }, (_, i) => thisYear - i);
  // The export always carries every statutory column, whichever view is on screen.
  const qs = objectionQueryString({ ...query, tampilan: undefined, halaman: undefined });
  return (
    <OfficeFrame frame={await loadOfficeFrame(user)}>
      <PageTitle lead="Register keberatan (UU 14/2008 Pasal 35–36; Perki 1/2021). Atasan PPID menanggapi paling lambat 30 hari kerja sejak keberatan diterima.">
        Register keberatan
      </PageTitle>
      <p className="mb-4 flex flex-wrap items-center gap-4 print:hidden">
        <PrintButton label="Cetak register" />
        <Link href={`/kantor/keberatan?${objectionQueryString({ ...query, tampilan: query.tampilan ? undefined : "lengkap" })}`} className="text-brand-700 underline">
          {query.tampilan ? "Tampilan ringkas" : "Tampilan register lengkap"}
        </Link>
        {can(user.role, "objection.file_on_behalf") && <Link href="/kantor/keberatan/baru" className="text-brand-700 underline">Catat keberatan dari meja layanan</Link>}
        {can(user.role, "request.export") && (
          <>
            <a href={`/api/kantor/keberatan/ekspor?format=xlsx${qs ? `&${qs}` : ""}`} className="text-brand-700 underline">Unduh XLSX</a>
            <a href={`/api/kantor/keberatan/ekspor?format=csv${qs ? `&${qs}` : ""}`} className="text-brand-700 underline">Unduh CSV</a>
          </>
        )}
      </p>
      <RegisterFilters query={query} years={years} />
      <p className="mb-2 text-sm" role="status">{totalIsAtLeast ? `Lebih dari ${total.toLocaleString("id-ID")}` : total} keberatan.</p>
      <ObjectionRegisterView rows={rows} full={query.tampilan === "lengkap"} />
      {pageCount > 1 && (
        <RegisterPagination
          page={page}
          pageCount={pageCount}
          pageSize={OBJECTION_PAGE_SIZE}
          total={total}
          totalIsAtLeast={totalIsAtLeast}
          noun="keberatan"
          href={(p) => `/kantor/keberatan?${objectionQueryString({ ...query, halaman: p })}`}
        />
      )}
    </OfficeFrame>
  );
}
