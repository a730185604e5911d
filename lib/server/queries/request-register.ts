import "server-only";
import { addWorkingDays, toOfficeLocalDate, type CalendarConfig } from "@/lib/domain/calendar";
import { isAtasanOrderRule } from "@/lib/domain/follow-up";
import { formatDateId } from "@/lib/domain/format-date";
import { REQUEST_CHANNEL_LABELS, REQUEST_OUTCOME_LABELS, REQUEST_STATUS_LABELS } from "@/lib/domain/labels";
import { caseScopeFor, type CaseActor, type CaseScope } from "@/lib/domain/permissions";
import { deadlineStanding, type DeadlineStanding } from "@/lib/domain/request-facts";
import { deliveryMethodLabel, obtainMethodLabel } from "@/lib/domain/request-form-labels";
import { OPEN_REQUEST_STATUSES, type RequestChannel, type RequestOutcome, type RequestStatus } from "@/lib/domain/request-workflow";
import type { Prisma } from "@/lib/generated/prisma/client";
import { REGISTER_OPEN, type RequestRegisterQuery } from "@/lib/schemas/request-register-query";
import { db } from "@/lib/server/db";
import { getCalendarConfig } from "@/lib/server/queries/calendar";
import { REGISTER_COUNT_CAP, requestSearch } from "@/lib/server/queries/request-register-search";
import { listRequestYears } from "@/lib/server/queries/request-years";
import { fromDbDate, toDbDate } from "@/lib/domain/db-date";
import type { RegisterRow, RegisterPage } from "@/lib/view-types/requests";

// The request register (buku register permohonan, Perki 1/2021): every request in the user's case
// scope (a PPID Pelaksana: only requests forwarded to their unit) with the register's columns.

export const MAX_EXPORT_ROWS = 10_000;

const OPEN = [...OPEN_REQUEST_STATUSES];

/** The case scope as a WHERE clause ("none": matches nothing). */
export function scopeWhere(scope: CaseScope): Prisma.InformationRequestWhereInput {
  if (scope.kind === "all") return {};
  if (scope.kind === "unit") return { unitId: scope.unitId };
  if (scope.kind === "own") return { requesterUserId: scope.userId };
  return { id: { in: [] } };
}

/** The filters; `matched`: how many rows they match, when a word search is the only filter. */
async function filterWhere(query: RequestRegisterQuery, today: string, config: CalendarConfig): Promise<{ and: Prisma.InformationRequestWhereInput[]; matched: number | null }> {
  const and: Prisma.InformationRequestWhereInput[] = [];
  if (query.status === REGISTER_OPEN) and.push({ status: { in: OPEN } });
  else if (query.status) and.push({ status: query.status });
  if (query.unit) and.push({ unit: { code: query.unit } });
  if (query.channel) and.push({ channel: query.channel });
  if (query.outcome) and.push({ outcome: query.outcome });
  if (query.year) and.push({ year: query.year });
  if (query.receivedFrom) and.push({ receivedDate: { gte: toDbDate(query.receivedFrom) } });
  if (query.receivedTo) and.push({ receivedDate: { lte: toDbDate(query.receivedTo) } });
  if (query.noUnit) and.push({ unitId: null });
  // Overdue = the end of the due date (office-local) has passed, i.e. the due date is before today.
  if (query.overdue) and.push({ status: { in: OPEN }, dueDate: { lt: toDbDate(today) } });
  if (query.dueWithin !== undefined) {
    // Due dates are working days, so "at most N working days left" = due on or before the Nth one.
    const last = query.dueWithin === 0 ? today : addWorkingDays(today, query.dueWithin, config).date;
    and.push({ status: { in: OPEN }, dueDate: { gte: toDbDate(today), lte: toDbDate(last) } });
  }
  if (!query.q) return { and, matched: null };
  const search = await requestSearch(query.q);
  return { and: [...and, search.where], matched: and.length === 0 ? search.matched : null };
}

function orderBy(query: RequestRegisterQuery): Prisma.InformationRequestOrderByWithRelationInput[] {
  const dir = query.direction === "naik" ? "asc" : "desc";
  const byNumber: Prisma.InformationRequestOrderByWithRelationInput[] = [{ year: dir }, { sequence: dir }];
  if (query.sort === "diterima") return [{ submittedAt: dir }, ...byNumber];
  if (query.sort === "tenggat") return [{ dueDate: { sort: dir, nulls: "last" } }, ...byNumber];
  if (query.sort === "pemohon") return [{ requesterName: dir }, ...byNumber];
  if (query.sort === "status") return [{ status: dir }, ...byNumber];
  return byNumber;
}

