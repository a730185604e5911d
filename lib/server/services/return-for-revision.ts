import "server-only";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/server/permission";
import { recordCaseEvent } from "@/lib/server/services/record-case-event";
import {
  assertRequestTransition,
  loadRequestForChange,
  loadSetting,
  type StaffActor,
} from "@/lib/server/services/request-processing-common";

export type ReturnForRevisionInput = { requestId: string; reason: string };

/** The PPID Utama sends the prepared answer back to the unit with what must be improved. */
export async function returnForRevision(actor: StaffActor, input: ReturnForRevisionInput, now: Date = new Date()) {
  assertPermission(actor, "request.handle");
  const reason = input.reason?.trim() ?? "";
  return db().$transaction(async (tx) => {
    const request = await loadRequestForChange(tx, actor, input.requestId);
    const { config } = await loadSetting(tx, now);
    const check = assertRequestTransition(request, "RETURN_FOR_REVISION", actor.role, now, config.timeZone, { reason });
    await tx.informationRequest.update({ where: { id: request.id }, data: { status: check.to } });
    await recordCaseEvent(tx, { caseKind: "REQUEST", requestId: request.id }, {
      event: "RETURN_FOR_REVISION",
      actor: { id: actor.id, role: actor.role },
      fromStatus: request.status,
      toStatus: check.to,
      note: reason,
    });
    return { id: request.id, number: request.number, status: check.to };
  });
}
