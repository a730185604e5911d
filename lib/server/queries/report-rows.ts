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
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { parseLocalDate } from "@/lib/domain/local-date";

// The register read as the plain rows of lib/domain/report-rows.ts: only the fields the figures
// need, never a name, NIK, contact or address. One loader for the report, the dashboard and the
// public Statistik page.
//
// The database only groups: cases that agree on every field of a row come back as one row with
// their count (GROUP BY the stored columns, nothing computed), and lib/domain counts each row
// `count` times — the rules (working days, on time, outcome groups) stay there. A year at a
// million requests read as 200,000 Prisma objects took 3.6 s; grouped, it is a few thousand rows.

export type RowRange = { from: string; to: string };

const OPEN = Prisma.join(OPEN_REQUEST_STATUSES.map((status) => Prisma.sql`${status}::"RequestStatus"`));

/** The case scope on the request table `r`. */
function scopeSql(scope: CaseScope): Prisma.Sql {
  if (scope.kind === "all") return Prisma.sql`TRUE`;
  if (scope.kind === "unit") return Prisma.sql`r."unitId" = ${scope.unitId}`;
  if (scope.kind === "own") return Prisma.sql`r."requesterUserId" = ${scope.userId}`;
  return Prisma.sql`FALSE`;
}

/** A date column within the range (inclusive); no range: every date. */
function rangeSql(column: Prisma.Sql, range: RowRange | null): Prisma.Sql {
  if (!range) return Prisma.sql`TRUE`;
  parseLocalDate(range.from); // RangeError for anything that is not a real date
  parseLocalDate(range.to);
  // Passed as "YYYY-MM-DD" text, so no session time zone can move the day.
  return Prisma.sql`${column} BETWEEN ${range.from}::date AND ${range.to}::date`;
}

export async function loadReportUnits(): Promise<ReportUnit[]> {
  const units = await db().unit.findMany({ orderBy: [{ kind: "asc" }, { name: "asc" }], select: { code: true, name: true, kind: true, active: true } });
  return units.map((u) => ({ code: u.code, name: u.name, kind: u.kind }));
}

type RequestGroup = {
  unitCode: string | null; channel: string; requesterType: string; status: string; outcome: string | null;
  receivedDate: string; noticeDate: string | null; dueDate: string | null; extended: boolean;
  refusalArticle: string | null; pasal17Letters: string[] | null; otherLegalBasis: string | null; count: number;
};
type ObjectionGroup = { unitCode: string | null; grounds: string[]; status: string; outcome: string | null; receivedDate: string; answerDate: string | null; count: number };
type DisputeGroup = { unitCode: string | null; status: string; outcome: string | null; filedOn: string; count: number };

// Dates leave the database as "YYYY-MM-DD" text: the calendar date itself, no Date in between.
const day = (column: Prisma.Sql) => Prisma.sql`to_char(${column}, 'YYYY-MM-DD')`;

// The groups of a year fit in memory with this: PostgreSQL hashes them instead of sorting 200,000
// rows on disk (default 4 MB; yearly report at a million requests 2.1 s → 0.4–0.7 s loaded). For this statement only.
const GROUP_WORK_MEM = "64MB";

async function requestGroups(scope: CaseScope, range: RowRange | null, alsoOpen: boolean) {
  const inRange = rangeSql(Prisma.sql`r."receivedDate"`, range);
  const rows = alsoOpen ? Prisma.sql`(${inRange} OR r."status" IN (${OPEN}))` : inRange;
  const [, groups] = await db().$transaction([
    db().$executeRaw`SELECT set_config('work_mem', ${GROUP_WORK_MEM}, true)`,
    db().$queryRaw<RequestGroup[]>`
    SELECT u."code" AS "unitCode", g."channel", g."requesterType", g."status", g."outcome",
      ${day(Prisma.sql`g."receivedDate"`)} AS "receivedDate", ${day(Prisma.sql`g."noticeDate"`)} AS "noticeDate",
      ${day(Prisma.sql`g."dueDate"`)} AS "dueDate", g."extended", g."refusalArticle", g."pasal17Letters", g."otherLegalBasis", g."count"
    FROM (
      SELECT r."unitId", r."channel"::text AS "channel", r."requesterType"::text AS "requesterType", r."status"::text AS "status",
        r."outcome"::text AS "outcome", r."receivedDate", r."noticeDate", r."dueDate", (r."extendedAt" IS NOT NULL) AS "extended",
        r."refusalArticle", ct."pasal17Letters", ct."otherLegalBasis", count(*)::int AS "count"
      FROM "InformationRequest" r LEFT JOIN "ConsequenceTest" ct ON ct."id" = r."consequenceTestId"
      WHERE ${scopeSql(scope)} AND ${rows}
      GROUP BY r."unitId", r."channel", r."requesterType", r."status", r."outcome", r."receivedDate", r."noticeDate", r."dueDate",
        (r."extendedAt" IS NOT NULL), r."refusalArticle", ct."pasal17Letters", ct."otherLegalBasis"
    ) g LEFT JOIN "Unit" u ON u."id" = g."unitId"`,
  ]);
  return groups;
}

