import { computeDeadline } from "@/lib/domain/calendar";
import { parseDeadlineQuery } from "@/lib/schemas/deadline-query";
import { formatOfficeInstant } from "@/lib/server/format-office-instant";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { limitRequest } from "@/lib/server/rate-limit";

export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" };

/**
 * GET /api/v1/deadline?rule=<RULE>&start=<value> — the same module the portal uses for every
 * deadline, for other systems and for checking. Bad input: 400 naming the parameter. Never a 500.
 */
export async function GET(request: Request) {
  const limited = await limitRequest("publicApiIp", request);
  if (limited) return limited;
  const query = parseDeadlineQuery(new URL(request.url).searchParams);
  if (!query.ok) return Response.json({ error: query.error }, { status: 400, headers });
  let config;
  try {
    config = await loadCalendarConfig();
  } catch (error) {
    console.error("[api/v1/deadline]", error);
    return Response.json({ error: { message: "Kalender kantor sedang tidak dapat dibaca. Coba lagi nanti." } }, { status: 503, headers });
  }
  try {
    const r = computeDeadline(query.rule, query.start, config);
    return Response.json(
      {
        rule: r.rule,
        workingDays: r.workingDays,
        timeZone: r.timeZone,
        start: query.start,
        ...(r.receivedDate ? { receivedDate: r.receivedDate } : {}),
        dueDate: r.dueDate,
        dueAt: formatOfficeInstant(r.dueAt, r.timeZone),
        skipped: r.skipped.filter((s) => s.reason !== "WEEKEND").map((s) => ({ date: s.date, name: s.name, kind: s.reason })),
        provisional: r.provisional,
      },
      { headers },
    );
  } catch (error) {
    return Response.json(
      { error: { parameter: "start", expected: "tanggal dalam rentang kalender", message: error instanceof Error ? error.message : "Tidak dapat dihitung." } },
      { status: 400, headers },
    );
  }
}
