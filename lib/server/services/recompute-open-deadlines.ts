import "server-only";
import { computeDeadline, computeDisputeFilingDeadline, type CalendarConfig } from "@/lib/domain/calendar";
import { formatDateId } from "@/lib/domain/format-date";
import { ATASAN_ORDER_RULE, followUpDueDate } from "@/lib/domain/follow-up";
import { LETTERS, type LetterKind } from "@/lib/domain/letters";
import { OPEN_REQUEST_STATUSES } from "@/lib/domain/request-workflow";
import { SYSTEM_ACTOR } from "@/lib/domain/roles";
import type { Tx } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { recordCaseEvent } from "@/lib/server/services/record-case-event";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { fromDbDate, toDbDate } from "@/lib/domain/db-date";

// docs/domain.md, Working days: when the calendar changes (a holiday added, changed or removed, a decree
// imported, the cuti bersama setting switched) every running deadline is computed again from the
// facts of its case with lib/domain, and each deadline that moves is logged on its case. Runs
// inside the caller's transaction, so the calendar change and its consequences commit together.
// The event is the workflow's system row RECOMPUTE_DEADLINE (request and objection workflows):
// actorRole is SYSTEM, actorId the administrator whose change triggered it.

export type RecomputeActor = { id: string | null; role: string };
export type DeadlineField = "dueDate" | "completionDueDate" | "disputeDueDate" | "followUpTask.dueDate";
export type DeadlineChange = {
  caseKind: "REQUEST" | "OBJECTION";
  caseId: string;
  caseNumber: string;
  field: DeadlineField;
  label: string;
  from: string | null;
  to: string;
};
export type RecomputeSummary = { changed: number; changes: DeadlineChange[] };

/** `letter`: the kind of the case's letter that states this date to the requester, if any. */
type FieldChange = { field: DeadlineField; label: string; from: string | null; to: string; letter?: LetterKind };
type RowPlan = {
  caseKind: "REQUEST" | "OBJECTION";
  caseId: string;
  caseNumber: string;
  status: string;
  changes: FieldChange[];
  extra?: Record<string, string>;
  write: (tx: Tx, data: Record<string, Date>) => Promise<{ count: number }>;
};

function diff(field: DeadlineField, label: string, stored: Date | null, to: string, letter?: LetterKind): FieldChange[] {
  const from = stored ? fromDbDate(stored) : null;
  return from === to ? [] : [{ field, label, from, to, ...(letter ? { letter } : {}) }];
}

async function planRequests(tx: Tx, config: CalendarConfig): Promise<RowPlan[]> {
  const rows = await tx.informationRequest.findMany({
    where: { status: { in: [...OPEN_REQUEST_STATUSES] } },
    select: {
      id: true, number: true, status: true, submittedAt: true, extendedAt: true, dueDate: true, dueRule: true,
      completionRequestedOn: true, completionDueDate: true, updatedAt: true,
      tasks: { where: { doneAt: null }, orderBy: { createdAt: "desc" }, take: 1, select: { objection: { select: { answerDate: true, orderPeriodDays: true } } } },
    },
    orderBy: { submittedAt: "asc" },
  });
  return rows.map((r) => {
    const order = r.dueRule === ATASAN_ORDER_RULE ? r.tasks[0]?.objection : undefined;
    let due: string;
    let label: string;
    if (order?.answerDate && order.orderPeriodDays !== null) {
      // Reopened by the Atasan's order (Pasal 36): the order's period is the running deadline.
      due = followUpDueDate(fromDbDate(order.answerDate), order.orderPeriodDays, config);
      label = "Batas waktu perintah Atasan PPID";
    } else {
      // UU 14/2008 Pasal 22(7): 10 working days after receipt; Pasal 22(8): once 7 more after that date.
      const response = computeDeadline("REQUEST_RESPONSE", r.submittedAt, config).dueDate;
      due = r.extendedAt ? computeDeadline("REQUEST_EXTENSION", response, config).dueDate : response;
      label = r.extendedAt ? "Batas waktu jawaban setelah perpanjangan" : "Batas waktu jawaban permohonan";
    }
    // The extension notice (Pasal 22(8)) or the receipt (Pasal 22(4)) told the requester the old date.
    const letter: LetterKind | undefined = order ? undefined : r.extendedAt ? "EXTENSION_NOTICE" : "RECEIPT";
    const changes = diff("dueDate", label, r.dueDate, due, letter);
    if (r.status === "AWAITING_COMPLETION" && r.completionRequestedOn) {
      // Office SOP (docs/domain.md, Requests step 3): the requester completes within the configured working days.
      const completion = computeDeadline("REQUIREMENTS_COMPLETION", fromDbDate(r.completionRequestedOn), config).dueDate;
      changes.push(...diff("completionDueDate", "Batas waktu melengkapi persyaratan", r.completionDueDate, completion));
    }
    return {
      caseKind: "REQUEST",
      caseId: r.id,
      caseNumber: r.number,
      status: r.status,
      changes,
      write: (t, data) => t.informationRequest.updateMany({ where: { id: r.id, updatedAt: r.updatedAt }, data }),
    };
  });
}

