import "server-only";
import { DECISION_OUTCOMES, type RequestOutcome } from "@/lib/domain/request-workflow";
import { REQUEST_OUTCOME_LABELS } from "@/lib/domain/labels";
import { db } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { assertPermission } from "@/lib/server/permission";
import { recordCaseEvent } from "@/lib/server/services/record-case-event";
import {
  assertRequestTransition,
  loadRequestForChange,
  loadSetting,
  type StaffActor,
} from "@/lib/server/services/request-processing-common";
import { isChosenFile, recordUpload, withStagedUploads } from "@/lib/server/storage";

export type PrepareAnswerInput = {
  requestId: string;
  notes: string;
  suggestedOutcome?: RequestOutcome;
  /** Draft documents (the information, a draft notice); stored as ANSWER_DRAFT, staff only. */
  files?: unknown[];
};

/**
 * The PPID Pelaksana of the unit that holds the information prepares the answer for the PPID Utama
 * (PREPARE_ANSWER): notes, draft documents and a suggested decision. Only the PPID Utama decides.
 */
export async function prepareAnswer(actor: StaffActor, input: PrepareAnswerInput, now: Date = new Date()) {
  assertPermission(actor, "request.handle");
  const notes = input.notes?.trim() ?? "";
  if (notes.length < 5) throw new UserError("INVALID_INPUT", "Tuliskan catatan jawaban.", { notes: "Tuliskan catatan jawaban (minimal 5 karakter)." });
  const suggested = input.suggestedOutcome;
  if (suggested !== undefined && !DECISION_OUTCOMES.includes(suggested)) {
    throw new UserError("INVALID_INPUT", "Usulan keputusan tidak dikenal.", { suggestedOutcome: "Pilih usulan keputusan." });
  }
  const files = (input.files ?? []).filter(isChosenFile);
  const uploads = files.map((file, index) => ({ file, purpose: "ANSWER_DRAFT" as const, field: `file${index + 1}` }));
  return withStagedUploads(uploads, (staged) =>
    db().$transaction(async (tx) => {
      const request = await loadRequestForChange(tx, actor, input.requestId);
      const { config } = await loadSetting(tx, now);
      const check = assertRequestTransition(request, "PREPARE_ANSWER", actor.role, now, config.timeZone);
      const attachments = [];
      for (const file of staged) {
        const attachment = await recordUpload(tx, file!, { purpose: "ANSWER_DRAFT", uploadedById: actor.id, requestId: request.id });
        attachments.push(attachment);
      }
      await tx.informationRequest.update({ where: { id: request.id }, data: { status: check.to, preparedNotes: notes } });
      await recordCaseEvent(tx, { caseKind: "REQUEST", requestId: request.id }, {
        event: "PREPARE_ANSWER",
        actor: { id: actor.id, role: actor.role },
        fromStatus: request.status,
        toStatus: check.to,
        note: suggested ? `${notes}\nUsulan keputusan: ${REQUEST_OUTCOME_LABELS[suggested]}.` : notes,
        data: { suggestedOutcome: suggested ?? null, attachmentIds: attachments.map((a) => a.id) },
      });
      return { id: request.id, number: request.number, status: check.to, attachments: attachments.length };
    }),
  );
}
