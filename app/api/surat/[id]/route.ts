import { caseInScope, caseScopeFor } from "@/lib/domain/permissions";
import { verifyAccessToken } from "@/lib/server/access-token";
import type { LetterContent } from "@/lib/server/letters/letter-content";
import { renderLetterPdf } from "@/lib/server/letters/render-letter-pdf";
import { loadLetterAnnotations } from "@/lib/server/queries/letter-annotations";
import { loadLetterForDownload } from "@/lib/server/queries/letter-download";
import { getOffice } from "@/lib/server/queries/office";
import { limitRequest } from "@/lib/server/rate-limit";
import { getCurrentUser } from "@/lib/server/session";
import { errorResponse } from "@/lib/server/errors";
import { trackedRequestIdFrom } from "@/lib/server/tracking-session";

export const dynamic = "force-dynamic";

/**
 * A letter's PDF. Allowed: staff/citizens whose case scope covers the letter's request, a browser
 * whose tracking cookie (set after number + code were checked on /lacak) names that request, or a
 * link with a signed, expiring letter token (?t=, e-mails). Access codes are never taken from the
 * URL. Otherwise 404: the public never learns whether a letter exists.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const notFound = () => new Response("Surat tidak ditemukan.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  try {
    const limited = await limitRequest("publicApiIp", request);
    if (limited) return limited;
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return notFound();
    const found = await loadLetterForDownload(id);
    if (!found) return notFound();
    const { letter, kase } = found;
    const user = await getCurrentUser();
    const scoped = user && caseInScope(caseScopeFor({ role: user.role, userId: user.id, unitId: user.unitId }), kase);
    const url = new URL(request.url);
    const tracked = trackedRequestIdFrom(request) === kase.id;
    const linked = verifyAccessToken(url.searchParams.get("t"), "letter") === letter.id;
    if (!scoped && !tracked && !linked) return notFound();
    const notes = (await loadLetterAnnotations([letter.id], (await getOffice()).timeZone)).get(letter.id) ?? [];
    const pdf = await renderLetterPdf(letter.content as LetterContent, url.origin, notes);
    const fileName = `${letter.number.replace(/[^A-Za-z0-9-]+/g, "_")}.pdf`;
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        // Letters name people: a private file, so a download, not a page in the portal's origin.
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return errorResponse(error, { log: "[api/surat]", fallbackStatus: 503, fallbackMessage: "Surat tidak dapat dibuat saat ini. Coba lagi nanti." });
  }
}