const SELECT = {
  id: true, number: true, receivedDate: true, submittedAt: true, requesterName: true, address: true, phone: true, email: true,
  occupation: true, informationRequested: true, purpose: true, holdingBody: true, obtainMethod: true,
  deliveryMethod: true, informationForm: true, medium: true, channel: true, status: true, outcome: true,
  refusalArticle: true, noticeDate: true, deliveredOn: true, feeAmount: true, paymentMethod: true, dueDate: true, dueRule: true, extendedAt: true,
  unit: { select: { name: true } },
} satisfies Prisma.InformationRequestSelect;

/** A row and whether it was forwarded at least once (until then the unit is the requester's suggestion). */
type Selected = Prisma.InformationRequestGetPayload<{ select: typeof SELECT }> & { forwarded: boolean };

/**
 * The rows with their "forwarded" flag, read for these rows only: a relation count in the select
 * made PostgreSQL aggregate every FORWARD_TO_UNIT event of the register on each page (100+ ms at a
 * million requests).
 */
async function withForwarded(rows: Prisma.InformationRequestGetPayload<{ select: typeof SELECT }>[]): Promise<Selected[]> {
  const ids = rows.filter((r) => r.unit && !r.outcome).map((r) => r.id);
  const forwarded = ids.length === 0
    ? []
    : await db().caseEvent.findMany({ where: { requestId: { in: ids }, event: "FORWARD_TO_UNIT" }, select: { requestId: true }, distinct: ["requestId"] });
  const set = new Set(forwarded.map((e) => e.requestId));
  return rows.map((r) => ({ ...r, forwarded: set.has(r.id) }));
}

function heldText(r: Selected): string {
  if (r.outcome === "NOT_HELD") return `Tidak dikuasai${r.holdingBody ? `; dikuasai oleh ${r.holdingBody}` : "; badan publik yang menguasai tidak diketahui"}`;
  if (r.outcome === "GRANTED_FULL" || r.outcome === "GRANTED_PARTIAL" || r.outcome === "REJECTED") {
    return `Dikuasai${r.unit ? ` oleh ${r.unit.name}` : ""}`;
  }
  if (!r.unit) return "Belum diputus";
  return r.forwarded
    ? `Belum diputus; diteruskan ke ${r.unit.name}`
    : `Belum diputus; belum diteruskan (unit usulan pemohon: ${r.unit.name})`;
}

/**
 * A request reopened by the Atasan's order (UU 14/2008 Pasal 36) has no decision now; the earlier
 * notice stays on record, so the register says what it was instead of leaving it beside an empty decision.
 */
function reopenedText(r: Selected): string | null {
  if (r.outcome || (!r.refusalArticle && !r.noticeDate)) return null;
  const basis = r.refusalArticle ? ` berdasarkan ${r.refusalArticle}` : "";
  const date = r.noticeDate ? ` tanggal ${formatDateId(fromDbDate(r.noticeDate))}` : "";
  return `Belum diputus; dibuka kembali atas perintah Atasan PPID (keputusan semula${basis}${date})`;
}

function toRow(r: Selected, now: Date, config: CalendarConfig): RegisterRow {
  const status = r.status as RequestStatus;
  const outcome = (r.outcome as RequestOutcome | null) ?? null;
  const dueDate = r.dueDate ? fromDbDate(r.dueDate) : null;
  const { forwarded, dueRule, extendedAt, ...fields } = r;
  void forwarded;
  const reopened = reopenedText(r);
  const badges = [
    ...(extendedAt ? ["Diperpanjang (Pasal 22 ayat (8))"] : []),
    ...(isAtasanOrderRule(dueRule) ? ["Perintah Atasan PPID"] : []),
  ];
  return {
    ...fields,
    receivedDate: fromDbDate(r.receivedDate),
    held: heldText(r),
    unitName: r.unit?.name ?? null,
    obtainMethod: obtainMethodLabel(r.obtainMethod),
    deliveryMethod: deliveryMethodLabel(r.deliveryMethod),
    channel: r.channel as RequestChannel,
    channelLabel: REQUEST_CHANNEL_LABELS[r.channel as RequestChannel],
    status,
    statusLabel: REQUEST_STATUS_LABELS[status],
    outcome,
    outcomeLabel: outcome ? REQUEST_OUTCOME_LABELS[outcome] : reopened,
    refusalArticle: reopened ? null : r.refusalArticle,
    noticeDate: r.noticeDate && !reopened ? fromDbDate(r.noticeDate) : null,
    deliveredOn: r.deliveredOn ? fromDbDate(r.deliveredOn) : null,
    dueDate,
    standing: deadlineStanding(status, dueDate, now, config),
    badges,
  };
}