async function planObjections(tx: Tx, config: CalendarConfig): Promise<RowPlan[]> {
  const rows = await tx.objection.findMany({
    where: { status: { not: "CLOSED" } },
    select: { id: true, number: true, status: true, submittedAt: true, dueDate: true, answerDate: true, answerReceivedOn: true, disputeDueDate: true, updatedAt: true },
    orderBy: { submittedAt: "asc" },
  });
  return rows.map((o) => {
    const pending = o.status === "RECEIVED" || o.status === "UNDER_REVIEW";
    // UU 14/2008 Pasal 36(2): the Atasan PPID answers within 30 working days of receipt.
    const due = pending ? computeDeadline("OBJECTION_RESPONSE", o.submittedAt, config).dueDate : o.dueDate ? fromDbDate(o.dueDate) : null;
    const changes = pending && due ? diff("dueDate", "Batas waktu tanggapan atasan PPID", o.dueDate, due, "OBJECTION_RECEIPT") : [];
    const received = o.answerReceivedOn ?? o.answerDate;
    const answer = received ? fromDbDate(received) : null;
    if (answer || due) {
      // UU 14/2008 Pasal 37(2): 14 working days after the answer, or after the answer's deadline when none
      // came. Stored always: without an answer it is the latest date the requester may file.
      const dispute = computeDisputeFilingDeadline({ answerReceivedDate: answer, objectionResponseDueDate: due! }, config).dueDate;
      changes.push(...diff("disputeDueDate", "Batas waktu pengajuan sengketa informasi", o.disputeDueDate, dispute));
    }
    return {
      caseKind: "OBJECTION",
      caseId: o.id,
      caseNumber: o.number,
      status: o.status,
      changes,
      write: (t, data) => t.objection.updateMany({ where: { id: o.id, updatedAt: o.updatedAt }, data }),
    };
  });
}

