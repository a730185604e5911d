import "server-only";
import type { CaseScope } from "@/lib/domain/permissions";
import { lettersOfArticle } from "@/lib/domain/report-letters";
import type { ReportRows } from "@/lib/domain/report-figures";
import type { ReportDisputeRow, ReportObjectionRow, ReportRequestRow, ReportUnit } from "@/lib/domain/report-rows";
import type { RequesterType } from "@/lib/domain/request-intake";
import { OPEN_REQUEST_STATUSES, type RequestChannel, type RequestOutcome, type RequestStatus } from "@/lib/domain/request-workflow";
import type { ObjectionGround } from "@/lib/domain/objection-grounds";
import type { ObjectionOutcome, ObjectionStatus } from "@/lib/domain/objection-workflow";
import type { DisputeOutcome, DisputeStatus } from "@/lib/domain/dispute-workflow";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { fromDbDate, toDbDate } from "@/lib/domain/db-date";

// The register read as the plain rows of lib/domain/report-rows.ts: only the fields the figures
// need, never a name, NIK, contact or address. One loader for the report, the dashboard and the
// public Statistik page.


export type RowRange = { from: string; to: string };

/** Requests of the range (by receipt date) in the scope; `alsoOpen` adds every running request. */
function requestWhere(scope: Prisma.InformationRequestWhereInput, range: RowRange | null, alsoOpen: boolean): Prisma.InformationRequestWhereInput {
  const inRange: Prisma.InformationRequestWhereInput = range ? { receivedDate: { gte: toDbDate(range.from), lte: toDbDate(range.to) } } : {};
  if (!alsoOpen) return { AND: [scope, inRange] };
  return { AND: [scope, { OR: [inRange, { status: { in: [...OPEN_REQUEST_STATUSES] } }] }] };
}

export function scopeToWhere(scope: CaseScope): Prisma.InformationRequestWhereInput {
  if (scope.kind === "all") return {};
  if (scope.kind === "unit") return { unitId: scope.unitId };
  if (scope.kind === "own") return { requesterUserId: scope.userId };
  return { id: { in: [] } };
}

export async function loadReportUnits(): Promise<ReportUnit[]> {
  const units = await db().unit.findMany({ orderBy: [{ kind: "asc" }, { name: "asc" }], select: { code: true, name: true, kind: true, active: true } });
  return units.map((u) => ({ code: u.code, name: u.name, kind: u.kind }));
}

export async function loadReportRows(scope: CaseScope, range: RowRange | null, options: { alsoOpen?: boolean } = {}): Promise<ReportRows> {
  const scoped = scopeToWhere(scope);
  const [requests, objections, disputes] = await Promise.all([
    db().informationRequest.findMany({
      where: requestWhere(scoped, range, options.alsoOpen ?? false),
      select: {
        id: true, channel: true, requesterType: true, status: true, outcome: true, receivedDate: true, noticeDate: true,
        dueDate: true, extendedAt: true, refusalArticle: true, unit: { select: { code: true } },
        consequenceTest: { select: { pasal17Letters: true, otherLegalBasis: true } },
      },
    }),
    db().objection.findMany({
      where: { request: scoped, ...(range ? { receivedDate: { gte: toDbDate(range.from), lte: toDbDate(range.to) } } : {}) },
      select: { id: true, grounds: true, status: true, outcome: true, receivedDate: true, answerDate: true, request: { select: { unit: { select: { code: true } } } } },
    }),
    db().dispute.findMany({
      where: { objection: { request: scoped }, ...(range ? { filedOn: { gte: toDbDate(range.from), lte: toDbDate(range.to) } } : {}) },
      select: { id: true, status: true, outcome: true, filedOn: true, objection: { select: { request: { select: { unit: { select: { code: true } } } } } } },
    }),
  ]);
  return {
    requests: requests.map((r): ReportRequestRow => {
      const letters = lettersOfArticle(r.refusalArticle);
      return {
        id: r.id,
        unitCode: r.unit?.code ?? null,
        channel: r.channel as RequestChannel,
        requesterType: r.requesterType as RequesterType,
        status: r.status as RequestStatus,
        outcome: (r.outcome as RequestOutcome | null) ?? null,
        receivedDate: fromDbDate(r.receivedDate),
        noticeDate: r.noticeDate ? fromDbDate(r.noticeDate) : null,
        dueDate: r.dueDate ? fromDbDate(r.dueDate) : null,
        extended: r.extendedAt !== null,
        // The decision's own letters; the consequence test's when the article was not stored.
        pasal17Letters: letters.length > 0 ? letters : (r.consequenceTest?.pasal17Letters ?? []),
        otherLaw: r.consequenceTest?.otherLegalBasis?.trim() || null,
      };
    }),
    objections: objections.map((o): ReportObjectionRow => ({
      id: o.id,
      unitCode: o.request.unit?.code ?? null,
      grounds: o.grounds as ObjectionGround[],
      status: o.status as ObjectionStatus,
      outcome: (o.outcome as ObjectionOutcome | null) ?? null,
      receivedDate: fromDbDate(o.receivedDate),
      answerDate: o.answerDate ? fromDbDate(o.answerDate) : null,
    })),
    disputes: disputes.map((d): ReportDisputeRow => ({
      id: d.id,
      unitCode: d.objection.request.unit?.code ?? null,
      status: d.status as DisputeStatus,
      outcome: (d.outcome as DisputeOutcome | null) ?? null,
      filedOn: fromDbDate(d.filedOn),
    })),
  };
}
