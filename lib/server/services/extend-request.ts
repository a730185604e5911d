import "server-only";
import { computeDeadline } from "@/lib/domain/calendar";
import { db } from "@/lib/server/db";
import { buildExtensionNoticeContent } from "@/lib/server/letters/content/extension-notice";
import { issueLetter } from "@/lib/server/letters/issue-letter";
import { assertPermission } from "@/lib/server/permission";
import { recordCaseEvent } from "@/lib/server/services/record-case-event";
import {
  assertRequestTransition,
  loadRequestForChange,
  loadSetting,
  trackingPath,
  type StaffActor,
} from "@/lib/server/services/request-processing-common";
import { fromDbDate, toDbDate } from "@/lib/domain/db-date";

export type ExtendRequestInput = { requestId: string; reason: string };

/**
 * UU 14/2008 Pasal 22(8): the PPID extends the time of the written notice once, by REQUEST_EXTENSION
 * working days counted from the original due date, in writing with reasons, before the original
 * period ends (the table's guardExtend). Issues the EXTENSION_NOTICE letter.
 */
export async function extendRequest(actor: StaffActor, input: ExtendRequestInput, now: Date = new Date()) {
  assertPermission(actor, "request.handle");
  const reason = input.reason?.trim() ?? "";
  return db().$transaction(async (tx) => {
    const request = await loadRequestForChange(tx, actor, input.requestId);
    const { config, office, today } = await loadSetting(tx, now);
    const check = assertRequestTransition(request, "EXTEND", actor.role, now, config.timeZone, { reason });
    // The stored due date is the REQUEST_RESPONSE date (kept current by recompute-open-deadlines).
    const originalDue = request.dueDate ? fromDbDate(request.dueDate) : computeDeadline("REQUEST_RESPONSE", request.submittedAt, config).dueDate;
    const extended = computeDeadline("REQUEST_EXTENSION", originalDue, config);
    const letter = await issueLetter(tx, {
      kind: "EXTENSION_NOTICE",
      date: today,
      officeCode: office.officeCode,
      requestId: request.id,
      signedBy: office.letterhead.signerName,
      content: (number) =>
        buildExtensionNoticeContent({
          office,
          request: { ...request, receivedDate: fromDbDate(request.receivedDate) },
          number,
          date: today,
          trackingUrl: trackingPath(request),
          reason,
          originalDueDate: originalDue,
          newDueDate: extended.dueDate,
          officialYears: config.officialYears,
        }),
    });
    await tx.informationRequest.update({
      where: { id: request.id },
      data: { dueDate: toDbDate(extended.dueDate), dueRule: "REQUEST_EXTENSION", extendedAt: now, extensionReason: reason },
    });
    await recordCaseEvent(tx, { caseKind: "REQUEST", requestId: request.id }, {
      event: "EXTEND",
      actor: { id: actor.id, role: actor.role },
      fromStatus: request.status,
      toStatus: check.to,
      note: reason,
      data: { originalDueDate: originalDue, newDueDate: extended.dueDate, letterId: letter.id, letterNumber: letter.number },
    });
    return { id: request.id, number: request.number, dueDate: extended.dueDate, letterId: letter.id, letterNumber: letter.number };
  });
}
