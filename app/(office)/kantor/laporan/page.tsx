import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { OfficeFrame } from "@/components/layout/office-frame";
import { ReportDocumentView } from "@/components/reports/report-document-view";
import { ReportPicker } from "@/components/reports/report-picker";
import { ReportTextsForm } from "@/components/reports/report-texts-form";
import { PageTitle } from "@/components/ui/page-title";
import { toOfficeLocalDate } from "@/lib/domain/calendar";
import { formatDateId } from "@/lib/domain/format-date";
import { can } from "@/lib/domain/permissions";
import { defaultReportPeriod } from "@/lib/domain/report-period";
import { parseReportQuery } from "@/lib/schemas/service-report";
import { loadOfficeFrame } from "@/lib/server/queries/office-frame";
import { getOffice } from "@/lib/server/queries/office";
import { getServiceReport } from "@/lib/server/queries/service-report";
import { requirePermission } from "@/lib/server/session";

export const metadata: Metadata = { title: "Laporan layanan informasi publik" };

type Search = Record<string, string | string[] | undefined>;

const download = "rounded border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50";

export default async function ServiceReportPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePermission("office.access", "/kantor/laporan");
  if (!can(user.role, "reports.view") && !can(user.role, "reports.view_unit")) redirect("/terlarang");
  const now = new Date();
  const office = await getOffice();
  const today = toOfficeLocalDate(now, office.timeZone);
  const query = parseReportQuery(await searchParams, defaultReportPeriod(today));
  const report = await getServiceReport({ role: user.role, userId: user.id, unitId: user.unitId }, query.period, query.unit, now);
  const year = Number(today.slice(0, 4));
  const years = [year, year - 1, year - 2, year - 3];
  const params = new URLSearchParams({ periode: report.period.key, ...(report.unit ? { unit: report.unit.code } : {}) });
  const t = report.texts;
  const str = (n: number | null) => (n === null ? "" : String(n));
  return (
    <OfficeFrame frame={await loadOfficeFrame(user)}>
      <PageTitle lead="Laporan Layanan Informasi Publik (Perki 1/2021): disampaikan kepada pimpinan badan publik dan Komisi Informasi paling lambat tiga bulan setelah tahun berakhir. Angka dihitung dari register.">
        Laporan layanan informasi publik
      </PageTitle>
      <ReportPicker period={report.period} years={years} units={report.units} unitCode={report.unit?.code ?? null} canPickUnit={can(user.role, "reports.view")} />
      <div className="mb-6 flex flex-wrap gap-3">
        <a href={`/api/kantor/laporan?format=pdf&${params}`} className={download}>Unduh PDF</a>
        <a href={`/api/kantor/laporan?format=xlsx&${params}`} className={download}>Unduh XLSX</a>
      </div>
      {report.textsUpdatedAt === null && <p className="mb-4 rounded border-l-4 border-amber-600 bg-amber-50 px-4 py-2">Uraian laporan untuk periode ini belum diisi oleh PPID Utama.</p>}
      <ReportDocumentView document={report.document} />
      <p className="mb-6 text-sm text-slate-700">Dihitung pada {formatDateId(report.generatedOn)}.</p>
      {can(user.role, "reports.write") && (
        <ReportTextsForm
          key={report.period.key}
          periodKey={report.period.key}
          periodLabel={report.period.label}
          values={{
            servicePolicy: t.servicePolicy, facilities: t.facilities, staffing: t.staffing, staffCount: str(t.staffCount), budget: t.budget,
            budgetAllocated: str(t.budgetAllocated), budgetSpent: str(t.budgetSpent), obstacles: t.obstacles, recommendations: t.recommendations, followUp: t.followUp,
          }}
        />
      )}
    </OfficeFrame>
  );
}
