import "server-only";
import { computeDeadline, computeDisputeFilingDeadline, toOfficeLocalDate } from "@/lib/domain/calendar";
import { formatDateId } from "@/lib/domain/format-date";
import { HANDOVER_METHOD_LABELS, isHandoverMethod, letterReceiptDateProblem } from "@/lib/domain/handover";
import { LETTERS, type LetterKind } from "@/lib/domain/letters";
import { caseInScope, caseScopeFor } from "@/lib/domain/permissions";
import { db } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { assertPermission } from "@/lib/server/permission";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import type { CaseUser } from "@/lib/server/services/objection-common";
import { fromDbDate, toDbDate } from "@/lib/domain/db-date";
import { recordCaseEvent } from "@/lib/server/services/record-case-event";

export type RecordLetterReceiptInput = { letterId: string; deliveredVia: string; receivedOn: string };

/** Letters whose receipt starts a window of the requester's (the windows count from receipt). */
export const RECEIPT_COUNTED_KINDS: readonly LetterKind[] = ["WRITTEN_NOTICE", "REFUSAL_DECISION", "ATASAN_ANSWER"];

/**
 * How and when a letter reached the requester (handed over, e-mail, post with the day of receipt).
 * The objection window runs from the day the written notice or refusal decision is received (UU
 * 14/2008 Pasal 35(1), 36(1): from when the ground is found); the dispute window from the day the
 * Atasan's answer is received (Pasal 37(2)): the request's noticeReceivedOn and the objection's
 * answerReceivedOn / disputeDueDate follow, in the same transaction.
 */
export async function recordLetterReceipt(actor: CaseUser, input: RecordLetterReceiptInput, now: Date = new Date()) {
  assertPermission(actor, "request.handle");
  if (!isHandoverMethod(input.deliveredVia)) throw new UserError("INVALID_INPUT", "Pilih cara surat disampaikan.", { deliveredVia: "Wajib dipilih." });
  const via = input.deliveredVia;
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Letter" WHERE id = ${input.letterId} FOR UPDATE`;
    const letter = await tx.letter.findUnique({ where: { id: input.letterId }, include: { request: true, objection: { include: { request: true } } } });
    const kase = letter?.request ?? letter?.objection?.request;
    if (!letter || !kase || !caseInScope(caseScopeFor({ role: actor.role, userId: actor.id, unitId: actor.unitId }), kase)) {
      throw new UserError("NOT_FOUND", "Surat tidak ditemukan.");
    }
    const config = await loadCalendarConfig(tx);
    const today = toOfficeLocalDate(now, config.timeZone);
    const problem = letterReceiptDateProblem(input.receivedOn, today, fromDbDate(letter.date));
    if (problem) throw new UserError("INVALID_INPUT", problem, { receivedOn: problem });
    await tx.letter.update({ where: { id: letter.id }, data: { deliveredVia: via, receivedOn: toDbDate(input.receivedOn) } });
    const kind = letter.kind as LetterKind;
    const data: Record<string, string | null> = {
      letterId: letter.id, letterNumber: letter.number, letterTitle: LETTERS[kind].title, deliveredVia: via, receivedOn: input.receivedOn,
    };
    if ((kind === "WRITTEN_NOTICE" || kind === "REFUSAL_DECISION") && letter.requestId) {
      await tx.informationRequest.update({ where: { id: letter.requestId }, data: { noticeReceivedOn: toDbDate(input.receivedOn) } });
      // The grounds this letter gives rise to date from its receipt (Pasal 36(1)): the requester is told the day.
      data.windowDueDate = computeDeadline("OBJECTION_FILING", input.receivedOn, config).dueDate;
    }
    if (kind === "ATASAN_ANSWER" && letter.objection) {
      const o = letter.objection;
      const disputeDue = o.dueDate
        ? computeDisputeFilingDeadline({ answerReceivedDate: input.receivedOn, objectionResponseDueDate: fromDbDate(o.dueDate) }, config).dueDate
        : null;
      await tx.objection.update({
        where: { id: o.id },
        data: { answerReceivedOn: toDbDate(input.receivedOn), ...(disputeDue ? { disputeDueDate: toDbDate(disputeDue) } : {}) },
      });
      data.disputeDueDate = disputeDue;
      data.windowDueDate = disputeDue;
    }
    const target = letter.objectionId
      ? ({ caseKind: "OBJECTION", objectionId: letter.objectionId } as const)
      : ({ caseKind: "REQUEST", requestId: letter.requestId! } as const);
    await recordCaseEvent(tx, target, {
      event: "RECORD_LETTER_RECEIPT",
      actor: { id: actor.id, role: actor.role },
      fromStatus: null,
      toStatus: null,
      note: `${LETTERS[kind].title} nomor ${letter.number}: ${HANDOVER_METHOD_LABELS[via].toLowerCase()}, diterima ${formatDateId(input.receivedOn)}.`,
      data,
      at: now,
    });
    return { letterId: letter.id, receivedOn: input.receivedOn, disputeDueDate: data.disputeDueDate ?? null };
  });
}
