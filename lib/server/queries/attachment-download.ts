import "server-only";
import type { AttachmentFacts, AttachmentPurpose } from "@/lib/domain/attachment-access";
import { db } from "@/lib/server/db";

export type DownloadRow = {
  fileName: string;
  mimeType: string;
  size: number;
  storageKey: string;
  facts: AttachmentFacts;
};

type CaseOwner = { requesterUserId: string | null; unitId: string | null };

function kaseOf(request: CaseOwner, ...otherOwners: (string | null)[]): AttachmentFacts["kase"] {
  const owners = [request.requesterUserId, ...otherOwners].filter((id): id is string => id !== null);
  return { requesterUserId: request.requesterUserId, unitId: request.unitId, ownerUserIds: owners };
}

/** The file and the facts the access rule needs (lib/domain/attachment-access.ts). */
export async function loadAttachmentForDownload(id: string): Promise<DownloadRow | null> {
  if (id.length === 0 || id.length > 64) return null;
  const owner = { select: { requesterUserId: true, unitId: true } } as const;
  const row = await db().attachment.findUnique({
    where: { id },
    include: {
      dipEntry: { select: { status: true, category: true, unitId: true } },
      consequenceTest: { select: { dipEntries: { select: { unitId: true } } } },
      request: owner,
      objection: { select: { filedByUserId: true, request: owner } },
      dispute: { select: { objection: { select: { filedByUserId: true, request: owner } } } },
      complaint: { select: { userId: true } },
    },
  });
  if (!row) return null;
  const kase = row.request
    ? kaseOf(row.request)
    : row.objection
      ? kaseOf(row.objection.request, row.objection.filedByUserId)
      : row.dispute
        ? kaseOf(row.dispute.objection.request, row.dispute.objection.filedByUserId)
        : null;
  return {
    fileName: row.fileName,
    mimeType: row.mimeType,
    size: row.size,
    storageKey: row.storageKey,
    facts: {
      purpose: row.purpose as AttachmentPurpose,
      uploadedById: row.uploadedById,
      dipEntry: row.dipEntry,
      consequenceTest: row.consequenceTest ? { linkedUnitIds: row.consequenceTest.dipEntries.map((e) => e.unitId) } : null,
      kase,
      complaint: row.complaint,
    },
  };
}
