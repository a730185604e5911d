import "server-only";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/server/permission";
import { loadDisputeForChange } from "@/lib/server/services/dispute-common";
import type { CaseUser } from "@/lib/server/services/objection-common";
import { recordCaseEvent } from "@/lib/server/services/record-case-event";
import { recordUpload, withStagedUploads } from "@/lib/server/storage";

/** A document of the dispute (KI summons, ruling, minutes) kept with the case, access-checked on download. */
export async function attachDisputeDocument(actor: CaseUser, input: { disputeId: string; file: unknown }, now: Date = new Date()) {
  assertPermission(actor, "dispute.record");
  return withStagedUploads([{ file: input.file ?? "", purpose: "DISPUTE_DOCUMENT" }], ([file]) =>
    db().$transaction(async (tx) => {
      const dispute = await loadDisputeForChange(tx, actor, input.disputeId);
      const saved = await recordUpload(tx, file!, { purpose: "DISPUTE_DOCUMENT", uploadedById: actor.id, disputeId: dispute.id });
      await recordCaseEvent(tx, { caseKind: "DISPUTE", disputeId: dispute.id }, {
        event: "DOCUMENT_ADDED",
        actor: { id: actor.id, role: actor.role },
        fromStatus: dispute.status,
        toStatus: dispute.status,
        note: `Dokumen ditambahkan: ${saved.fileName}`,
        data: { attachmentId: saved.id },
        at: now,
      });
      return { id: saved.id, fileName: saved.fileName };
    }),
  );
}
