import "server-only";
import { db } from "@/lib/server/db";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { disputeFilingDeadlineOf } from "@/lib/server/services/objection-common";
import { fromDbDate } from "@/lib/domain/db-date";
import type { ChainObjection } from "@/lib/view-types/objections";

// The objections of one request and their disputes, with every deadline, for the requester's
// views (tracking page, account). The CALLER checks access (access code or ownership); nothing
// here shows staff names or personal data beyond what the requester filed.

export async function objectionChainForRequest(requestId: string): Promise<ChainObjection[]> {
  const rows = await db().objection.findMany({
    where: { requestId },
    orderBy: [{ year: "asc" }, { sequence: "asc" }],
    include: {
      letters: { orderBy: [{ date: "asc" }, { createdAt: "asc" }], select: { id: true, kind: true, number: true, date: true } },
      tasks: { orderBy: { createdAt: "asc" } },
      disputes: { orderBy: { createdAt: "asc" }, include: { courtStages: { orderBy: { createdAt: "asc" } } } },
    },
  });
  if (rows.length === 0) return [];
  const config = await loadCalendarConfig();
  return rows.map((o) => ({
    number: o.number,
    receivedDate: fromDbDate(o.receivedDate),
    dueDate: o.dueDate ? fromDbDate(o.dueDate) : null,
    status: o.status,
    outcome: o.outcome,
    answerDate: o.answerDate ? fromDbDate(o.answerDate) : null,
    disputeFilingDeadline: o.outcome === "WITHDRAWN" || o.outcome === "SETTLED" ? null : disputeFilingDeadlineOf(o, config),
    requesterResponse: o.requesterResponse,
    answerReceivedOn: o.answerReceivedOn ? fromDbDate(o.answerReceivedOn) : null,
    letters: o.letters,
    tasks: o.tasks.map((t) => ({ description: t.description, dueDate: fromDbDate(t.dueDate), done: t.doneAt !== null })),
    disputes: o.disputes.map((d) => ({
      filedOn: fromDbDate(d.filedOn),
      commission: d.commission,
      registerNumber: d.registerNumber,
      status: d.status,
      outcome: d.outcome,
      courts: d.courtStages.map((c) => ({
        courtName: c.courtName,
        registerNumber: c.registerNumber,
        filedOn: fromDbDate(c.filedOn),
        rulingDate: c.rulingDate ? fromDbDate(c.rulingDate) : null,
        rulingText: c.rulingText,
      })),
    })),
  }));
}
