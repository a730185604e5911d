import { normalizeAccessCode } from "@/lib/domain/numbering";
import { caseInScope, caseScopeFor } from "@/lib/domain/permissions";
import { db } from "@/lib/server/db";
import type { LetterContent } from "@/lib/server/letters/letter-content";
import { renderLetterPdf } from "@/lib/server/letters/render-letter-pdf";
import { safeEqual } from "@/lib/server/safe-equal";
import { getCurrentUser } from "@/lib/server/session";
import { errorResponse } from "@/lib/server/errors";

export const dynamic = "force-dynamic";

/**
 * A letter's PDF. Allowed: staff/citizens whose case scope covers the letter's request, or anyone
 * holding the request's access code (?kode=, as on the tracking page). Otherwise 404: the public
 * never learns whether a letter exists.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const notFound = () => new Response("Surat tidak ditemukan.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  try {
    const letter = await db().letter.findUnique({
      where: { id },
      include: { request: true, objection: { include: { request: true } } },
    });
    const kase = letter?.request ?? letter?.objection?.request;
    if (!letter || !kase) return notFound();
    const user = await getCurrentUser();
    const scoped = user && caseInScope(caseScopeFor({ role: user.role, userId: user.id, unitId: user.unitId }), kase);
    const url = new URL(request.url);
    if (!scoped && !safeEqual(normalizeAccessCode(url.searchParams.get("kode") ?? ""), kase.accessCode)) return notFound();
    const pdf = await renderLetterPdf(letter.content as LetterContent, url.origin);
    const fileName = `${letter.number.replace(/[^A-Za-z0-9-]+/g, "_")}.pdf`;
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `inline; filename="${fileName}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return errorResponse(error, { log: "[api/surat]", fallbackStatus: 503, fallbackMessage: "Surat tidak dapat dibuat saat ini. Coba lagi nanti." });
  }
}
