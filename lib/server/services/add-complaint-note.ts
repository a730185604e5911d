import "server-only";
import type { TComplaintNoteInput } from "@/lib/schemas/complaint";
import { db } from "@/lib/server/db";
import { loadComplaintForStep } from "@/lib/server/services/complaint-common";
import type { StaffActor } from "@/lib/server/services/request-processing-common";

/** An internal follow-up note; the first one puts a received complaint into follow-up. */
export async function addComplaintNote(actor: StaffActor, input: TComplaintNoteInput, now: Date = new Date()) {
  return db().$transaction(async (tx) => {
    const { complaint, next } = await loadComplaintForStep(tx, actor, input.complaintId, "NOTE");
    if (next !== complaint.status) await tx.complaint.update({ where: { id: complaint.id }, data: { status: next } });
    await tx.complaintNote.create({ data: { complaintId: complaint.id, authorId: actor.id, text: input.text, createdAt: now } });
    return { status: next };
  });
}
