import { toOfficeLocalDate } from "@/lib/domain/calendar";
import { can, ForbiddenError } from "@/lib/domain/permissions";
import { defaultReportPeriod } from "@/lib/domain/report-period";
import { parseReportQuery } from "@/lib/schemas/service-report";
import { getOffice } from "@/lib/server/queries/office";
import { getServiceReport } from "@/lib/server/queries/service-report";
import { renderServiceReportPdf } from "@/lib/server/reports/service-report-pdf";
import { renderServiceReportXlsx } from "@/lib/server/reports/service-report-xlsx";
import { getCurrentUser } from "@/lib/server/session";

export const dynamic = "force-dynamic";

// GET /api/kantor/laporan?format=pdf|xlsx&periode=2025|2025-T2|2025-05&unit=DINKES: the Laporan
// Layanan Informasi Publik (Perki 1/2021). Checked here: reports.view, or reports.view_unit for
// the user's own unit. Aggregated figures only: no personal data.

const TYPES = { pdf: "application/pdf", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } as const;

function text(status: number, message: string) {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return text(401, "Silakan masuk terlebih dahulu.");
  if (!can(user.role, "reports.view") && !can(user.role, "reports.view_unit")) return text(403, "Anda tidak berwenang melihat laporan layanan informasi.");
  const url = new URL(request.url);
  const format = (url.searchParams.get("format") ?? "pdf").toLowerCase();
  if (format !== "pdf" && format !== "xlsx") return text(400, "Parameter 'format' harus pdf atau xlsx.");
  try {
    const now = new Date();
    const office = await getOffice();
    const query = parseReportQuery(url.searchParams, defaultReportPeriod(toOfficeLocalDate(now, office.timeZone)));
    if (!query.valid) return text(400, "Parameter 'periode' harus tahun (2025), triwulan (2025-T2) atau bulan (2025-05); 'unit' harus kode unit.");
    const report = await getServiceReport({ role: user.role, userId: user.id, unitId: user.unitId }, query.period, query.unit, now);
    const name = `laporan-layanan-informasi-${report.period.key}${report.unit ? `-${report.unit.code.toLowerCase()}` : ""}.${format}`;
    const body = format === "pdf" ? await renderServiceReportPdf(report) : await renderServiceReportXlsx(report);
    return new Response(new Uint8Array(body), {
      headers: { "Content-Type": TYPES[format], "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
    });
  } catch (error) {
    if (error instanceof ForbiddenError) return text(403, error.message);
    console.error("[api/kantor/laporan]", error);
    return text(503, "Laporan tidak dapat diunduh saat ini. Coba lagi nanti.");
  }
}
