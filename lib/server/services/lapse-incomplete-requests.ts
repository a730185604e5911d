import "server-only";
import { formatDateId } from "@/lib/domain/format-date";
import { SYSTEM_ACTOR } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";
import { recordCaseEvent } from "@/lib/server/services/record-case-event";
import {
  assertRequestTransition,
  loadRequestForChange,
  loadSetting,
} from "@/lib/server/services/request-processing-common";
import { fromDbDate, toDbDate } from "@/lib/domain/db-date";

export type LapseResult = { today: string; lapsed: { id: string; number: string }[]; failed: string[] };

/**
 * docs/domain.md, Requests step 3 (office SOP): a request not completed within the completion period lapses
 * (batal). Every AWAITING_COMPLETION request whose completionDueDate has ended (office-local) is
 * closed with outcome LAPSED by the SYSTEM actor, each in its own transaction with its LAPSE event;
 * the table's guard re-checks the date, so running it twice or concurrently changes nothing more.
 */
export async function lapseIncompleteRequests(now: Date): Promise<LapseResult> {
  const { today } = await db().$transaction((tx) => loadSetting(tx, now));
  const candidates = await db().informationRequest.findMany({
    where: { status: "AWAITING_COMPLETION", completionDueDate: { lt: toDbDate(today) } },
    select: { id: true },
    orderBy: [{ year: "asc" }, { sequence: "asc" }],
  });
  const result: LapseResult = { today, lapsed: [], failed: [] };
  for (const { id } of candidates) {
    try {
      const lapsed = await lapseOne(id, now);
      if (lapsed) result.lapsed.push(lapsed);
    } catch (error) {
      console.error("[lapse-requests]", id, error);
      result.failed.push(id);
    }
  }
  if (result.lapsed.length > 0) console.info(`[lapse-requests] lapsed: ${result.lapsed.map((r) => r.number).join(", ")}`);
  return result;
}

async function lapseOne(id: string, now: Date) {
  return db().$transaction(async (tx) => {
    const request = await loadRequestForChange(tx, null, id);
    if (request.status !== "AWAITING_COMPLETION") return null;
    const { config } = await loadSetting(tx, now);
    const check = assertRequestTransition(request, "LAPSE", SYSTEM_ACTOR, now, config.timeZone);
    const due = request.completionDueDate ? fromDbDate(request.completionDueDate) : null;
    await tx.informationRequest.update({
      where: { id },
      data: { status: check.to, outcome: "LAPSED", closedAt: now },
    });
    const note = `Persyaratan tidak dilengkapi sampai batas waktu${due ? ` ${formatDateId(due)}` : ""}; permohonan batal.`;
    await recordCaseEvent(tx, { caseKind: "REQUEST", requestId: id }, {
      event: "LAPSE",
      actor: { id: null, role: SYSTEM_ACTOR },
      fromStatus: request.status,
      toStatus: check.to,
      note,
      data: { completionDueDate: due },
    });
    return { id, number: request.number };
  });
}
