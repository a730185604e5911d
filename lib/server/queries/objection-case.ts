import "server-only";
import { toOfficeLocalDate, workingDaysLeft, isOverdue } from "@/lib/domain/calendar";
import { caseInScope, caseScopeFor, type CaseActor } from "@/lib/domain/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { disputeFilingDeadlineOf, objectionContext } from "@/lib/server/services/objection-common";
import { fromDbDate } from "@/lib/domain/db-date";

// One objection with everything the Atasan reads before answering (docs/domain.md, Objections): the request,
// its letters (notices), documents, consequence test and log; the objection's own letters, log,
// follow-up orders and disputes; and where its deadlines stand. Outside the case scope: null.

const INCLUDE = {
  letters: { orderBy: [{ date: "asc" }, { createdAt: "asc" }] },
  attachments: { orderBy: { createdAt: "asc" } },
  events: { orderBy: [{ at: "asc" }, { id: "asc" }], include: { actor: { select: { name: true } } } },
  tasks: { orderBy: { createdAt: "asc" } },
  disputes: { orderBy: { createdAt: "asc" } },
  request: {
    include: {
      unit: { select: { name: true } },
      consequenceTest: true,
      letters: { orderBy: [{ date: "asc" }, { createdAt: "asc" }] },
      attachments: { orderBy: { createdAt: "asc" } },
      events: { orderBy: [{ at: "asc" }, { id: "asc" }], include: { actor: { select: { name: true } } } },
    },
  },
} satisfies Prisma.ObjectionInclude;

async function withStanding<T extends { status: string; grounds: string[]; dueDate: Date | null; answerDate: Date | null }>(objection: T, now: Date) {
  const config = await loadCalendarConfig();
  const today = toOfficeLocalDate(now, config.timeZone);
  const due = objection.dueDate ? fromDbDate(objection.dueDate) : null;
  const pending = objection.status === "RECEIVED" || objection.status === "UNDER_REVIEW";
  return {
    objection,
    today,
    timeZone: config.timeZone,
    context: objectionContext(objection, config, today),
    answer: due && pending ? { dueDate: due, daysLeft: workingDaysLeft(now, due, config), overdue: isOverdue(now, due, config.timeZone) } : null,
    // UU 14/2008 Pasal 37(2): from the answer, or from the end of the Atasan's period without one.
    disputeFilingDeadline: disputeFilingDeadlineOf(objection, config),
  };
}

export async function getObjectionCase(actor: CaseActor, id: string, now: Date) {
  if (id.length > 64) return null;
  const objection = await db().objection.findUnique({ where: { id }, include: INCLUDE });
  if (!objection || !caseInScope(caseScopeFor(actor), objection.request)) return null;
  return withStanding(objection, now);
}

/** The citizen's own objection by its number: the filter is the signed-in user's id. */
export async function getMyObjection(userId: string, number: string, now: Date) {
  const objection = await db().objection.findFirst({ where: { number, request: { requesterUserId: userId } }, include: INCLUDE });
  if (!objection) return null;
  return withStanding(objection, now);
}

export type ObjectionCase = NonNullable<Awaited<ReturnType<typeof getObjectionCase>>>;

export async function listMyObjections(userId: string) {
  return db().objection.findMany({
    where: { request: { requesterUserId: userId } },
    orderBy: [{ year: "desc" }, { sequence: "desc" }],
    select: { number: true, receivedDate: true, status: true, outcome: true, dueDate: true, request: { select: { number: true } } },
  });
}
