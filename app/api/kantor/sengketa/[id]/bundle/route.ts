import { can } from "@/lib/domain/permissions";
import { renderDisputeBundlePdf } from "@/lib/server/letters/dispute-bundle-pdf";
import { loadDisputeBundle } from "@/lib/server/queries/dispute-bundle";
import { getOffice } from "@/lib/server/queries/office";
import { getCurrentUser } from "@/lib/server/session";
import { errorResponse } from "@/lib/server/errors";

export const dynamic = "force-dynamic";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * The dispute bundle as ONE PDF (docs/domain.md, Disputes), for the staff who record disputes
 * (dispute.record, checked here: a route handler has no page guard) within their case scope.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return text("Silakan masuk terlebih dahulu.", 401);
  if (!can(user.role, "dispute.record")) return text("Anda tidak berwenang mengunduh berkas sengketa.", 403);
  try {
    const bundle = await loadDisputeBundle(id, { role: user.role, userId: user.id, unitId: user.unitId });
    if (!bundle) return text("Sengketa tidak ditemukan.", 404);
    const office = await getOffice();
    const pdf = await renderDisputeBundlePdf(bundle, office.timeZone, new URL(request.url).origin, new Date());
    const fileName = `berkas-sengketa-${bundle.objection.number.replace(/[^A-Za-z0-9-]+/g, "_")}.pdf`;
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return errorResponse(error, { log: "[api/kantor/sengketa/bundle]", fallbackStatus: 503, fallbackMessage: "Berkas sengketa tidak dapat dibuat saat ini. Coba lagi nanti." });
  }
}
