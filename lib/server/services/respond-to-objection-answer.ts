import "server-only";
import type { ObjectionStatus } from "@/lib/domain/objection-workflow";
import { ownOrOnBehalf } from "@/lib/domain/permissions";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/server/permission";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import {
  assertObjectionTransition,
  loadObjectionForChange,
  objectionContext,
  todayIn,
  type CaseUser,
} from "@/lib/server/services/objection-common";
import { recordCaseEvent } from "@/lib/server/services/record-case-event";

export type RequesterResponseInput = { objectionId: string; response: "ACCEPT" | "ESCALATE"; note?: string };

/**
 * UU 14/2008 Pasal 37(1): after the Atasan's answer the requester accepts it (the objection
 * closes) or says they take the dispute to the Komisi Informasi. The requester does this in
 * their account; the desk records a response given in person, by post or by phone.
 */
export async function respondToObjectionAnswer(actor: CaseUser, input: RequesterResponseInput, now: Date = new Date()) {
  assertPermission(actor, ownOrOnBehalf(actor.role, "objection.file_own", "objection.file_on_behalf"));
  return db().$transaction(async (tx) => {
    const objection = await loadObjectionForChange(tx, actor, input.objectionId);
    const config = await loadCalendarConfig(tx);
    const from = objection.status as ObjectionStatus;
    const event = input.response === "ACCEPT" ? "REQUESTER_ACCEPT" : "REQUESTER_ESCALATE";
    const check = assertObjectionTransition(from, event, actor.role, objectionContext(objection, config, todayIn(config, now)));
    await tx.objection.update({
      where: { id: objection.id },
      data: { status: check.to, requesterResponse: input.response === "ACCEPT" ? "ACCEPTED" : "ESCALATED", respondedAt: now },
    });
    await recordCaseEvent(tx, { caseKind: "OBJECTION", objectionId: objection.id }, {
      event,
      actor: { id: actor.id, role: actor.role },
      fromStatus: from,
      toStatus: check.to,
      note: input.note?.trim() || null,
      at: now,
    });
    return { number: objection.number, status: check.to };
  });
}
