import "server-only";
import { computeDeadline, computeDisputeFilingDeadline, type CalendarConfig } from "@/lib/domain/calendar";
import { fromDbDate } from "@/lib/domain/db-date";
import { ATASAN_ORDER_RULE, followUpDueDate } from "@/lib/domain/follow-up";
import type { LetterKind } from "@/lib/domain/letters";
import { OPEN_REQUEST_STATUSES } from "@/lib/domain/request-workflow";
import type { Tx } from "@/lib/server/db";

// What a calendar change does to each running deadline (lib/server/services/recompute-open-deadlines.ts),
// planned a chunk of cases at a time: the open cases' ids are read first (ids only, in the order
// they are planned), then each chunk's rows, so a register with 100,000 cases open never holds all
// their rows, plans and events at once (the whole set took ~500 MB of heap the process then kept).

export type DeadlineField = "dueDate" | "completionDueDate" | "disputeDueDate" | "followUpTask.dueDate";
/** `letter`: the kind of the case's letter that states this date to the requester, if any. */
export type FieldChange = { field: DeadlineField; label: string; from: string | null; to: string; letter?: LetterKind };
/** The row a plan writes, and what it must still look like (nobody changed it since it was read). */
export type Target =
  | { model: "request"; where: { id: string; updatedAt: Date } }
  | { model: "objection"; where: { id: string; updatedAt: Date } }
  | { model: "task"; where: { id: string; doneAt: null; dueDate: Date } };
export type RowPlan = {
  caseKind: "REQUEST" | "OBJECTION";
  caseId: string;
  caseNumber: string;
  status: string;
  changes: FieldChange[];
  extra?: Record<string, string>;
  target: Target;
};
export type PlanSource = (tx: Tx, config: CalendarConfig) => AsyncGenerator<RowPlan[]>;

/** Cases per chunk: read, planned, written and logged together, then dropped. */
export const RECOMPUTE_CHUNK = 5000;

function diff(field: DeadlineField, label: string, stored: Date | null, to: string, letter?: LetterKind): FieldChange[] {
  const from = stored ? fromDbDate(stored) : null;
  return from === to ? [] : [{ field, label, from, to, ...(letter ? { letter } : {}) }];
}

async function* chunked<T>(ids: { id: string }[], read: (chunk: string[]) => Promise<T[]>): AsyncGenerator<T[]> {
  for (let i = 0; i < ids.length; i += RECOMPUTE_CHUNK) {
    yield await read(ids.slice(i, i + RECOMPUTE_CHUNK).map((r) => r.id));
  }
}

const OPEN_REQUEST = { status: { in: [...OPEN_REQUEST_STATUSES] } };

export async function* requestPlans(tx: Tx, config: CalendarConfig): AsyncGenerator<RowPlan[]> {
  const ids = await tx.informationRequest.findMany({ where: OPEN_REQUEST, select: { id: true }, orderBy: [{ submittedAt: "asc" }, { id: "asc" }] });
  yield* chunked(ids, async (chunk) => {
    // A case closed since its id was read is no longer open: the status is checked again.
    const rows = await tx.informationRequest.findMany({
      where: { id: { in: chunk }, ...OPEN_REQUEST },
      select: {
        id: true, number: true, status: true, submittedAt: true, extendedAt: true, dueDate: true, dueRule: true,
        completionRequestedOn: true, completionDueDate: true, updatedAt: true,
      },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    });
    // The Atasan's orders of the few reopened requests, read for those only.
    const reopened = rows.filter((r) => r.dueRule === ATASAN_ORDER_RULE).map((r) => r.id);
    const orders = new Map<string, { answerDate: Date | null; orderPeriodDays: number | null }>();
    if (reopened.length > 0) {
      const tasks = await tx.followUpTask.findMany({
        where: { requestId: { in: reopened }, doneAt: null },
        orderBy: { createdAt: "desc" },
        select: { requestId: true, objection: { select: { answerDate: true, orderPeriodDays: true } } },
      });
      for (const t of tasks) if (!orders.has(t.requestId)) orders.set(t.requestId, t.objection);
    }
    return rows.map((r): RowPlan => {
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
      return { caseKind: "REQUEST", caseId: r.id, caseNumber: r.number, status: r.status, changes, target: { model: "request", where: { id: r.id, updatedAt: r.updatedAt } } };
    });
  });
}

const OPEN_OBJECTION = { status: { not: "CLOSED" as const } };

export async function* objectionPlans(tx: Tx, config: CalendarConfig): AsyncGenerator<RowPlan[]> {
  const ids = await tx.objection.findMany({ where: OPEN_OBJECTION, select: { id: true }, orderBy: [{ submittedAt: "asc" }, { id: "asc" }] });
  yield* chunked(ids, async (chunk) => {
    const rows = await tx.objection.findMany({
      where: { id: { in: chunk }, ...OPEN_OBJECTION },
      select: { id: true, number: true, status: true, submittedAt: true, dueDate: true, answerDate: true, answerReceivedOn: true, disputeDueDate: true, updatedAt: true },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    });
    return rows.map((o): RowPlan => {
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
      return { caseKind: "OBJECTION", caseId: o.id, caseNumber: o.number, status: o.status, changes, target: { model: "objection", where: { id: o.id, updatedAt: o.updatedAt } } };
    });
  });
}

export async function* followUpTaskPlans(tx: Tx, config: CalendarConfig): AsyncGenerator<RowPlan[]> {
  const ids = await tx.followUpTask.findMany({ where: { doneAt: null }, select: { id: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  yield* chunked(ids, async (chunk) => {
    const rows = await tx.followUpTask.findMany({
      where: { id: { in: chunk }, doneAt: null },
      select: {
        id: true, description: true, dueDate: true,
        objection: { select: { answerDate: true, orderPeriodDays: true } },
        request: { select: { id: true, number: true, status: true } },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    return rows.flatMap((t): RowPlan[] => {
      const { answerDate, orderPeriodDays } = t.objection;
      if (!answerDate || orderPeriodDays === null) return [];
      const due = followUpDueDate(fromDbDate(answerDate), orderPeriodDays, config);
      const label = `Batas waktu tindak lanjut "${t.description.slice(0, 80)}"`;
      return [{
        caseKind: "REQUEST", caseId: t.request.id, caseNumber: t.request.number, status: t.request.status,
        changes: diff("followUpTask.dueDate", label, t.dueDate, due), extra: { taskId: t.id },
        target: { model: "task", where: { id: t.id, doneAt: null, dueDate: t.dueDate } },
      }];
    });
  });
}
