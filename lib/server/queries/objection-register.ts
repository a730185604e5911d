import "server-only";
import { isOverdue, toOfficeLocalDate, workingDaysLeft } from "@/lib/domain/calendar";
import { OBJECTION_OUTCOME_LABELS, OBJECTION_STATUS_LABELS } from "@/lib/domain/labels";
import { GROUND_LETTERS, type ObjectionGround } from "@/lib/domain/objection-grounds";
import type { ObjectionOutcome, ObjectionStatus } from "@/lib/domain/objection-workflow";
import { caseScopeFor, type CaseActor } from "@/lib/domain/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ObjectionRegisterQuery } from "@/lib/schemas/objection-register-query";
import { db } from "@/lib/server/db";
import { getCalendarConfig } from "@/lib/server/queries/calendar";
import { REGISTER_COUNT_CAP } from "@/lib/server/queries/request-register-search";
import { scopeWhere } from "@/lib/server/queries/request-register";
import { fromDbDate, toDbDate } from "@/lib/domain/db-date";
import type { ObjectionRegisterRow } from "@/lib/view-types/objections";

// The objection register (register keberatan, Perki 1/2021): the statutory columns — objection
// number and date, requester or proxy, request number, information requested, purpose, grounds,
// the Atasan's decision, date of answer, the Atasan's name and position, the requester's response.

const PENDING: ObjectionStatus[] = ["RECEIVED", "UNDER_REVIEW"];
export const MAX_OBJECTION_ROWS = 5_000;

function where(actor: CaseActor, query: ObjectionRegisterQuery, today: string): Prisma.ObjectionWhereInput {
  const scope = caseScopeFor(actor);
  // The whole office sees every objection: no join to the requests just to say so.
  const and: Prisma.ObjectionWhereInput[] = scope.kind === "all" ? [] : [{ request: scopeWhere(scope) }];
  if (query.tahun) and.push({ year: query.tahun });
  if (query.status) and.push({ status: query.status });
  // Overdue = the end of the due date (office-local) has passed: the due date is before today.
  if (query.terlambat) and.push({ status: { in: PENDING }, dueDate: { lt: toDbDate(today) } });
  if (query.q) {
    const contains = { contains: query.q, mode: "insensitive" as const };
    and.push({ OR: [{ number: contains }, { proxyName: contains }, { request: { number: contains } }, { request: { requesterName: contains } }] });
  }
  return { AND: and };
}

const RESPONSES: Record<string, string> = { ACCEPTED: "Menerima tanggapan", ESCALATED: "Mengajukan sengketa ke Komisi Informasi" };

const INCLUDE = {
  request: { select: { id: true, number: true, requesterName: true, informationRequested: true, address: true, phone: true, email: true, occupation: true } },
} satisfies Prisma.ObjectionInclude;

/**
 * The register, newest first: every row (up to MAX_OBJECTION_ROWS) for the export, or one page of
 * `paged.pageSize` for the screen, with the total (counted up to REGISTER_COUNT_CAP, as the request
 * register does).
 */
export async function listObjectionRegister(actor: CaseActor, query: ObjectionRegisterQuery, now: Date, paged?: { pageSize: number }) {
  const config = await getCalendarConfig();
  const today = toOfficeLocalDate(now, config.timeZone);
  const clause = where(actor, query, today);
  const orderBy: Prisma.ObjectionOrderByWithRelationInput[] = [{ year: "desc" }, { sequence: "desc" }];
  // The ground filter is applied here: array operators on enum arrays are not portable across our
  // adapters. With it, the page is cut from the filtered rows; without, the database pages.
  const byGround = (rows: Prisma.ObjectionGetPayload<{ include: typeof INCLUDE }>[]) => (query.alasan ? rows.filter((o) => o.grounds.includes(query.alasan!)) : rows);
  let filtered: Prisma.ObjectionGetPayload<{ include: typeof INCLUDE }>[];
  let total: number;
  let totalIsAtLeast = false;
  let page = 1;
  if (!paged) {
    filtered = byGround(await db().objection.findMany({ where: clause, orderBy, take: MAX_OBJECTION_ROWS, include: INCLUDE }));
    total = filtered.length;
  } else if (query.alasan) {
    const all = byGround(await db().objection.findMany({ where: clause, orderBy, take: MAX_OBJECTION_ROWS, include: INCLUDE }));
    total = all.length;
    page = Math.min(query.halaman ?? 1, Math.max(1, Math.ceil(total / paged.pageSize)));
    filtered = all.slice((page - 1) * paged.pageSize, page * paged.pageSize);
  } else {
    // Ordered along the index that serves the filter, so the capped count stops early (as the request register's).
    const countOrder: Prisma.ObjectionOrderByWithRelationInput[] = query.status || query.terlambat ? [{ status: "asc" }, { dueDate: "asc" }] : orderBy;
    const counted = await db().objection.count({ where: clause, orderBy: countOrder, take: REGISTER_COUNT_CAP + 1 });
    totalIsAtLeast = counted > REGISTER_COUNT_CAP;
    total = Math.min(counted, REGISTER_COUNT_CAP);
    page = Math.min(query.halaman ?? 1, Math.max(1, Math.ceil(total / paged.pageSize)));
    filtered = await db().objection.findMany({ where: clause, orderBy, skip: (page - 1) * paged.pageSize, take: paged.pageSize, include: INCLUDE });
  }
  const pageCount = Math.max(1, Math.ceil(total / (paged?.pageSize ?? Math.max(1, total))));
  const result: ObjectionRegisterRow[] = filtered.map((o) => {
    const status = o.status as ObjectionStatus;
    const dueDate = o.dueDate ? fromDbDate(o.dueDate) : null;
    return {
      id: o.id,
      number: o.number,
      receivedDate: fromDbDate(o.receivedDate),
      submittedAt: o.submittedAt,
      objector: o.proxyName ? `${o.request.requesterName} (kuasa: ${o.proxyName})` : o.request.requesterName,
      requesterName: o.request.requesterName,
      address: o.request.address,
      phone: o.request.phone,
      email: o.request.email,
      occupation: o.request.occupation,
      proxyName: o.proxyName,
      proxyAddress: o.proxyAddress,
      windowWarning: o.windowWarning,
      requestId: o.request.id,
      requestNumber: o.request.number,
      informationRequested: o.request.informationRequested,
      purpose: o.purpose,
      grounds: (o.grounds as ObjectionGround[]).map((g) => GROUND_LETTERS[g]).join(", "),
      status,
      statusLabel: OBJECTION_STATUS_LABELS[status],
      decision: o.outcome ? OBJECTION_OUTCOME_LABELS[o.outcome as ObjectionOutcome] : null,
      answerDate: o.answerDate ? fromDbDate(o.answerDate) : null,
      atasan: o.atasanName ? `${o.atasanName}, ${o.atasanPosition ?? "Atasan PPID"}` : null,
      response: o.requesterResponse ? RESPONSES[o.requesterResponse] ?? o.requesterResponse : null,
      dueDate,
      overdue: PENDING.includes(status) && dueDate !== null && isOverdue(now, dueDate, config.timeZone),
      daysLeft: PENDING.includes(status) && dueDate !== null ? workingDaysLeft(now, dueDate, config) : null,
      disputeDueDate: o.disputeDueDate ? fromDbDate(o.disputeDueDate) : null,
    };
  });
  return { rows: result, total, totalIsAtLeast, page, pageCount, today, timeZone: config.timeZone };
}