async function where(actor: CaseActor, query: RequestRegisterQuery, now: Date) {
  const config = await getCalendarConfig();
  const today = toOfficeLocalDate(now, config.timeZone);
  const scope = caseScopeFor(actor);
  const filters = await filterWhere(query, today, config);
  const clause: Prisma.InformationRequestWhereInput = { AND: [scopeWhere(scope), ...filters.and] };
  return { config, today, clause, matched: scope.kind === "all" ? filters.matched : null };
}

/** One page of the register, newest number first unless sorted otherwise. */
export async function listRequestRegister(actor: CaseActor, query: RequestRegisterQuery, now: Date): Promise<RegisterPage> {
  const { config, today, clause, matched } = await where(actor, query, now);
  // Bounded: the count stops at the cap, and so do the pages (no offset beyond it). A word search
  // alone over the whole register has counted its matches already.
  const counted = matched ?? (await countCapped(clause, query, caseScopeFor(actor)));
  const totalIsAtLeast = counted > REGISTER_COUNT_CAP;
  const total = Math.min(counted, REGISTER_COUNT_CAP);
  const pageCount = Math.max(1, Math.ceil(total / query.pageSize));
  const page = Math.min(query.page, pageCount);
  const rows = await db().informationRequest.findMany({
    where: clause,
    select: SELECT,
    orderBy: orderBy(query),
    skip: (page - 1) * query.pageSize,
    take: query.pageSize,
  });
  return { rows: (await withForwarded(rows)).map((r) => toRow(r, now, config)), total, totalIsAtLeast, page, pageCount, today, timeZone: config.timeZone };
}

/**
 * How many match, stopping at REGISTER_COUNT_CAP + 1. Prisma orders a capped count's subquery (by
 * id unless told), and PostgreSQL then sorts every match before it can stop: 180 ms for the
 * overdue view at a million requests. Ordered along the index that serves the filter, it stops
 * after the cap (migration register_indexes: status+due date, unit+year+sequence, year+sequence).
 */
async function countCapped(clause: Prisma.InformationRequestWhereInput, query: RequestRegisterQuery, scope: CaseScope): Promise<number> {
  const byStatus = Boolean(query.status || query.overdue || query.dueWithin !== undefined);
  const orderBy: Prisma.InformationRequestOrderByWithRelationInput[] = byStatus
    ? [{ status: "asc" }, { dueDate: "asc" }]
    : scope.kind === "unit"
      ? [{ unitId: "asc" }, { year: "asc" }, { sequence: "asc" }]
      : [{ year: "asc" }, { sequence: "asc" }];
  return db().informationRequest.count({ where: clause, orderBy, take: REGISTER_COUNT_CAP + 1 });
}

/** Every row of the filtered register (no paging; capped at MAX_EXPORT_ROWS) for the exports. */
export async function listRequestRegisterForExport(actor: CaseActor, query: RequestRegisterQuery, now: Date) {
  const { config, today, clause } = await where(actor, query, now);
  const rows = await db().informationRequest.findMany({ where: clause, select: SELECT, orderBy: orderBy(query), take: MAX_EXPORT_ROWS });
  return { rows: (await withForwarded(rows)).map((r) => toRow(r, now, config)), today, timeZone: config.timeZone };
}

/** Units for the filter and the forward form (active ones). */
export async function listActiveUnits() {
  return db().unit.findMany({ where: { active: true }, orderBy: [{ kind: "asc" }, { name: "asc" }], select: { id: true, code: true, name: true } });
}

/** The years that have requests in the user's scope (newest first), for the year filter. */
export function listRegisterYears(actor: CaseActor): Promise<number[]> {
  return listRequestYears(caseScopeFor(actor));
}

/** How many running requests are overdue, and how many are due within DUE_SOON_WORKING_DAYS. */
export async function countNeedingAttention(actor: CaseActor, now: Date, soonDays: number) {
  const config = await getCalendarConfig();
  const today = toOfficeLocalDate(now, config.timeZone);
  const scope = scopeWhere(caseScopeFor(actor));
  const last = addWorkingDays(today, soonDays, config).date;
  const [overdue, dueSoon] = await Promise.all([
    db().informationRequest.count({ where: { AND: [scope, { status: { in: OPEN }, dueDate: { lt: toDbDate(today) } }] } }),
    db().informationRequest.count({ where: { AND: [scope, { status: { in: OPEN }, dueDate: { gte: toDbDate(today), lte: toDbDate(last) } }] } }),
  ]);
  return { overdue, dueSoon };
}
