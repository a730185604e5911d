import "server-only";
import { rolesWith } from "@/lib/domain/permissions";
import type { TAssignComplaintInput } from "@/lib/schemas/complaint";
import { db } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { loadComplaintForStep } from "@/lib/server/services/complaint-common";
import type { StaffActor } from "@/lib/server/services/request-processing-common";

/** Names the officer who follows the complaint up (an active user with complaint.follow_up); the register notes it. */
export async function assignComplaint(actor: StaffActor, input: TAssignComplaintInput) {
  return db().$transaction(async (tx) => {
    const { complaint, next } = await loadComplaintForStep(tx, actor, input.complaintId, "ASSIGN");
    const assignee = input.assigneeId
      ? await tx.user.findFirst({ where: { id: input.assigneeId, disabled: false, role: { in: [...rolesWith("complaint.follow_up")] } }, select: { id: true, name: true } })
      : null;
    if (input.assigneeId && !assignee) throw new UserError("INVALID_INPUT", "Petugas tidak ditemukan.", { assigneeId: "Pilih petugas dari daftar." });
    await tx.complaint.update({ where: { id: complaint.id }, data: { assignedToId: assignee?.id ?? null, status: next } });
    await tx.complaintNote.create({
      data: { complaintId: complaint.id, authorId: actor.id, text: assignee ? `Ditugaskan kepada ${assignee.name}.` : "Penugasan dicabut." },
    });
    return { status: next };
  });
}
