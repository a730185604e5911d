import "server-only";
import { kiPeriods } from "@/lib/domain/court-stages";
import { courtStageView } from "@/lib/server/queries/court-stages";
import { toOfficeLocalDate } from "@/lib/domain/calendar";
import { caseInScope, caseScopeFor, type CaseActor } from "@/lib/domain/permissions";
import { db } from "@/lib/server/db";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { scopeWhere } from "@/lib/server/queries/request-register";
import { disputeFilingDeadlineOf } from "@/lib/server/services/objection-common";
import { fromDbDate } from "@/lib/domain/db-date";

// Disputes before the Komisi Informasi (UU 14/2008 Pasal 37-40) as the body records them.

export async function listDisputes(actor: CaseActor) {
  return db().dispute.findMany({
    where: { objection: { request: scopeWhere(caseScopeFor(actor)) } },
    orderBy: [{ filedOn: "desc" }, { createdAt: "desc" }],
    include: { objection: { select: { id: true, number: true, request: { select: { number: true, requesterName: true } } } } },
  });
}

export async function getDisputeCase(actor: CaseActor, id: string) {
  if (id.length > 64) return null;
  const dispute = await db().dispute.findUnique({
    where: { id },
    include: {
      attachments: { orderBy: { createdAt: "asc" } },
      courtStages: { orderBy: { createdAt: "asc" } },
      events: { orderBy: [{ at: "asc" }, { id: "asc" }], include: { actor: { select: { name: true } } } },
      objection: { include: { request: true, letters: { orderBy: [{ date: "asc" }, { createdAt: "asc" }] } } },
    },
  });
  if (!dispute || !caseInScope(caseScopeFor(actor), dispute.objection.request)) return null;
  const config = await loadCalendarConfig();
  return {
    dispute,
    timeZone: config.timeZone,
    disputeFilingDeadline: disputeFilingDeadlineOf(dispute.objection, config),
    // UU 14/2008 Pasal 38: the KI's own periods, as information.
    kiPeriods: kiPeriods(fromDbDate(dispute.filedOn), config),
    courtStages: dispute.courtStages.map(courtStageView),
  };
}

export type EligibleObjection = { id: string; number: string; requestNumber: string; requesterName: string; answerDate: string | null; deadline: string | null };

/**
 * Objections a dispute may be recorded for: answered (or past the Atasan's period without an
 * answer), not withdrawn or settled, and without a dispute on record yet.
 */
export async function eligibleObjections(actor: CaseActor, now: Date): Promise<EligibleObjection[]> {
  const config = await loadCalendarConfig();
  const today = toOfficeLocalDate(now, config.timeZone);
  const rows = await db().objection.findMany({
    where: {
      request: scopeWhere(caseScopeFor(actor)),
      OR: [{ outcome: null }, { outcome: { notIn: ["WITHDRAWN", "SETTLED"] } }],
      disputes: { none: { OR: [{ outcome: null }, { outcome: { not: "WITHDRAWN" } }] } },
    },
    orderBy: [{ year: "desc" }, { sequence: "desc" }],
    include: { request: { select: { number: true, requesterName: true } } },
    take: 500,
  });
  return rows
    .filter((o) => o.answerDate !== null || (o.dueDate !== null && fromDbDate(o.dueDate) < today))
    .map((o) => ({
      id: o.id,
      number: o.number,
      requestNumber: o.request.number,
      requesterName: o.request.requesterName,
      answerDate: o.answerDate ? fromDbDate(o.answerDate) : null,
      deadline: disputeFilingDeadlineOf(o, config),
    }));
}
