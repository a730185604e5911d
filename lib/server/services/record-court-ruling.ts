import "server-only";
import { COURT_LABELS } from "@/lib/domain/court-stages";
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
import { openExemptInformation } from "@/lib/server/services/open-exempt-information";
import { recordCaseEvent } from "@/lib/server/services/record-case-event";

export type RecordCourtRulingInput = {
  disputeId: string;
  rulingDate: string;
  rulingReceivedOn?: string;
  rulingText: string;
  /** The decision orders the information opened (moves the DIP entry out of the exempt list). */
  opensInformation?: boolean;
};

/**
 * UU 14/2008 Pasal 47-50: the court's decision on the open court stage. When it opens the
 * information, the exempt DIP entries of the request's consequence test leave the exempt list
 * (Pasal 11(2)), logged on each entry — in the same transaction.
 */
export async function recordCourtRuling(actor: CaseUser, input: RecordCourtRulingInput, now: Date = new Date()) {
  assertPermission(actor, "dispute.record");
  const text = input.rulingText?.trim();
  if (!text) throw new UserError("INVALID_INPUT", "Tuliskan isi putusan pengadilan.", { rulingText: "Wajib diisi." });
  const received = input.rulingReceivedOn?.trim() || null;
  if (received && !isIsoDate(received)) throw new UserError("INVALID_INPUT", "Tanggal putusan diterima tidak valid.", { rulingReceivedOn: "Tanggal tidak valid." });
  return db().$transaction(async (tx) => {
    const dispute = await loadDisputeForChange(tx, actor, input.disputeId);
    const config = await loadCalendarConfig(tx);
    const today = todayIn(config, now);
    const stages = await tx.courtStage.findMany({ where: { disputeId: dispute.id }, orderBy: { createdAt: "asc" } });
    const open = stages.at(-1);
    const from = dispute.status as DisputeStatus;
    const ctx = { grounds: dispute.objection.grounds as ObjectionGround[], courtStages: stages.map(courtStageFacts), input: { rulingDate: input.rulingDate } };
    const check = checkTransition(DISPUTE_WORKFLOW, from, "RECORD_COURT_RULING", actor.role, ctx);
    if (!check.ok) throw new UserError("INVALID_STATE", check.reason);
    if (!open || open.rulingDate) throw new UserError("INVALID_STATE", "Tidak ada tahap pengadilan yang menunggu putusan.");
    for (const date of [input.rulingDate, received]) {
      if (date && date > today) throw new UserError("INVALID_INPUT", "Tanggal tidak boleh di masa depan.", { rulingDate: "Tanggal di masa depan." });
    }
    if (received && received < input.rulingDate) throw new UserError("INVALID_INPUT", "Putusan tidak dapat diterima sebelum tanggal putusan.", { rulingReceivedOn: "Periksa tanggalnya." });
    const opens = input.opensInformation === true;
    await tx.courtStage.update({
      where: { id: open.id },
      data: { rulingDate: toDbDate(input.rulingDate), rulingReceivedOn: received ? toDbDate(received) : null, rulingText: text, opensInformation: opens },
    });
    await tx.dispute.update({ where: { id: dispute.id }, data: { status: check.to } });
    const opened = opens
      ? await openExemptInformation(tx, {
          consequenceTestId: dispute.objection.request.consequenceTestId,
          actorId: actor.id,
          decision: `Putusan ${open.courtName}${open.registerNumber ? ` nomor ${open.registerNumber}` : ""} tanggal ${formatDateId(input.rulingDate)}`,
          now,
        })
      : [];
    await recordCaseEvent(tx, { caseKind: "DISPUTE", disputeId: dispute.id }, {
      event: "RECORD_COURT_RULING",
      actor: { id: actor.id, role: actor.role },
      fromStatus: from,
      toStatus: check.to,
      note: `${COURT_LABELS[open.court as keyof typeof COURT_LABELS]}, putusan ${formatDateId(input.rulingDate)}: ${text}${opened.length ? ` Entri DIP dibuka: ${opened.join(", ")}.` : ""}`,
      data: { courtStageId: open.id, court: open.court, rulingDate: input.rulingDate, rulingReceivedOn: received, opensInformation: opens, openedDipEntries: opened },
      at: now,
    });
    return { id: open.id, status: check.to, openedDipEntries: opened };
  });
}
