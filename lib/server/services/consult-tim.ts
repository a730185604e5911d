import "server-only";
import { formatDateId } from "@/lib/domain/format-date";
import type { ObjectionStatus } from "@/lib/domain/objection-workflow";
import { db } from "@/lib/server/db";
import { assertPermission } from "@/lib/server/permission";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import {
  assertObjectionTransition,
  loadObjectionForChange,
  objectionContext,
  todayIn,
  type CaseUser,
} from "@/lib/server/services/objection-common";
import { recordCaseEvent } from "@/lib/server/services/record-case-event";

/**
 * The Atasan PPID records a consultation of the Tim Pertimbangan Pelayanan Informasi (docs/domain.md,
 * Objections): several may be recorded; each is appended, dated, to the objection's consultation note.
 */
export async function consultTim(actor: CaseUser, input: { objectionId: string; note: string }, now: Date = new Date()) {
  assertPermission(actor, "objection.decide");
  return db().$transaction(async (tx) => {
    const objection = await loadObjectionForChange(tx, actor, input.objectionId);
    const config = await loadCalendarConfig(tx);
    const today = todayIn(config, now);
    const note = input.note.trim();
    const from = objection.status as ObjectionStatus;
    const check = assertObjectionTransition(from, "CONSULT_TIM", actor.role, objectionContext(objection, config, today, { note }));
    const line = `${formatDateId(today)}: ${note}`;
    await tx.objection.update({
      where: { id: objection.id },
      data: { status: check.to, consultationNote: objection.consultationNote ? `${objection.consultationNote}\n${line}` : line },
    });
    await recordCaseEvent(tx, { caseKind: "OBJECTION", objectionId: objection.id }, {
      event: "CONSULT_TIM",
      actor: { id: actor.id, role: actor.role },
      fromStatus: from,
      toStatus: check.to,
      note,
      at: now,
    });
    return { number: objection.number, status: check.to };
  });
}
