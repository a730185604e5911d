import "server-only";
import type { Attachment } from "@/lib/generated/prisma/client";
import { canEditDipEntry, type DipStatus } from "@/lib/domain/dip-workflow";
import { db } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { caseActor, entryInScope, lockDipEntry, writeDipEvent, type DipActor } from "@/lib/server/services/dip-common";
import { recordUpload, withStagedUploads } from "@/lib/server/storage";

/**
 * Adds a document to an entry that may still be edited (DRAFT/RETURNED): the file is checked
 * by content, stored, and logged in one transaction; a rolled-back transaction discards it.
 */
export async function attachDipDocument(actor: DipActor, entryId: string, file: File): Promise<Attachment> {
  return withStagedUploads([{ file, purpose: "DIP_DOCUMENT" }], ([stored]) =>
    db().$transaction(async (tx) => {
      await lockDipEntry(tx, entryId);
      const entry = entryInScope(actor, await tx.dipEntry.findUnique({ where: { id: entryId }, select: { id: true, status: true, unitId: true } }));
      if (!canEditDipEntry(caseActor(actor), { status: entry.status as DipStatus, unitId: entry.unitId })) {
        throw new UserError("INVALID_STATE", "Dokumen hanya dapat ditambahkan pada draf atau usulan yang dikembalikan, oleh unitnya atau PPID Utama.");
      }
      const attachment = await recordUpload(tx, stored!, { purpose: "DIP_DOCUMENT", uploadedById: actor.id, dipEntryId: entry.id });
      await writeDipEvent(tx, {
        dipEntryId: entry.id,
        event: "DOCUMENT_ADDED",
        actorId: actor.id,
        fromStatus: entry.status,
        toStatus: entry.status,
        note: attachment.fileName,
      });
      return attachment;
    }),
  );
}
