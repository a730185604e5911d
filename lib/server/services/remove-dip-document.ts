import "server-only";
import { canEditDipEntry, type DipStatus } from "@/lib/domain/dip-workflow";
import { db } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { caseActor, entryInScope, lockDipEntry, writeDipEvent, type DipActor } from "@/lib/server/services/dip-common";
import { discardStoredFile } from "@/lib/server/storage";

/** Removes a document from an entry that may still be edited; the file goes after the commit. */
export async function removeDipDocument(actor: DipActor, entryId: string, attachmentId: string): Promise<void> {
  const storageKey = await db().$transaction(async (tx) => {
    await lockDipEntry(tx, entryId);
    const entry = entryInScope(actor, await tx.dipEntry.findUnique({ where: { id: entryId }, select: { id: true, status: true, unitId: true } }));
    if (!canEditDipEntry(caseActor(actor), { status: entry.status as DipStatus, unitId: entry.unitId })) {
      throw new UserError("INVALID_STATE", "Dokumen hanya dapat dihapus dari draf atau usulan yang dikembalikan, oleh unitnya atau PPID Utama.");
    }
    const attachment = await tx.attachment.findFirst({ where: { id: attachmentId, dipEntryId: entry.id } });
    if (!attachment) throw new UserError("NOT_FOUND", "Dokumen tidak ditemukan.");
    await tx.attachment.delete({ where: { id: attachment.id } });
    await writeDipEvent(tx, {
      dipEntryId: entry.id,
      event: "DOCUMENT_REMOVED",
      actorId: actor.id,
      fromStatus: entry.status,
      toStatus: entry.status,
      note: attachment.fileName,
    });
    return attachment.storageKey;
  });
  await discardStoredFile(storageKey);
}
