import "server-only";
import { courtFilingArticle, courtFilingDeadline, courtFilingWarning, COURT_LABELS, isCourtKind, type CourtKind } from "@/lib/domain/court-stages";
import { DISPUTE_WORKFLOW, type DisputeStatus } from "@/lib/domain/dispute-workflow";
import { formatDateId, isIsoDate } from "@/lib/domain/format-date";
import type { ObjectionGround } from "@/lib/domain/objection-grounds";
import { checkTransition } from "@/lib/domain/workflow";
import { db } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { assertPermission } from "@/lib/server/permission";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { courtStageFacts } from "@/lib/server/queries/court-stages";
import { loadDisputeForChange } from "@/lib/server/services/dispute-common";
import { todayIn, type CaseUser } from "@/lib/server/services/objection-common";
import { fromDbDate, toDbDate } from "@/lib/domain/db-date";
import { recordCaseEvent } from "@/lib/server/services/record-case-event";

export type GoToCourtInput = {
  disputeId: string;
  court: string;
  courtName?: string;
  /** REQUESTER or BODY. */
  filedBy: string;
  filedOn: string;
  registerNumber?: string;
  /** The day the decision taken to court was received (KI ruling, or PTUN/PN decision for the MA). */
  decisionReceivedOn?: string;
  lateFilingReason?: string;
};

/**
 * UU 14/2008 Pasal 47-48 (PTUN or PN within 14 working days of receiving the KI ruling) and
 * Pasal 50 (cassation to the MA within 14 days of receiving the court's decision): records that a
 * party went to court, with the court's register number. The computed last day is stored; a
 * filing after it is recorded with a reason (the court decides on admissibility).
 */
export async function goToCourt(actor: CaseUser, input: GoToCourtInput, now: Date = new Date()) {
  assertPermission(actor, "dispute.record");
  if (!isCourtKind(input.court)) throw new UserError("INVALID_INPUT", "Pilih pengadilan.", { court: "Pilih pengadilan." });
  const court: CourtKind = input.court;
  if (input.filedBy !== "REQUESTER" && input.filedBy !== "BODY") throw new UserError("INVALID_INPUT", "Pilih pihak yang mengajukan.", { filedBy: "Wajib dipilih." });
  if (!isIsoDate(input.filedOn)) throw new UserError("INVALID_INPUT", "Isi tanggal pengajuan.", { filedOn: "Tanggal tidak valid." });
  return db().$transaction(async (tx) => {
    const dispute = await loadDisputeForChange(tx, actor, input.disputeId);
    const config = await loadCalendarConfig(tx);
    const today = todayIn(config, now);
    if (input.filedOn > today) throw new UserError("INVALID_INPUT", "Tanggal pengajuan tidak boleh di masa depan.", { filedOn: "Tanggal di masa depan." });
    const stages = await tx.courtStage.findMany({ where: { disputeId: dispute.id }, orderBy: { createdAt: "asc" } });
    const from = dispute.status as DisputeStatus;
    const ctx = { grounds: dispute.objection.grounds as ObjectionGround[], courtStages: stages.map(courtStageFacts), input: { court } };
    const check = checkTransition(DISPUTE_WORKFLOW, from, "GO_TO_COURT", actor.role, ctx);
    if (!check.ok) throw new UserError("INVALID_STATE", check.reason);

    // The decision taken further: the KI ruling for the first court, else the last court's decision.
    const last = stages.at(-1);
    const received = input.decisionReceivedOn?.trim() || null;
    if (received && (!isIsoDate(received) || received > input.filedOn)) {
      throw new UserError("INVALID_INPUT", "Tanggal putusan diterima tidak valid atau setelah tanggal pengajuan.", { decisionReceivedOn: "Periksa tanggalnya." });
    }
    const stored = last ? (last.rulingReceivedOn ?? last.rulingDate) : (dispute.rulingReceivedOn ?? dispute.rulingDate);
    const start = received ?? (stored ? fromDbDate(stored) : null);
    if (!start) throw new UserError("INVALID_INPUT", "Isi tanggal putusan diterima.", { decisionReceivedOn: "Wajib diisi." });
    const deadline = courtFilingDeadline(court, start, config);
    const warning = courtFilingWarning(court, input.filedOn, deadline);
    const reason = input.lateFilingReason?.trim() || null;
    if (warning && !reason) throw new UserError("INVALID_INPUT", `${warning} Bila tetap dicatat, tuliskan alasannya.`, { lateFilingReason: "Isi alasan bila tetap dicatat." });

    if (received && !last) await tx.dispute.update({ where: { id: dispute.id }, data: { rulingReceivedOn: toDbDate(received) } });
    if (received && last) await tx.courtStage.update({ where: { id: last.id }, data: { rulingReceivedOn: toDbDate(received) } });
    const stage = await tx.courtStage.create({
      data: {
        disputeId: dispute.id,
        court,
        courtName: input.courtName?.trim() || COURT_LABELS[court],
        filedBy: input.filedBy,
        filedOn: toDbDate(input.filedOn),
        filingDeadline: toDbDate(deadline),
        lateFilingReason: warning ? reason : null,
        registerNumber: input.registerNumber?.trim() || null,
      },
    });
    await tx.dispute.update({ where: { id: dispute.id }, data: { status: check.to } });
    await recordCaseEvent(tx, { caseKind: "DISPUTE", disputeId: dispute.id }, {
      event: "GO_TO_COURT",
      actor: { id: actor.id, role: actor.role },
      fromStatus: from,
      toStatus: check.to,
      note:
        `${stage.courtName}, diajukan ${formatDateId(input.filedOn)}${stage.registerNumber ? `, nomor perkara ${stage.registerNumber}` : ""}; ` +
        `batas waktu menurut perhitungan ${formatDateId(deadline)} (${courtFilingArticle(court)}).` +
        (warning ? ` Dicatat di luar batas waktu dengan alasan: ${reason}` : ""),
      data: { court, courtStageId: stage.id, filedOn: input.filedOn, deadline, registerNumber: stage.registerNumber, late: warning !== null },
      at: now,
    });
    return { id: stage.id, deadline, late: warning !== null, status: check.to };
  });
}
