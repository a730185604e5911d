import "server-only";
import { formatDateId, isIsoDate } from "@/lib/domain/format-date";
import { db } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { assertPermission } from "@/lib/server/permission";
import { loadDisputeForChange } from "@/lib/server/services/dispute-common";
import type { CaseUser } from "@/lib/server/services/objection-common";
import { recordCaseEvent } from "@/lib/server/services/record-case-event";
import { toDbDate } from "@/lib/domain/db-date";

export type DisputeDetailsInput = {
  disputeId: string;
  commission?: string;
  registerNumber?: string;
  /** One more hearing date in the current stage (mediation or adjudication), YYYY-MM-DD. */
  sessionDate?: string;
};

/**
 * The KI's register number and name, and further hearing dates. Not a workflow step (the status
 * stays), but logged like one: the case log is the register's history.
 */
export async function updateDisputeDetails(actor: CaseUser, input: DisputeDetailsInput, now: Date = new Date()) {
  assertPermission(actor, "dispute.record");
  return db().$transaction(async (tx) => {
    const dispute = await loadDisputeForChange(tx, actor, input.disputeId);
    if (dispute.status === "CLOSED") throw new UserError("INVALID_STATE", "Sengketa sudah selesai; datanya tidak diubah lagi.");
    const data: Record<string, unknown> = {};
    const changes: string[] = [];
    const commission = input.commission?.trim();
    if (commission && commission !== dispute.commission) {
      data.commission = commission;
      changes.push(`Komisi Informasi: ${commission}`);
    }
    const registerNumber = input.registerNumber?.trim();
    if (registerNumber && registerNumber !== dispute.registerNumber) {
      data.registerNumber = registerNumber;
      changes.push(`Nomor register sengketa: ${registerNumber}`);
    }
    const session = input.sessionDate?.trim();
    if (session) {
      if (!isIsoDate(session)) throw new UserError("INVALID_INPUT", "Tanggal sidang tidak valid.", { sessionDate: "Tanggal tidak valid." });
      if (dispute.status === "MEDIATION") data.mediationDates = [...dispute.mediationDates, toDbDate(session)];
      else if (dispute.status === "ADJUDICATION") data.adjudicationDates = [...dispute.adjudicationDates, toDbDate(session)];
      else throw new UserError("INVALID_INPUT", "Tanggal sidang dicatat setelah mediasi atau ajudikasi dimulai.", { sessionDate: "Belum ada mediasi atau ajudikasi." });
      changes.push(`Sidang ${dispute.status === "MEDIATION" ? "mediasi" : "ajudikasi"} ${formatDateId(session)}`);
    }
    if (changes.length === 0) throw new UserError("INVALID_STATE", "Tidak ada perubahan yang dicatat.");
    await tx.dispute.update({ where: { id: dispute.id }, data });
    await recordCaseEvent(tx, { caseKind: "DISPUTE", disputeId: dispute.id }, {
      event: "UPDATE_DETAILS",
      actor: { id: actor.id, role: actor.role },
      fromStatus: dispute.status,
      toStatus: dispute.status,
      note: changes.join("; "),
      at: now,
    });
    return { id: dispute.id };
  });
}
