import "server-only";
import { formatDateId, isIsoDate } from "@/lib/domain/format-date";
import { checkDisputeFilingWindow, DISPUTE_WORKFLOW, type DisputeFiling } from "@/lib/domain/dispute-workflow";
import type { ObjectionGround } from "@/lib/domain/objection-grounds";
import { checkTransition, START } from "@/lib/domain/workflow";
import { db } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { assertPermission } from "@/lib/server/permission";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { disputeFilingDeadlineOf, loadObjectionForChange, officeInTx, todayIn, type CaseUser } from "@/lib/server/services/objection-common";
import { recordCaseEvent } from "@/lib/server/services/record-case-event";
import { fromDbDate, toDbDate } from "@/lib/domain/db-date";

export type RecordDisputeInput = {
  objectionId: string;
  /** The day the requester filed with the Komisi Informasi, YYYY-MM-DD. */
  filedOn: string;
  commission?: string;
  registerNumber?: string;
  /** Why a filing outside the 14 working days is recorded all the same (the KI admitted it). */
  overrideReason?: string;
  note?: string;
};

/**
 * UU 14/2008 Pasal 37: staff record that the requester took the objection to the Komisi
 * Informasi. The filing date is checked against the 14-working-day window by the dispute table;
 * outside it the filing is recorded only with a written reason, which is logged with the refusal.
 */
export async function recordDispute(actor: CaseUser, input: RecordDisputeInput, now: Date = new Date()) {
  assertPermission(actor, "dispute.record");
  if (!isIsoDate(input.filedOn)) throw new UserError("INVALID_INPUT", "Isi tanggal pengajuan sengketa.", { filedOn: "Tanggal tidak valid." });
  return db().$transaction(async (tx) => {
    const objection = await loadObjectionForChange(tx, actor, input.objectionId);
    if (objection.outcome === "WITHDRAWN" || objection.outcome === "SETTLED") {
      throw new UserError("INVALID_STATE", "Keberatan yang ditarik atau diselesaikan secara musyawarah tidak dilanjutkan ke sengketa informasi.");
    }
    const existing = await tx.dispute.findFirst({ where: { objectionId: objection.id, NOT: { outcome: "WITHDRAWN" } }, select: { id: true } });
    if (existing) throw new UserError("CONFLICT", "Sengketa atas keberatan ini sudah dicatat.");
    const config = await loadCalendarConfig(tx);
    const today = todayIn(config, now);
    if (input.filedOn > today) throw new UserError("INVALID_INPUT", "Tanggal pengajuan sengketa tidak boleh di masa depan.", { filedOn: "Tanggal di masa depan." });
    const deadline = disputeFilingDeadlineOf(objection, config)!;
    const overrideReason = input.overrideReason?.trim() || null;
    const filing: DisputeFiling = {
      answeredOn: objection.answerReceivedOn ? fromDbDate(objection.answerReceivedOn) : objection.answerDate ? fromDbDate(objection.answerDate) : null,
      objectionResponseDueDate: fromDbDate(objection.dueDate!),
      disputeFilingDeadline: deadline,
      filedOn: input.filedOn,
      override: overrideReason ? { reason: overrideReason } : null,
    };
    const grounds = objection.grounds as ObjectionGround[];
    const check = checkTransition(DISPUTE_WORKFLOW, START, "FILE", actor.role, { grounds, input: { filing } });
    if (!check.ok) throw new UserError("INVALID_INPUT", check.reason, check.code === "INVALID_INPUT" ? { overrideReason: "Isi alasan bila tetap dicatat." } : undefined);
    // Whether the window itself refused: then the override reason is what let it through.
    const outsideWindow = checkDisputeFilingWindow({ ...filing, override: null });
    const office = await officeInTx(tx);
    const dispute = await tx.dispute.create({
      data: {
        objectionId: objection.id,
        filedOn: toDbDate(input.filedOn),
        lateFilingReason: outsideWindow ? overrideReason : null,
        commission: input.commission?.trim() || office.komisiInformasi,
        registerNumber: input.registerNumber?.trim() || null,
        status: check.to,
      },
    });
    const overrideNote = outsideWindow ? ` Dicatat di luar batas waktu (${formatDateId(deadline)}) dengan alasan: ${overrideReason}` : "";
    await recordCaseEvent(tx, { caseKind: "DISPUTE", disputeId: dispute.id }, {
      event: "FILE",
      actor: { id: actor.id, role: actor.role },
      fromStatus: null,
      toStatus: check.to,
      note: `${input.note?.trim() || `Diajukan ke ${dispute.commission} pada ${formatDateId(input.filedOn)}.`}${overrideNote}`,
      data: {
        objectionNumber: objection.number,
        filedOn: input.filedOn,
        disputeFilingDeadline: deadline,
        registerNumber: dispute.registerNumber,
        override: outsideWindow ? { reason: overrideReason, refusal: outsideWindow } : null,
      },
      at: now,
    });
    return { id: dispute.id, status: check.to, outsideWindow: outsideWindow !== null, disputeFilingDeadline: deadline };
  });
}
