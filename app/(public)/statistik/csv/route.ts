import Papa from "papaparse";
import { toOfficeLocalDate } from "@/lib/domain/calendar";
import { getOffice } from "@/lib/server/queries/office";
import { getPublicStatistics, publicStatisticsCsvRows } from "@/lib/server/queries/public-statistics";

// GET /statistik/csv?tahun=2025: the public statistics of a year as CSV (UTF-8 with a BOM, formulas
// never evaluated). Counts only: no personal data.

export async function GET(request: Request) {
  const raw = new URL(request.url).searchParams.get("tahun")?.trim() ?? "";
  const office = await getOffice();
  const current = Number(toOfficeLocalDate(new Date(), office.timeZone).slice(0, 4));
  if (raw !== "" && !/^\d{4}$/.test(raw)) {
    return new Response("Parameter 'tahun' harus tahun empat angka.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const year = raw === "" ? current : Number(raw);
  if (year < 2000 || year > current) {
    return new Response(`Tahun harus antara 2000 dan ${current}.`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const stats = await getPublicStatistics(year);
  const csv = `\uFEFF${Papa.unparse(publicStatisticsCsvRows(stats), { newline: "\r\n", escapeFormulae: true })}\r\n`;
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="statistik-layanan-${year}.csv"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
