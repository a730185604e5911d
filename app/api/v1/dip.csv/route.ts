import { toOfficeLocalDate } from "@/lib/domain/calendar";
import { parseDipQueryStrict } from "@/lib/schemas/dip-query";
import { toDipCsv } from "@/lib/server/dip-open-data";
import { listPublishedDipForExport } from "@/lib/server/queries/dip-public";
import { getOffice } from "@/lib/server/queries/office";
import { limitRequest } from "@/lib/server/rate-limit";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/dip.csv — the whole published DIP as CSV (UTF-8 with BOM, Indonesian header, times in
 * the office zone). Accepts the same filters as /api/v1/dip; pagination parameters are ignored.
 */
export async function GET(request: Request) {
  const limited = await limitRequest("publicApiIp", request);
  if (limited) return limited;
  const url = new URL(request.url);
  const parsed = parseDipQueryStrict(url.searchParams);
  const cors = { "Access-Control-Allow-Origin": "*" };
  if (!parsed.ok) return Response.json({ error: parsed.error }, { status: 400, headers: { ...cors, "Cache-Control": "no-store" } });
  try {
    const [items, office] = await Promise.all([listPublishedDipForExport(parsed.query), getOffice()]);
    const today = toOfficeLocalDate(new Date(), office.timeZone);
    return new Response(toDipCsv(items, url.origin, office.timeZone), {
      headers: {
        ...cors,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="daftar-informasi-publik-${today}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    console.error("[api/v1/dip.csv]", error);
    return Response.json({ error: { message: "Daftar informasi sedang tidak dapat dibaca. Coba lagi nanti." } }, { status: 503, headers: cors });
  }
}
