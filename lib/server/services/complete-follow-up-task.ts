import "server-only";
import { toOfficeLocalDate } from "@/lib/domain/calendar";
import { db } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { assertPermission } from "@/lib/server/permission";
import { officeInTx, requireCaseScope, type CaseUser } from "@/lib/server/services/objection-common";
import { recordCaseEvent } from "@/lib/server/services/record-case-event";
import { fromDbDate } from "@/lib/domain/db-date";

/**
 * UU 14/2008 Pasal 36: the PPID reports that the Atasan's order was carried out (what was given,
 * how). Logged on the objection's case log (the request's log keeps only the request table's
 * events, so other screens can label every row); lateness against the order's due date is kept.
 */
export async function completeFollowUpTask(actor: CaseUser, input: { taskId: string; note: string }, now: Date = new Date()) {
  assertPermission(actor, "request.handle");
  const note = input.note.trim();
  if (!note) throw new UserError("INVALID_INPUT", "Tuliskan bagaimana perintah Atasan PPID dilaksanakan.", { note: "Wajib diisi." });
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "FollowUpTask" WHERE id = ${input.taskId} FOR UPDATE`;
    const task = await tx.followUpTask.findUnique({ where: { id: input.taskId }, include: { request: true, objection: true } });
    if (!task) throw new UserError("NOT_FOUND", "Tugas tindak lanjut tidak ditemukan.");
    requireCaseScope(actor, task.request, "Tugas tindak lanjut");
    if (task.doneAt) throw new UserError("INVALID_STATE", "Tugas tindak lanjut ini sudah dinyatakan selesai.");
    const office = await officeInTx(tx);
    const doneOn = toOfficeLocalDate(now, office.timeZone);
    const dueDate = fromDbDate(task.dueDate);
    const late = doneOn > dueDate;
    await tx.followUpTask.update({ where: { id: task.id }, data: { doneAt: now, doneNote: note } });
    const data = { taskId: task.id, objectionNumber: task.objection.number, dueDate, doneOn, late };
    await recordCaseEvent(tx, { caseKind: "OBJECTION", objectionId: task.objectionId }, {
      event: "FOLLOW_UP_DONE",
      actor: { id: actor.id, role: actor.role },
      fromStatus: task.objection.status,
      toStatus: task.objection.status,
      note,
      data,
      at: now,
    });
    return { taskId: task.id, late };
  });
}