async function planFollowUpTasks(tx: Tx, config: CalendarConfig): Promise<RowPlan[]> {
  const rows = await tx.followUpTask.findMany({
    where: { doneAt: null },
    select: {
      id: true,
      description: true,
      dueDate: true,
      objection: { select: { answerDate: true, orderPeriodDays: true } },
      request: { select: { id: true, number: true, status: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  return rows.flatMap((t): RowPlan[] => {
    const { answerDate, orderPeriodDays } = t.objection;
    if (!answerDate || orderPeriodDays === null) return [];
    const due = followUpDueDate(fromDbDate(answerDate), orderPeriodDays, config);
    const label = `Batas waktu tindak lanjut "${t.description.slice(0, 80)}"`;
    return [
      {
        caseKind: "REQUEST",
        caseId: t.request.id,
        caseNumber: t.request.number,
        status: t.request.status,
        changes: diff("followUpTask.dueDate", label, t.dueDate, due),
        extra: { taskId: t.id },
        write: (x, data) =>
          x.followUpTask.updateMany({ where: { id: t.id, doneAt: null, dueDate: t.dueDate }, data: { dueDate: data["followUpTask.dueDate"] } }),
      },
    ];
  });
}

function noteFor(change: FieldChange, reason: string): string {
  if (change.from === null) return `${change.label} ditetapkan ${formatDateId(change.to)} karena: ${reason}.`;
  return `${change.label} berubah dari ${formatDateId(change.from)} menjadi ${formatDateId(change.to)} karena: ${reason}.`;
}

export async function recomputeOpenDeadlines(
  tx: Tx,
  options: { reason: string; actor: RecomputeActor },
): Promise<RecomputeSummary> {
  const config = await loadCalendarConfig(tx);
  const plans = [
    ...(await planRequests(tx, config)),
    ...(await planObjections(tx, config)),
    ...(await planFollowUpTasks(tx, config)),
  ].filter((p) => p.changes.length > 0);
  const changes: DeadlineChange[] = [];
  for (const plan of plans) {
    const data = Object.fromEntries(plan.changes.map((c) => [c.field, toDbDate(c.to)]));
    const { count } = await plan.write(tx, data);
    if (count !== 1) {
      throw new UserError("CONFLICT", `Perkara ${plan.caseNumber} sedang diubah petugas lain saat batas waktu dihitung ulang. Silakan ulangi.`);
    }
    for (const c of plan.changes) {
      const annotated = c.letter && c.from ? await letterStating(tx, plan, c.letter) : null;
      const annotation = annotated ? annotationFor(c, options.reason) : null;
      await recordCaseEvent(
        tx,
        plan.caseKind === "REQUEST" ? { caseKind: "REQUEST", requestId: plan.caseId } : { caseKind: "OBJECTION", objectionId: plan.caseId },
        {
          event: "RECOMPUTE_DEADLINE",
          actor: { id: options.actor.id, role: SYSTEM_ACTOR },
          fromStatus: plan.status,
          toStatus: plan.status,
          note: noteFor(c, options.reason) + (annotated ? ` ${LETTERS[annotated.kind].title} Nomor ${annotated.number} diberi catatan perubahan.` : ""),
          data: {
            field: c.field, from: c.from, to: c.to, reason: options.reason, triggeredByRole: options.actor.role, ...plan.extra,
            ...(annotated && annotation ? { annotatedLetterId: annotated.id, annotation } : {}),
          },
        },
      );
    }
    changes.push(...plan.changes.map((c) => ({ caseKind: plan.caseKind, caseId: plan.caseId, caseNumber: plan.caseNumber, ...c })));
  }
  return { changed: changes.length, changes };
}

/** The latest letter of that kind on the case: it states the date that just moved. */
async function letterStating(tx: Tx, plan: RowPlan, kind: LetterKind) {
  const where = plan.caseKind === "REQUEST" ? { requestId: plan.caseId, kind } : { objectionId: plan.caseId, kind };
  return tx.letter.findFirst({ where, orderBy: { createdAt: "desc" }, select: { id: true, number: true, kind: true } });
}

/**
 * The note a letter already issued carries once a date it states moved (docs/domain.md, Working
 * days): the letter stays as issued; the note is printed with it (lib/server/queries/letter-annotations.ts).
 */
function annotationFor(change: FieldChange, reason: string): string {
  return `${change.label} yang tercantum dalam surat ini, ${formatDateId(change.from!)}, berubah menjadi ${formatDateId(change.to)} karena perubahan kalender hari kerja (${reason}).`;
}

/** "3 batas waktu dihitung ulang." for the administrator's confirmation. */
export function describeRecompute(summary: RecomputeSummary): string {
  if (summary.changed === 0) return "Tidak ada batas waktu perkara berjalan yang berubah.";
  return `${summary.changed} batas waktu dihitung ulang.`;
}
