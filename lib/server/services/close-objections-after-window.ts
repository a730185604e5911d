import "server-only";
import { SYSTEM_ACTOR } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { assertObjectionTransition, lockObjection, objectionContext, todayIn } from "@/lib/server/services/objection-common";
import { recordCaseEvent } from "@/lib/server/services/record-case-event";

export type CloseSummary = { today: string; closed: string[]; failed: string[] };

/**
 * UU 14/2008 Pasal 37(2): once the 14 working days to go to the Komisi Informasi have passed after
 * the Atasan's answer, the objection closes (CLOSE_AFTER_WINDOW; the table's guard decides).
 * Idempotent and safe on several instances: row lock, then the table checks the status again.
 */
export async function closeObjectionsAfterWindow(now: Date = new Date()): Promise<CloseSummary> {
  const config = await loadCalendarConfig();
  const today = todayIn(config, now);
  const candidates = await db().objection.findMany({
    where: { status: "ANSWERED" },
    select: { id: true },
    orderBy: { number: "asc" },
  });
  const summary: CloseSummary = { today, closed: [], failed: [] };
  for (const { id } of candidates) {
    try {
      const number = await db().$transaction(async (tx) => {
        await lockObjection(tx, id);
        const objection = await tx.objection.findUniqueOrThrow({ where: { id } });
        const ctx = objectionContext(objection, config, today);
        if (objection.status !== "ANSWERED" || !ctx.disputeFilingDeadlinePassed) return null;
        const check = assertObjectionTransition("ANSWERED", "CLOSE_AFTER_WINDOW", SYSTEM_ACTOR, ctx);
        await tx.objection.update({ where: { id }, data: { status: check.to } });
        await recordCaseEvent(tx, { caseKind: "OBJECTION", objectionId: id }, {
          event: "CLOSE_AFTER_WINDOW",
          actor: { id: null, role: SYSTEM_ACTOR },
          fromStatus: "ANSWERED",
          toStatus: check.to,
          note: "Batas waktu pengajuan sengketa ke Komisi Informasi telah lewat (UU 14/2008 Pasal 37 ayat (2)).",
          at: now,
        });
        return objection.number;
      });
      if (number) summary.closed.push(number);
    } catch (error) {
      console.error("[close-objections]", id, error);
      summary.failed.push(id);
    }
  }
  return summary;
}
