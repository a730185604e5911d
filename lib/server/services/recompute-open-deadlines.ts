import "server-only";
import { computeDeadline, computeDisputeFilingDeadline, type CalendarConfig } from "@/lib/domain/calendar";
import { formatDateId } from "@/lib/domain/format-date";
import { ATASAN_ORDER_RULE, followUpDueDate } from "@/lib/domain/follow-up";
import { LETTERS, type LetterKind } from "@/lib/domain/letters";
import { OPEN_REQUEST_STATUSES } from "@/lib/domain/request-workflow";
import { SYSTEM_ACTOR } from "@/lib/domain/roles";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { recordCaseEvents } from "@/lib/server/services/record-case-event";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { fromDbDate } from "@/lib/domain/db-date";

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
/** The row a plan writes, and what it must still look like (nobody changed it since it was read). */
type Target =
  | { model: "request"; where: { id: string; updatedAt: Date } }
  | { model: "objection"; where: { id: string; updatedAt: Date } }
  | { model: "task"; where: { id: string; doneAt: null; dueDate: Date } };
type RowPlan = {
  caseKind: "REQUEST" | "OBJECTION";
  caseId: string;
  caseNumber: string;
  status: string;
  changes: FieldChange[];
  extra?: Record<string, string>;
  target: Target;
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
    },
    orderBy: { submittedAt: "asc" },
  });
  // The Atasan's orders of the few reopened requests, read for those only (a relation include
  // here sent every open request's id as a parameter: over PostgreSQL's limit at 100,000 open).
  const reopened = rows.filter((r) => r.dueRule === ATASAN_ORDER_RULE).map((r) => r.id);
  const orders = new Map<string, { answerDate: Date | null; orderPeriodDays: number | null }>();
  for (let i = 0; i < reopened.length; i += 1000) {
    const tasks = await tx.followUpTask.findMany({
      where: { requestId: { in: reopened.slice(i, i + 1000) }, doneAt: null },
      orderBy: { createdAt: "desc" },
      select: { requestId: true, objection: { select: { answerDate: true, orderPeriodDays: true } } },
    });
    for (const t of tasks) if (!orders.has(t.requestId)) orders.set(t.requestId, t.objection);
  }
  return rows.map((r) => {
    const order = r.dueRule === ATASAN_ORDER_RULE ? orders.get(r.id) : undefined;
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
      target: { model: "request", where: { id: r.id, updatedAt: r.updatedAt } },
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
      target: { model: "objection", where: { id: o.id, updatedAt: o.updatedAt } },
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
        target: { model: "task", where: { id: t.id, doneAt: null, dueDate: t.dueDate } },
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
  await writePlans(tx, plans);
  const letters = await lettersStating(tx, plans);
  await recordCaseEvents(
    tx,
    plans.flatMap((plan) =>
      plan.changes.map((c) => {
        const annotated = c.letter && c.from ? (letters.get(`${plan.caseId}|${c.letter}`) ?? null) : null;
        const annotation = annotated ? annotationFor(c, options.reason) : null;
        return {
          ref: plan.caseKind === "REQUEST" ? { caseKind: "REQUEST" as const, requestId: plan.caseId } : { caseKind: "OBJECTION" as const, objectionId: plan.caseId },
          input: {
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
        };
      }),
    ),
  );
  const changes: DeadlineChange[] = plans.flatMap((plan) =>
    plan.changes.map((c) => ({ caseKind: plan.caseKind, caseId: plan.caseId, caseNumber: plan.caseNumber, field: c.field, label: c.label, from: c.from, to: c.to })),
  );
  return { changed: changes.length, changes };
}

/**
 * The latest letter of each kind on each case whose stated date just moved ("caseId|kind" → letter),
 * read a thousand cases at a time rather than one query per change.
 */
async function lettersStating(tx: Tx, plans: RowPlan[]) {
  const wanted = new Map<string, { caseKind: RowPlan["caseKind"]; kind: LetterKind; ids: string[] }>();
  for (const plan of plans) {
    for (const c of plan.changes) {
      if (!c.letter || !c.from) continue;
      const key = `${plan.caseKind}|${c.letter}`;
      const group = wanted.get(key) ?? { caseKind: plan.caseKind, kind: c.letter, ids: [] };
      group.ids.push(plan.caseId);
      wanted.set(key, group);
    }
  }
  const found = new Map<string, { id: string; number: string; kind: LetterKind }>();
  for (const { caseKind, kind, ids } of wanted.values()) {
    for (let i = 0; i < ids.length; i += 1000) {
      const chunk = ids.slice(i, i + 1000);
      const rows = await tx.letter.findMany({
        where: caseKind === "REQUEST" ? { requestId: { in: chunk }, kind } : { objectionId: { in: chunk }, kind },
        orderBy: { createdAt: "desc" },
        select: { id: true, number: true, kind: true, requestId: true, objectionId: true },
      });
      for (const r of rows) {
        const key = `${caseKind === "REQUEST" ? r.requestId : r.objectionId}|${kind}`;
        if (!found.has(key)) found.set(key, { id: r.id, number: r.number, kind: r.kind as LetterKind });
      }
    }
  }
  return found;
}

/**
 * The note a letter already issued carries once a date it states moved (docs/domain.md, Working
 * days): the letter stays as issued; the note is printed with it (lib/server/queries/letter-annotations.ts).
 */
function annotationFor(change: FieldChange, reason: string): string {
  return `${change.label} yang tercantum dalam surat ini, ${formatDateId(change.from!)}, berubah menjadi ${formatDateId(change.to)} karena perubahan kalender hari kerja (${reason}).`;
}

/** The columns a recomputation writes (a fixed list: they are spliced into the statement). */
const TABLES = {
  request: { table: Prisma.raw(`"InformationRequest"`), columns: { dueDate: `"dueDate"`, completionDueDate: `"completionDueDate"` } },
  objection: { table: Prisma.raw(`"Objection"`), columns: { dueDate: `"dueDate"`, disputeDueDate: `"disputeDueDate"` } },
  task: { table: Prisma.raw(`"FollowUpTask"`), columns: { "followUpTask.dueDate": `"dueDate"` } },
} as const;

/**
 * The new dates, written in bulk: a holiday moves most running deadlines to a handful of new dates,
 * so the rows are grouped by what they get and each group is one statement (ids and the version
 * read as arrays), checked against its count: a row an officer changed since it was read fails the
 * whole change, as before.
 */
async function writePlans(tx: Tx, plans: RowPlan[]): Promise<void> {
  const groups = new Map<string, { model: Target["model"]; values: [string, string][]; plans: RowPlan[] }>();
  for (const plan of plans) {
    const values = plan.changes.map((c): [string, string] => [c.field, c.to]).sort(([x], [y]) => x.localeCompare(y));
    const key = `${plan.target.model}|${JSON.stringify(values)}`;
    const group = groups.get(key) ?? { model: plan.target.model, values, plans: [] };
    group.plans.push(plan);
    groups.set(key, group);
  }
  for (const { model, values, plans: members } of groups.values()) {
    const spec = TABLES[model];
    const set = Prisma.join(
      values.map(([field, to]) => Prisma.sql`${Prisma.raw((spec.columns as Record<string, string>)[field]!)} = ${to}::date`),
      ", ",
    );
    for (let i = 0; i < members.length; i += 5000) {
      const chunk = members.slice(i, i + 5000);
      const ids = chunk.map((p) => p.target.where.id);
      const count =
        model === "task"
          ? await tx.$executeRaw`
              UPDATE ${spec.table} AS t SET ${set}
              FROM unnest(${ids}::text[], ${chunk.map((p) => fromDbDate((p.target.where as { dueDate: Date }).dueDate))}::text[]) AS v(id, due)
              WHERE t."id" = v.id AND t."doneAt" IS NULL AND t."dueDate" = v.due::date`
          : await tx.$executeRaw`
              UPDATE ${spec.table} AS t SET ${set}, "updatedAt" = (now() AT TIME ZONE 'UTC')
              FROM unnest(${ids}::text[], ${chunk.map((p) => (p.target.where as { updatedAt: Date }).updatedAt.toISOString())}::text[]) AS v(id, version)
              WHERE t."id" = v.id AND t."updatedAt" = (v.version::timestamptz AT TIME ZONE 'UTC')`;
      if (count !== chunk.length) {
        const numbers = chunk.slice(0, 3).map((p) => p.caseNumber).join(", ");
        throw new UserError("CONFLICT", `Perkara berjalan (di antaranya ${numbers}) sedang diubah petugas lain saat batas waktu dihitung ulang. Silakan ulangi.`);
      }
    }
  }
}

/** "3 batas waktu dihitung ulang." for the administrator's confirmation. */
export function describeRecompute(summary: RecomputeSummary): string {
  if (summary.changed === 0) return "Tidak ada batas waktu perkara berjalan yang berubah.";
  return `${summary.changed} batas waktu dihitung ulang.`;
}
