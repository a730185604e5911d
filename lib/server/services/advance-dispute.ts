import "server-only";
import { formatDateId, isIsoDate } from "@/lib/domain/format-date";
import { DISPUTE_WORKFLOW, type DisputeEvent, type DisputeStatus } from "@/lib/domain/dispute-workflow";
import type { ObjectionGround } from "@/lib/domain/objection-grounds";
import { checkTransition } from "@/lib/domain/workflow";
import { db } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { assertPermission } from "@/lib/server/permission";
import { courtStageFacts } from "@/lib/server/queries/court-stages";
import { loadDisputeForChange } from "@/lib/server/services/dispute-common";
import type { CaseUser } from "@/lib/server/services/objection-common";
import { openExemptInformation } from "@/lib/server/services/open-exempt-information";
import { recordCaseEvent } from "@/lib/server/services/record-case-event";
import { toDbDate } from "@/lib/domain/db-date";

export const DISPUTE_STEP_EVENTS = [
  "START_MEDIATION",
  "START_ADJUDICATION",
  "RECORD_MEDIATION_AGREEMENT",
  "RULE_GRANTED",
  "RULE_GRANTED_PARTIAL",
  "RULE_REJECTED",
  "RECORD_COMPLIANCE",
  "WITHDRAW",
] as const satisfies readonly DisputeEvent[];
export type DisputeStepEvent = (typeof DISPUTE_STEP_EVENTS)[number];

const RULINGS: readonly DisputeStepEvent[] = ["RECORD_MEDIATION_AGREEMENT", "RULE_GRANTED", "RULE_GRANTED_PARTIAL", "RULE_REJECTED"];

export type AdvanceDisputeInput = {
  disputeId: string;
  event: DisputeStepEvent;
  /** Session date (mediation/adjudication start) or ruling/agreement date, YYYY-MM-DD. */
  date?: string;
  /** The ruling or the agreement (amar putusan / isi kesepakatan). */
  rulingText?: string;
  /** Compliance (how the ruling was carried out), or a withdrawal note. */
  note?: string;
};

/** UU 14/2008 Pasal 38-40 and 46: the steps before the Komisi Informasi, as the table allows them. */
export async function advanceDispute(actor: CaseUser, input: AdvanceDisputeInput, now: Date = new Date()) {
  assertPermission(actor, "dispute.record");
  const date = input.date?.trim() || undefined;
  const note = input.note?.trim() || undefined;
  const rulingText = input.rulingText?.trim() || undefined;
  return db().$transaction(async (tx) => {
    const dispute = await loadDisputeForChange(tx, actor, input.disputeId);
    const from = dispute.status as DisputeStatus;
    const stages = await tx.courtStage.findMany({ where: { disputeId: dispute.id }, orderBy: { createdAt: "asc" } });
    const ctx = { grounds: dispute.objection.grounds as ObjectionGround[], courtStages: stages.map(courtStageFacts), input: { rulingDate: date, note } };
    const check = checkTransition(DISPUTE_WORKFLOW, from, input.event, actor.role, ctx);
    if (!check.ok) throw new UserError("INVALID_STATE", check.reason);
    const data: Record<string, unknown> = { status: check.to };
    if ("outcome" in check && check.outcome !== undefined) data.outcome = check.outcome;
    if (input.event === "START_MEDIATION" || input.event === "START_ADJUDICATION") {
      if (!date || !isIsoDate(date)) throw new UserError("INVALID_INPUT", "Isi tanggal sidang pertama.", { date: "Tanggal wajib diisi." });
      const field = input.event === "START_MEDIATION" ? "mediationDates" : "adjudicationDates";
      data[field] = [...dispute[field], toDbDate(date)];
    }
    if (RULINGS.includes(input.event)) {
      if (!rulingText) throw new UserError("INVALID_INPUT", "Tuliskan isi putusan atau kesepakatan.", { rulingText: "Wajib diisi." });
      data.rulingText = rulingText;
      data.rulingDate = toDbDate(date!);
    }
    if (input.event === "RECORD_COMPLIANCE") {
      data.complianceNote = note;
      data.compliedAt = now;
    }
    await tx.dispute.update({ where: { id: dispute.id }, data });
    // UU 14/2008 Pasal 11(2): a ruling granting the information in full opens it (the DIP entry
    // leaves the exempt list); a partial one is left to the PPID (which parts differ).
    const opened =
      input.event === "RULE_GRANTED"
        ? await openExemptInformation(tx, {
            consequenceTestId: dispute.objection.request.consequenceTestId,
            actorId: actor.id,
            decision: `Putusan ${dispute.commission}${dispute.registerNumber ? ` nomor ${dispute.registerNumber}` : ""} tanggal ${formatDateId(date!)}`,
            now,
          })
        : [];
    await recordCaseEvent(tx, { caseKind: "DISPUTE", disputeId: dispute.id }, {
      event: input.event,
      actor: { id: actor.id, role: actor.role },
      fromStatus: from,
      toStatus: check.to,
      note: [date ? formatDateId(date) : null, rulingText, note].filter(Boolean).join(" — ") || null,
      data: { date: date ?? null, openedDipEntries: opened },
      at: now,
    });
    return { id: dispute.id, status: check.to };
  });
}
