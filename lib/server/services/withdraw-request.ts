import "server-only";
import { ownOrOnBehalf } from "@/lib/domain/permissions";
import { db, type Tx } from "@/lib/server/db";
import { assertPermission } from "@/lib/server/permission";
import { recordCaseEvent } from "@/lib/server/services/record-case-event";
import {
  assertRequestTransition,
  loadRequestForChange,
  loadSetting,
  type StaffActor,
} from "@/lib/server/services/request-processing-common";

/** A signed-in user acting on a request: its citizen owner, or an officer. */
export type CaseUser = StaffActor;

export type WithdrawRequestInput = { requestId: string; reason?: string };

/**
 * A citizen loads only their own requests (permissions.ts caseScopeFor), staff the requests of their
 * scope; to either, a request outside it does not exist (loadRequestForChange).
 */
export async function loadOwnedRequestForChange(tx: Tx, actor: CaseUser, requestId: string) {
  assertPermission(actor, ownOrOnBehalf(actor.role, "request.create_own", "request.handle"));
  return loadRequestForChange(tx, actor, requestId);
}

/**
 * The requester withdraws the request before it is decided (docs/domain.md, Requests step 6, outcome
 * "ditarik"); the desk records a withdrawal made in person or by letter. The table decides from
 * which states (request-workflow.ts WITHDRAW).
 */
export async function withdrawRequest(actor: CaseUser, input: WithdrawRequestInput, now: Date = new Date()) {
  const reason = input.reason?.trim() || null;
  return db().$transaction(async (tx) => {
    const request = await loadOwnedRequestForChange(tx, actor, input.requestId);
    const { config } = await loadSetting(tx, now);
    const check = assertRequestTransition(request, "WITHDRAW", actor.role, now, config.timeZone, reason ? { reason } : undefined);
    const outcome = check.outcome === undefined ? request.outcome : check.outcome;
    await tx.informationRequest.update({
      where: { id: request.id },
      data: { status: check.to, outcome, closedAt: check.to === "CLOSED" ? now : request.closedAt },
    });
    await recordCaseEvent(tx, { caseKind: "REQUEST", requestId: request.id }, {
      event: "WITHDRAW",
      actor: { id: actor.id, role: actor.role },
      fromStatus: request.status,
      toStatus: check.to,
      note: reason,
      at: now,
      data: { outcome },
    });
    return { id: request.id, number: request.number, status: check.to };
  });
}
