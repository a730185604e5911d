import "server-only";
import { db } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { assertPermission } from "@/lib/server/permission";
import { recordCaseEvent } from "@/lib/server/services/record-case-event";
import {
  assertRequestTransition,
  loadRequestForChange,
  loadSetting,
  type StaffActor,
} from "@/lib/server/services/request-processing-common";

export type ForwardRequestInput = { requestId: string; unitId: string; note?: string };

/**
 * docs/domain.md, Requests step 3: the complete request goes to the PPID Pelaksana of the unit that holds the
 * information (FORWARD_TO_UNIT), or on to another unit; the PPID Utama's own unit is allowed too.
 */
export async function forwardRequest(actor: StaffActor, input: ForwardRequestInput, now: Date = new Date()) {
  assertPermission(actor, "request.handle");
  const unitId = input.unitId?.trim() ?? "";
  return db().$transaction(async (tx) => {
    const request = await loadRequestForChange(tx, actor, input.requestId);
    const { config } = await loadSetting(tx, now);
    const check = assertRequestTransition(request, "FORWARD_TO_UNIT", actor.role, now, config.timeZone, { unitId });
    const unit = await tx.unit.findUnique({ where: { id: unitId } });
    if (!unit || !unit.active) throw new UserError("INVALID_INPUT", "Unit tidak ditemukan atau tidak aktif.", { unitId: "Pilih unit yang aktif." });
    // The unit set at intake is the requester's suggestion: forwarding to it is the normal first step.
    const forwardedBefore = await tx.caseEvent.count({ where: { requestId: request.id, event: "FORWARD_TO_UNIT" } });
    if (unit.id === request.unitId && forwardedBefore > 0) {
      throw new UserError("CONFLICT", "Permohonan sudah berada di unit tersebut.", { unitId: "Pilih unit lain." });
    }
    const previous = request.unitId ? await tx.unit.findUnique({ where: { id: request.unitId }, select: { name: true } }) : null;
    await tx.informationRequest.update({ where: { id: request.id }, data: { status: check.to, unitId: unit.id } });
    await recordCaseEvent(tx, { caseKind: "REQUEST", requestId: request.id }, {
      event: "FORWARD_TO_UNIT",
      actor: { id: actor.id, role: actor.role },
      fromStatus: request.status,
      toStatus: check.to,
      note: [`Diteruskan ke ${unit.name}.`, input.note?.trim()].filter(Boolean).join(" "),
      data: { unitId: unit.id, unitName: unit.name, previousUnitId: request.unitId, previousUnitName: previous?.name ?? null },
    });
    return { id: request.id, number: request.number, status: check.to, unitName: unit.name };
  });
}
