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

export type VerifyRequestInput = { requestId: string; note?: string };

/** docs/domain.md, Requests step 3 (office SOP): the desk finds the request complete (VERIFY_COMPLETE). */
export async function verifyRequest(actor: StaffActor, input: VerifyRequestInput, now: Date = new Date()) {
  assertPermission(actor, "request.handle");
  return db().$transaction(async (tx) => {
    const request = await loadRequestForChange(tx, actor, input.requestId);
    const { config } = await loadSetting(tx, now);
    const check = assertRequestTransition(request, "VERIFY_COMPLETE", actor.role, now, config.timeZone);
    await tx.informationRequest.update({ where: { id: request.id }, data: { status: check.to } });
    await recordCaseEvent(tx, { caseKind: "REQUEST", requestId: request.id }, {
      event: "VERIFY_COMPLETE",
      actor: { id: actor.id, role: actor.role },
      fromStatus: request.status,
      toStatus: check.to,
      note: input.note?.trim() || null,
    });
    return { id: request.id, number: request.number, status: check.to };
  });
}
