import "server-only";
import { cache } from "react";
import { caseScopeFor, type CaseActor } from "@/lib/domain/permissions";
import type { Role } from "@/lib/domain/roles";
import { buildWorkQueue, queueStatuses, type WorkCandidate, type WorkItem } from "@/lib/domain/work-queue";
import type { ObjectionStatus } from "@/lib/domain/objection-workflow";
import type { RequestStatus } from "@/lib/domain/request-workflow";
import { db } from "@/lib/server/db";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { scopeWhere } from "@/lib/server/queries/request-register";
import { fromDbDateOrNull } from "@/lib/domain/db-date";

// "Tugas saya" (lib/domain/work-queue.ts): the open cases in the user's case scope whose state can
// put them in the role's queue; the domain decides which of them wait for this user.

export type WorkQueueActor = CaseActor & { role: Role };

const MAX_CANDIDATES = 2_000;

async function loadCandidates(actor: WorkQueueActor): Promise<WorkCandidate[]> {
  const statuses = queueStatuses(actor.role);
  const scope = scopeWhere(caseScopeFor(actor));
  const [requests, objections] = await Promise.all([
    statuses.REQUEST.length === 0
      ? []
      : db().informationRequest.findMany({
          where: { AND: [scope, { status: { in: statuses.REQUEST as RequestStatus[] } }] },
          select: {
            id: true, number: true, status: true, requesterName: true, informationRequested: true,
            dueDate: true, dueRule: true, completionDueDate: true,
          },
          orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }],
          take: MAX_CANDIDATES,
        }),
    statuses.OBJECTION.length === 0
      ? []
      : db().objection.findMany({
          where: { AND: [{ request: scope }, { status: { in: statuses.OBJECTION as ObjectionStatus[] } }] },
          select: {
            id: true, number: true, status: true, dueDate: true,
            request: { select: { requesterName: true, informationRequested: true } },
          },
          orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }],
          take: MAX_CANDIDATES,
        }),
  ]);
  return [
    ...requests.map((r): WorkCandidate => ({
      kind: "REQUEST", id: r.id, number: r.number, status: r.status, requesterName: r.requesterName,
      summary: r.informationRequested, dueDate: fromDbDateOrNull(r.dueDate), dueRule: r.dueRule, completionDueDate: fromDbDateOrNull(r.completionDueDate),
    })),
    ...objections.map((o): WorkCandidate => ({
      kind: "OBJECTION", id: o.id, number: o.number, status: o.status, requesterName: o.request.requesterName,
      summary: o.request.informationRequested, dueDate: fromDbDateOrNull(o.dueDate), dueRule: null, completionDueDate: null,
    })),
  ];
}

/** The user's queue at `now`, overdue first (one query per case kind). */
export async function loadWorkQueue(actor: WorkQueueActor, now: Date): Promise<WorkItem[]> {
  const [candidates, config] = await Promise.all([loadCandidates(actor), loadCalendarConfig()]);
  return buildWorkQueue(actor.role, candidates, now, config);
}

// Cached per server request by primitive keys, so the menu and the dashboard share one load.
const cachedQueue = cache((role: Role, userId: string, unitId: string | null) => loadWorkQueue({ role, userId, unitId }, new Date()));

export function getWorkQueue(actor: WorkQueueActor): Promise<WorkItem[]> {
  return cachedQueue(actor.role, actor.userId, actor.unitId);
}

/** For the back-office menu: how many tasks wait, and how many of them are overdue. */
export async function countWorkQueue(actor: WorkQueueActor): Promise<{ total: number; overdue: number }> {
  const items = await getWorkQueue(actor);
  return { total: items.length, overdue: items.filter((i) => i.standing?.overdue).length };
}
