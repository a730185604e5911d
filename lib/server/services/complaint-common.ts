import "server-only";
import { complaintStepAllowed, statusAfter, type ComplaintStatus, type ComplaintStep } from "@/lib/domain/complaints";
import type { Complaint } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { assertPermission } from "@/lib/server/permission";
import type { StaffActor } from "@/lib/server/services/request-processing-common";

/** Locks the complaint row for the step (two officers at once cannot both close it) and checks the step. */
export async function loadComplaintForStep(tx: Tx, actor: StaffActor, complaintId: string, step: ComplaintStep): Promise<{ complaint: Complaint; next: ComplaintStatus }> {
  assertPermission(actor, "complaint.manage");
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Complaint" WHERE "id" = ${complaintId} FOR UPDATE`;
  if (rows.length === 0) throw new UserError("NOT_FOUND", "Pengaduan tidak ditemukan.");
  const complaint = await tx.complaint.findUniqueOrThrow({ where: { id: complaintId } });
  const status = complaint.status as ComplaintStatus;
  if (!complaintStepAllowed(status, step)) throw new UserError("INVALID_STATE", "Pengaduan ini sudah selesai dan tidak dapat diubah lagi.");
  return { complaint, next: statusAfter(status, step) };
}
