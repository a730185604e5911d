import { can } from "@/lib/domain/permissions";
import { parseRegisterQueryStrict } from "@/lib/schemas/request-register-query";
import { getOffice } from "@/lib/server/queries/office";
import { listRequestRegisterForExport } from "@/lib/server/queries/request-register";
import { registerCsv, registerXlsx } from "@/lib/server/request-register-export";
import { getCurrentUser } from "@/lib/server/session";
import { errorResponse } from "@/lib/server/errors";

export const dynamic = "force-dynamic";

// GET /api/kantor/permohonan/export?format=xlsx|csv&<the register's filters>: the request register
// (buku register, Perki 1/2021) of the user's case scope. Checked here, not only on the page:
// request.export. Contains personal contact data: internal use only, never published (UU 27/2022).

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function text(status: number, message: string) {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return text(401, "Silakan masuk terlebih dahulu.");
  if (!can(user.role, "request.export")) return text(403, "Anda tidak berwenang mengunduh register permohonan.");
  const url = new URL(request.url);
  const format = (url.searchParams.get("format") ?? "xlsx").toLowerCase();
  if (format !== "xlsx" && format !== "csv") return text(400, "Parameter 'format' harus xlsx atau csv.");
  const parsed = parseRegisterQueryStrict(url.searchParams);
  if (!parsed.ok) return text(400, `${parsed.error.message} Nilai yang diterima: ${parsed.error.expected}.`);
  try {
    const actor = { role: user.role, userId: user.id, unitId: user.unitId };
    const [{ rows, today, timeZone }, office] = await Promise.all([listRequestRegisterForExport(actor, parsed.query, new Date()), getOffice()]);
    const name = `register-permohonan-${today}`;
    const headers = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
    if (format === "csv") {
      return new Response(registerCsv(rows, timeZone), {
        headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}.csv"` },
      });
    }
    const xlsx = await registerXlsx(rows, timeZone, `Register Permohonan Informasi Publik — ${office.name} (diunduh ${today})`);
    return new Response(new Uint8Array(xlsx), {
      headers: { ...headers, "Content-Type": XLSX, "Content-Disposition": `attachment; filename="${name}.xlsx"` },
    });
  } catch (error) {
    return errorResponse(error, { log: "[api/kantor/permohonan/export]", fallbackStatus: 503, fallbackMessage: "Register tidak dapat diunduh saat ini. Coba lagi nanti." });
  }
}
