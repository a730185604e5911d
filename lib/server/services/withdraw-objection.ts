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

/** The requester withdraws an objection not yet answered; the desk records a withdrawal made offline. */
export async function withdrawObjection(actor: CaseUser, input: { objectionId: string; note?: string }, now: Date = new Date()) {
  assertPermission(actor, ownOrOnBehalf(actor.role, "objection.file_own", "objection.file_on_behalf"));
  return db().$transaction(async (tx) => {
    const objection = await loadObjectionForChange(tx, actor, input.objectionId);
    const config = await loadCalendarConfig(tx);
    const from = objection.status as ObjectionStatus;
    const check = assertObjectionTransition(from, "WITHDRAW", actor.role, objectionContext(objection, config, todayIn(config, now)));
    await tx.objection.update({ where: { id: objection.id }, data: { status: check.to, outcome: check.outcome ?? "WITHDRAWN" } });
    await recordCaseEvent(tx, { caseKind: "OBJECTION", objectionId: objection.id }, {
      event: "WITHDRAW",
      actor: { id: actor.id, role: actor.role },
      fromStatus: from,
      toStatus: check.to,
      note: input.note?.trim() || null,
      at: now,
    });
    return { number: objection.number, status: check.to };
  });
}
