import "server-only";
import { db } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { recordCaseEvent } from "@/lib/server/services/record-case-event";
import { assertRequestTransition, loadSetting } from "@/lib/server/services/request-processing-common";
import { loadOwnedRequestForChange, type CaseUser } from "@/lib/server/services/withdraw-request";
import { recordUpload, withStagedUploads } from "@/lib/server/storage";

export type SubmitCompletionInput = { requestId: string; note?: string; files: File[] };

/**
 * The requester sends the documents the desk asked for (docs/domain.md, Requests step 3) before the
 * completion period ends; the request goes back to the desk (RECEIVED) to be checked again.
 * After the period the table refuses: the request lapses and may be filed anew.
 */
export async function submitCompletion(actor: CaseUser, input: SubmitCompletionInput, now: Date = new Date()) {
  const note = input.note?.trim() || null;
  if (input.files.length === 0) throw new UserError("INVALID_INPUT", "Pilih berkas kelengkapan yang akan dikirim.", { file: "Pilih berkas." });
  const uploads = input.files.map((file, index) => ({ file, purpose: "COMPLETION" as const, field: index === 0 ? "file" : `file${index + 1}` }));
  return withStagedUploads(uploads, (staged) =>
    db().$transaction(async (tx) => {
      const request = await loadOwnedRequestForChange(tx, actor, input.requestId);
      const { config } = await loadSetting(tx, now);
      const check = assertRequestTransition(request, "SUBMIT_COMPLETION", actor.role, now, config.timeZone);
      const files: { id: string; fileName: string }[] = [];
      for (const file of staged) {
        const attachment = await recordUpload(tx, file!, { purpose: "COMPLETION", uploadedById: actor.id, requestId: request.id });
        files.push({ id: attachment.id, fileName: attachment.fileName });
      }
      await tx.informationRequest.update({ where: { id: request.id }, data: { status: check.to } });
      await recordCaseEvent(tx, { caseKind: "REQUEST", requestId: request.id }, {
        event: "SUBMIT_COMPLETION",
        actor: { id: actor.id, role: actor.role },
        fromStatus: request.status,
        toStatus: check.to,
        note,
        at: now,
        data: { files },
      });
      return { id: request.id, number: request.number, status: check.to };
    }),
  );
}
