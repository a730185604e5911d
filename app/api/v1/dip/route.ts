import { parseDipQueryStrict } from "@/lib/schemas/dip-query";
import { toApiItem } from "@/lib/server/dip-open-data";
import { searchPublishedDip } from "@/lib/server/queries/dip-public";
import { getOffice } from "@/lib/server/queries/office";
import { limitRequest } from "@/lib/server/rate-limit";

export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" };

/**
 * GET /api/v1/dip — the published Daftar Informasi Publik as open data (UU 14/2008 Pasal 9–11).
 * Filters: q, kategori|category, unit, tahun|year, bentuk|form, urut|sort, halaman|page,
 * perHalaman|pageSize (max 100). Bad input: 400 naming the parameter. Never a 500.
 */
export async function GET(request: Request) {
  const limited = await limitRequest("publicApiIp", request);
  if (limited) return limited;
  const url = new URL(request.url);
  const parsed = parseDipQueryStrict(url.searchParams);
  if (!parsed.ok) return Response.json({ error: parsed.error }, { status: 400, headers });
  try {
    const [result, office] = await Promise.all([searchPublishedDip(parsed.query), getOffice()]);
    return Response.json(
      {
        items: result.items.map((i) => toApiItem(i, url.origin, office.timeZone)),
        page: result.page,
        pageSize: result.pageSize,
        total: result.total,
      },
      { headers },
    );
  } catch (error) {
    console.error("[api/v1/dip]", error);
    return Response.json({ error: { message: "Daftar informasi sedang tidak dapat dibaca. Coba lagi nanti." } }, { status: 503, headers });
  }
}
