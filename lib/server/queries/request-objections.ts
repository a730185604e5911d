import "server-only";
import { isOverdue, workingDaysLeft } from "@/lib/domain/calendar";
import { fromDbDate, fromDbDateOrNull } from "@/lib/domain/db-date";
import type { ObjectionStatus } from "@/lib/domain/objection-workflow";
import { db } from "@/lib/server/db";
import { getCalendarConfig } from "@/lib/server/queries/calendar";
import { objectionChainForRequest } from "@/lib/server/queries/objection-chain";
import { groundsForRequest } from "@/lib/server/queries/objection-facts";
import { getOffice } from "@/lib/server/queries/office";
import type { OfficeRequestObjectionsView, RequesterObjectionsView } from "@/lib/view-types/objections";

/**
 * The objections of one request for the requester (UU 14/2008 Pasal 35-37). The CALLER has checked
 * access (ownership, or number + access code). `offerObjection`: the requester's own account page,
 * where "Ajukan keberatan" is offered while a ground can be used today.
 */
export async function loadRequesterObjections(requestId: string, { offerObjection, now }: { offerObjection: boolean; now: Date }): Promise<RequesterObjectionsView> {
  const [chain, office] = await Promise.all([objectionChainForRequest(requestId), getOffice()]);
  const request = offerObjection ? await db().informationRequest.findUnique({ where: { id: requestId } }) : null;
  const canObject = request !== null && groundsForRequest(request, await getCalendarConfig(), now).availability.some((a) => a.available);
  return { chain, komisi: office.komisiInformasi, objectableRequestNumber: canObject ? request.number : null };
}

/** A request's objections and the Atasan's orders with their working days left, for the case page. */
export async function loadOfficeRequestObjections(requestId: string, now: Date): Promise<OfficeRequestObjectionsView> {
  const [objections, tasks, config] = await Promise.all([
    db().objection.findMany({ where: { requestId }, orderBy: [{ year: "asc" }, { sequence: "asc" }], select: { id: true, number: true, status: true, outcome: true, dueDate: true } }),
    db().followUpTask.findMany({ where: { requestId }, orderBy: { createdAt: "asc" } }),
    getCalendarConfig(),
  ]);
  return {
    objections: objections.map((o) => ({ id: o.id, number: o.number, status: o.status as ObjectionStatus, outcome: o.outcome, dueDate: fromDbDateOrNull(o.dueDate) })),
    tasks: tasks.map((t) => {
      const due = fromDbDate(t.dueDate);
      return { id: t.id, description: t.description, dueDate: t.dueDate, doneAt: t.doneAt, doneNote: t.doneNote, daysLeft: workingDaysLeft(now, due, config), overdue: isOverdue(now, due, config.timeZone) };
    }),
    timeZone: config.timeZone,
  };
}
