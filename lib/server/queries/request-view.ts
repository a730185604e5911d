import "server-only";
import { ruleWorkingDays, type CalendarConfig } from "@/lib/domain/calendar";
import { REQUEST_EVENT_LABELS } from "@/lib/domain/labels";
import { LETTERS, type LetterKind } from "@/lib/domain/letters";
import { deadlineStanding, requestContextAt, type DeadlineStanding } from "@/lib/domain/request-facts";
import { REQUEST_WORKFLOW, type RequestEvent, type RequestStatus } from "@/lib/domain/request-workflow";
import { availableTransitions } from "@/lib/domain/workflow";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { fromDbDate } from "@/lib/domain/db-date";
import type { RequestView } from "@/lib/view-types/requests";

// What the requester sees of a request (tracking page with number + access code, and the
// citizen's own area): status, history, deadlines, letters (objections are mounted by components/objections). Never staff names, notes
// meant for staff, or anyone's personal data (UU 27/2022 PDP): the log's notes are shown only for
// the events whose note is addressed to the requester.

const NOTE_FOR_REQUESTER: readonly string[] = ["REQUEST_COMPLETION", "EXTEND"];

const include = {
  events: { where: { caseKind: "REQUEST" }, orderBy: { at: "asc" }, select: { id: true, at: true, event: true, note: true } },
  letters: { orderBy: [{ date: "asc" }, { createdAt: "asc" }], select: { id: true, kind: true, number: true, date: true } },
} satisfies Prisma.InformationRequestInclude;

type Row = Prisma.InformationRequestGetPayload<{ include: typeof include }>;

export async function findRequestRow(where: Prisma.InformationRequestWhereUniqueInput) {
  return db().informationRequest.findUnique({ where, include });
}

export function toRequestView(r: Row, now: Date, config: CalendarConfig): RequestView {
  const dueDate = r.dueDate ? fromDbDate(r.dueDate) : null;
  const completionDue = r.completionDueDate ? fromDbDate(r.completionDueDate) : null;
  return {
    id: r.id,
    number: r.number,
    accessCode: r.accessCode,
    channel: r.channel,
    submittedAt: r.submittedAt.toISOString(),
    receivedDate: fromDbDate(r.receivedDate),
    status: r.status as RequestStatus,
    outcome: r.outcome,
    informationRequested: r.informationRequested,
    dueDate,
    dueRule: r.dueRule,
    extended: r.extendedAt !== null,
    deadline: deadlineStanding(r.status, dueDate, now, config),
    completion: r.status === "AWAITING_COMPLETION" ? deadlineStanding(r.status, completionDue, now, config) : null,
    responseWorkingDays: ruleWorkingDays("REQUEST_RESPONSE", config),
    timeline: r.events.flatMap((e) => {
      const label = REQUEST_EVENT_LABELS[e.event as RequestEvent]?.history;
      if (!label) return [];
      return [{ id: e.id, at: e.at.toISOString(), event: e.event, label, note: NOTE_FOR_REQUESTER.includes(e.event) ? e.note : null }];
    }),
    letters: r.letters.map((l) => ({ id: l.id, kind: l.kind, title: LETTERS[l.kind].title, number: l.number, date: fromDbDate(l.date) })),
  };
}

/** What the requester may do now, asked of the workflow table (the server asks it again). */
export function citizenActions(r: Pick<Row, "status" | "outcome" | "extendedAt" | "dueDate" | "completionDueDate">, now: Date, timeZone: string) {
  const ctx = requestContextAt(
    {
      outcome: r.outcome,
      extendedAt: r.extendedAt,
      dueDate: r.dueDate ? fromDbDate(r.dueDate) : null,
      completionDueDate: r.completionDueDate ? fromDbDate(r.completionDueDate) : null,
    },
    now,
    timeZone,
  );
  const events = availableTransitions(REQUEST_WORKFLOW, r.status as RequestStatus, "CITIZEN", ctx).map((t) => t.event);
  return { withdraw: events.includes("WITHDRAW"), submitCompletion: events.includes("SUBMIT_COMPLETION") };
}
