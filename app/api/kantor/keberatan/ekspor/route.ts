import { can } from "@/lib/domain/permissions";
import { parseObjectionRegisterQuery } from "@/lib/schemas/objection-register-query";
import { objectionCsv, objectionXlsx } from "@/lib/server/objection-register-export";
import { listObjectionRegister } from "@/lib/server/queries/objection-register";
import { getOffice } from "@/lib/server/queries/office";
import { getCurrentUser } from "@/lib/server/session";
import { errorResponse } from "@/lib/server/errors";

export const dynamic = "force-dynamic";

// GET /api/kantor/keberatan/ekspor?format=xlsx|csv&<the register's filters>: the objection register
// of the user's case scope. Checked here (a route has no page guard): request.export, the right
// to download the office's registers. Internal use only (names of requesters; UU 27/2022).

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const text = (status: number, message: string) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return text(401, "Silakan masuk terlebih dahulu.");
  if (!can(user.role, "request.export")) return text(403, "Anda tidak berwenang mengunduh register keberatan.");
  const url = new URL(request.url);
  const format = (url.searchParams.get("format") ?? "xlsx").toLowerCase();
  if (format !== "xlsx" && format !== "csv") return text(400, "Parameter 'format' harus xlsx atau csv.");
  try {
    const actor = { role: user.role, userId: user.id, unitId: user.unitId };
    const [{ rows, today, timeZone }, office] = await Promise.all([
      listObjectionRegister(actor, parseObjectionRegisterQuery(url.searchParams), new Date()),
      getOffice(),
    ]);
    const name = `register-keberatan-${today}`;
    const headers = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
    if (format === "csv") {
      return new Response(objectionCsv(rows, timeZone), {
        headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}.csv"` },
      });
    }
    const xlsx = await objectionXlsx(rows, timeZone, `Register Keberatan — ${office.name} (diunduh ${today})`);
    return new Response(new Uint8Array(xlsx), {
      headers: { ...headers, "Content-Type": XLSX, "Content-Disposition": `attachment; filename="${name}.xlsx"` },
    });
  } catch (error) {
    return errorResponse(error, { log: "[api/kantor/keberatan/ekspor]", fallbackStatus: 503, fallbackMessage: "Register tidak dapat diunduh saat ini. Coba lagi nanti." });
  }
}
