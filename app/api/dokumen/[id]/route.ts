import { attachmentAccess, refusalStatus, isPublicAttachment } from "@/lib/domain/attachment-access";
import { contentDisposition, contentTypeHeader } from "@/lib/domain/file-type";
import { loadAttachmentForDownload } from "@/lib/server/queries/attachment-download";
import { getCurrentUser } from "@/lib/server/session";
import { limitRequest } from "@/lib/server/rate-limit";
import { storage } from "@/lib/server/storage";
import { errorResponse } from "@/lib/server/errors";

// Serves stored files after the access check of lib/domain/attachment-access.ts. A visitor who
// may not see a file gets 404, as for a missing one (its existence is not revealed); only someone
// who may open the file's case but lacks the right to this file gets 403 (refusalStatus). Never a 500: unexpected failures are logged and answered 503.

export const dynamic = "force-dynamic";

const INLINE = new Set(["application/pdf", "image/png", "image/jpeg"]);

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" },
  });
}

const NOT_FOUND = () => plain(404, "Dokumen tidak ditemukan.");

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const limited = await limitRequest("publicApiIp", request);
    if (limited) return limited;
    const { id } = await params;
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return NOT_FOUND();
    const row = await loadAttachmentForDownload(id);
    if (!row) return NOT_FOUND();
    const isPublic = isPublicAttachment(row.facts);
    if (!isPublic) {
      const user = await getCurrentUser();
      const actor = user ? { role: user.role, userId: user.id, unitId: user.unitId } : null;
      // An outsider gets the answer of a missing file: they never learn that a document exists.
      if (attachmentAccess(row.facts, actor) === "denied") {
        return refusalStatus(row.facts, actor) === 403 ? plain(403, "Anda tidak berwenang membuka dokumen ini.") : NOT_FOUND();
      }
    }
    const body = await storage().get(row.storageKey);
    if (!body) {
      console.error("[dokumen] stored file missing", id);
      return NOT_FOUND();
    }
    // Private files (KTP scans, requesters' documents) are always downloads, never shown in the
    // portal's origin; public ones open in the browser unless ?unduh is asked.
    const forceDownload = !isPublic || new URL(request.url).searchParams.has("unduh");
    return new Response(body, {
      status: 200,
      headers: {
        "Content-Type": contentTypeHeader(row.mimeType),
        "Content-Length": String(row.size),
        "Content-Disposition": contentDisposition(row.fileName, INLINE.has(row.mimeType) && !forceDownload),
        "X-Content-Type-Options": "nosniff",
        // Public files are revalidated on every use: an entry withdrawn by the PPID stops being served at once.
        "Cache-Control": isPublic ? "public, no-cache" : "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error, { log: "[dokumen]", fallbackStatus: 503, fallbackMessage: "Dokumen sedang tidak dapat diambil. Silakan coba lagi nanti." });
  }
}
