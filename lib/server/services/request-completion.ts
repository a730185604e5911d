import "server-only";
import { computeDeadline } from "@/lib/domain/calendar";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/server/permission";
import { recordCaseEvent } from "@/lib/server/services/record-case-event";
import {
  assertRequestTransition,
  loadRequestForChange,
  loadSetting,
  type StaffActor,
} from "@/lib/server/services/request-processing-common";
import { toDbDate } from "@/lib/domain/db-date";

export type RequestCompletionInput = { requestId: string; reason: string };

/**
 * docs/domain.md, Requests step 3 (office SOP, Perki 1/2021 service standard): the requester is asked to
 * complete the request within REQUIREMENTS_COMPLETION working days (office setting) counted from
 * the notice, office-local today; otherwise the request lapses (lapse-incomplete-requests.ts).
 * The 10 working days of UU 14/2008 Pasal 22(7) keep running (request-workflow.ts).
 */
export async function requestCompletion(actor: StaffActor, input: RequestCompletionInput, now: Date = new Date()) {
  assertPermission(actor, "request.handle");
  const reason = input.reason?.trim() ?? "";
  return db().$transaction(async (tx) => {
    const request = await loadRequestForChange(tx, actor, input.requestId);
    const { config, today } = await loadSetting(tx, now);
    const check = assertRequestTransition(request, "REQUEST_COMPLETION", actor.role, now, config.timeZone, { reason });
    const deadline = computeDeadline("REQUIREMENTS_COMPLETION", today, config);
    await tx.informationRequest.update({
      where: { id: request.id },
      data: { status: check.to, completionRequestedOn: toDbDate(today), completionDueDate: toDbDate(deadline.dueDate) },
    });
    await recordCaseEvent(tx, { caseKind: "REQUEST", requestId: request.id }, {
      event: "REQUEST_COMPLETION",
      actor: { id: actor.id, role: actor.role },
      fromStatus: request.status,
      toStatus: check.to,
      note: reason,
      data: { completionRequestedOn: today, completionDueDate: deadline.dueDate, workingDays: deadline.workingDays },
    });
    return { id: request.id, number: request.number, status: check.to, completionDueDate: deadline.dueDate };
  });
}