// An objection's or dispute's unit and requester are its request's, read per case through the
// request's primary key: a join let PostgreSQL hash the whole request table (0.8 s at a million
// requests for 10,000 objections) where 10,000 index probes take milliseconds.
// The requester only for the citizen's own scope (one probe per case less otherwise).
const requestOf = (requestId: Prisma.Sql, scope: CaseScope) => ({
  unitId: Prisma.sql`(SELECT r."unitId" FROM "InformationRequest" r WHERE r."id" = ${requestId})`,
  requesterUserId: scope.kind === "own" ? Prisma.sql`(SELECT r."requesterUserId" FROM "InformationRequest" r WHERE r."id" = ${requestId})` : Prisma.sql`NULL::text`,
});

// `r` names the request's columns, so the case scope reads as it does for requests.
function objectionGroups(scope: CaseScope, range: RowRange | null) {
  const request = requestOf(Prisma.sql`o."requestId"`, scope);
  return db().$queryRaw<ObjectionGroup[]>`
    SELECT u."code" AS "unitCode", g."grounds", g."status", g."outcome",
      ${day(Prisma.sql`g."receivedDate"`)} AS "receivedDate", ${day(Prisma.sql`g."answerDate"`)} AS "answerDate", g."count"
    FROM (
      SELECT r."unitId", o."grounds"::text[] AS "grounds", o."status"::text AS "status", o."outcome"::text AS "outcome", o."receivedDate", o."answerDate", count(*)::int AS "count"
      FROM (SELECT o.*, ${request.unitId} AS "unitId", ${request.requesterUserId} AS "requesterUserId" FROM "Objection" o
        WHERE ${rangeSql(Prisma.sql`o."receivedDate"`, range)} OFFSET 0) o
      CROSS JOIN LATERAL (SELECT o."unitId", o."requesterUserId") r
      WHERE ${scopeSql(scope)}
      GROUP BY r."unitId", o."grounds", o."status", o."outcome", o."receivedDate", o."answerDate"
    ) g LEFT JOIN "Unit" u ON u."id" = g."unitId"`;
}

function disputeGroups(scope: CaseScope, range: RowRange | null) {
  const request = requestOf(Prisma.sql`(SELECT o."requestId" FROM "Objection" o WHERE o."id" = d."objectionId")`, scope);
  return db().$queryRaw<DisputeGroup[]>`
    SELECT u."code" AS "unitCode", g."status", g."outcome", ${day(Prisma.sql`g."filedOn"`)} AS "filedOn", g."count"
    FROM (
      SELECT r."unitId", d."status"::text AS "status", d."outcome"::text AS "outcome", d."filedOn", count(*)::int AS "count"
      FROM (SELECT d.*, ${request.unitId} AS "unitId", ${request.requesterUserId} AS "requesterUserId" FROM "Dispute" d
        WHERE ${rangeSql(Prisma.sql`d."filedOn"`, range)} OFFSET 0) d
      CROSS JOIN LATERAL (SELECT d."unitId", d."requesterUserId") r
      WHERE ${scopeSql(scope)}
      GROUP BY r."unitId", d."status", d."outcome", d."filedOn"
    ) g LEFT JOIN "Unit" u ON u."id" = g."unitId"`;
}

/** Requests and objections of the range by receipt date, disputes by filing date; `alsoOpen` adds every running request. */
export async function loadReportRows(scope: CaseScope, range: RowRange | null, options: { alsoOpen?: boolean } = {}): Promise<ReportRows> {
  const [requests, objections, disputes] = await Promise.all([
    requestGroups(scope, range, options.alsoOpen ?? false),
    objectionGroups(scope, range),
    disputeGroups(scope, range),
  ]);
  return {
    requests: requests.map((r): ReportRequestRow => {
      const letters = lettersOfArticle(r.refusalArticle);
      return {
        count: r.count,
        unitCode: r.unitCode,
        channel: r.channel as RequestChannel,
        requesterType: r.requesterType as RequesterType,
        status: r.status as RequestStatus,
        outcome: (r.outcome as RequestOutcome | null) ?? null,
        receivedDate: r.receivedDate,
        noticeDate: r.noticeDate,
        dueDate: r.dueDate,
        extended: r.extended,
        // The decision's own letters; the consequence test's when the article was not stored.
        pasal17Letters: letters.length > 0 ? letters : (r.pasal17Letters ?? []),
        otherLaw: r.otherLegalBasis?.trim() || null,
      };
    }),
    objections: objections.map((o): ReportObjectionRow => ({
      count: o.count,
      unitCode: o.unitCode,
      grounds: o.grounds as ObjectionGround[],
      status: o.status as ObjectionStatus,
      outcome: (o.outcome as ObjectionOutcome | null) ?? null,
      receivedDate: o.receivedDate,
      answerDate: o.answerDate,
    })),
    disputes: disputes.map((d): ReportDisputeRow => ({
      count: d.count,
      unitCode: d.unitCode,
      status: d.status as DisputeStatus,
      outcome: (d.outcome as DisputeOutcome | null) ?? null,
      filedOn: d.filedOn,
    })),
  };
}
