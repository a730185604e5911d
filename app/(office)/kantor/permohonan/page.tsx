import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { OfficeFrame } from "@/components/layout/office-frame";
import { RegisterFilters } from "@/components/requests/register/register-filters";
import { RegisterPagination } from "@/components/requests/register/register-pagination";
import { RegisterCompact } from "@/components/requests/register/register-compact";
import { RegisterTable } from "@/components/requests/register/register-table";
import { PageTitle } from "@/components/ui/page-title";
import { PrintButton } from "@/components/ui/print-button";
import { formatDateId } from "@/lib/domain/format-date";
import { can, isUnitBound } from "@/lib/domain/permissions";
import { DUE_SOON_WORKING_DAYS } from "@/lib/domain/request-facts";
import { parseRegisterQueryLenient, registerQueryString } from "@/lib/schemas/request-register-query";
import { loadOfficeFrame } from "@/lib/server/queries/office-frame";
import { countNeedingAttention, listActiveUnits, listRegisterYears, listRequestRegister } from "@/lib/server/queries/request-register";
import { requirePermission } from "@/lib/server/session";

export const metadata: Metadata = { title: "Register permohonan" };

type Search = Record<string, string | string[] | undefined>;

const button = "rounded border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50";

export default async function RequestRegisterPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePermission("office.access", "/kantor/permohonan");
  // Those who see cases: all of them (desk, PPID Utama, Atasan) or their unit's (PPID Pelaksana).
  if (!can(user.role, "request.view_any") && !can(user.role, "request.view_unit")) redirect("/terlarang");
  const actor = { role: user.role, userId: user.id, unitId: user.unitId };
  const query = parseRegisterQueryLenient(await searchParams);
  const now = new Date();
  const [page, units, years, attention] = await Promise.all([
    listRequestRegister(actor, query, now),
    listActiveUnits(),
    listRegisterYears(actor),
    countNeedingAttention(actor, now, DUE_SOON_WORKING_DAYS),
  ]);
  // The exports always carry every statutory column, whichever view is on screen.
  const exportQuery = registerQueryString({ ...query, page: 1, full: false }).replace(/^\?/, "&");
  const unitScoped = isUnitBound(user.role);
  return (
    <OfficeFrame frame={await loadOfficeFrame(user)}>
      <PageTitle
        lead={
          unitScoped
            ? `Permohonan yang diteruskan ke ${user.unitName ?? "unit Anda"}. Hari ini ${formatDateId(page.today)}.`
            : `Buku register permohonan informasi publik (Perki 1/2021). Hari ini ${formatDateId(page.today)}.`
        }
      >
        Register permohonan
      </PageTitle>
      <div className="mb-4 flex flex-wrap items-center gap-3 print:hidden">
        {can(user.role, "request.register_on_behalf") && (
          <Link href="/kantor/permohonan/baru" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            Catat permohonan baru
          </Link>
        )}
        <Link href="/kantor/permohonan?terlambat=1" className={button}>
          Terlambat ({attention.overdue})
        </Link>
        <Link href={`/kantor/permohonan?tenggat=${DUE_SOON_WORKING_DAYS}`} className={button}>
          Jatuh tempo ≤ {DUE_SOON_WORKING_DAYS} hari kerja ({attention.dueSoon})
        </Link>
        <Link href={`/kantor/permohonan${registerQueryString(query, { full: !query.full })}`} className={button}>
          {query.full ? "Tampilan ringkas" : "Tampilan register lengkap"}
        </Link>
        <PrintButton label="Cetak register" />
        {can(user.role, "request.export") && (
          <>
            <a href={`/api/kantor/permohonan/export?format=xlsx${exportQuery}`} className={button}>Unduh XLSX</a>
            <a href={`/api/kantor/permohonan/export?format=csv${exportQuery}`} className={button}>Unduh CSV</a>
          </>
        )}
      </div>
      <RegisterFilters query={query} units={units} years={years} showUnit={!unitScoped} />
      {page.rows.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-4">Tidak ada permohonan yang sesuai.</p>
      ) : (
        query.full ? <RegisterTable rows={page.rows} /> : <RegisterCompact rows={page.rows} />
      )}
      <RegisterPagination
        page={page.page}
        pageCount={page.pageCount}
        pageSize={query.pageSize}
        total={page.total}
        totalIsAtLeast={page.totalIsAtLeast}
        noun="permohonan"
        href={(p) => `/kantor/permohonan${registerQueryString(query, { page: p })}`}
      />
    </OfficeFrame>
  );
}
