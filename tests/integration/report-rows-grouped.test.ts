import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromDbDate } from "@/lib/domain/db-date";
import type { CaseScope } from "@/lib/domain/permissions";
import { dashboardFigures } from "@/lib/domain/report-dashboard";
import { reportFigures, rowsInPeriod, unitSummaries, type ReportRows } from "@/lib/domain/report-figures";
import { lettersOfArticle } from "@/lib/domain/report-letters";
import { makePeriod } from "@/lib/domain/report-period";
import { buildStatistics } from "@/lib/domain/report-public";
import type { ReportDisputeRow, ReportObjectionRow, ReportRequestRow } from "@/lib/domain/report-rows";
import { OPEN_REQUEST_STATUSES } from "@/lib/domain/request-workflow";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { loadReportRows, loadReportUnits, type RowRange } from "@/lib/server/queries/report-rows";
import { listRequestYears } from "@/lib/server/queries/request-years";
import { seedDemoCases } from "@/prisma/seed-data/demo-cases";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createTestDb, type TestDb } from "../support/test-db";

// The report loader groups identical cases in the database (one row with its count). Its figures
// must be exactly those of the register read one case per row, as the loader did before: for the
// report, the unit lines, the dashboard and the public Statistik page, in every scope and period.
// The demo register is varied (every channel, outcome, refusal letter, extension, objection and
// dispute); each request is copied twice with its objections and disputes, so groups hold several cases.

let t: TestDb;

/** The reference: every case its own row (count 1), read with Prisma like the loader did before grouping. */
async function oneRowPerCase(scope: CaseScope, range: RowRange | null, alsoOpen: boolean): Promise<ReportRows> {
  const scoped: Prisma.InformationRequestWhereInput =
    scope.kind === "all" ? {} : scope.kind === "unit" ? { unitId: scope.unitId } : scope.kind === "own" ? { requesterUserId: scope.userId } : { id: { in: [] } };
  const dates = range ? { gte: new Date(`${range.from}T00:00:00Z`), lte: new Date(`${range.to}T00:00:00Z`) } : undefined;
  const inRange: Prisma.InformationRequestWhereInput = dates ? { receivedDate: dates } : {};
  const requests = await t.client.informationRequest.findMany({
    where: { AND: [scoped, alsoOpen && dates ? { OR: [inRange, { status: { in: [...OPEN_REQUEST_STATUSES] } }] } : inRange] },
    include: { unit: true, consequenceTest: true },
  });
  const objections = await t.client.objection.findMany({ where: { request: scoped, ...(dates ? { receivedDate: dates } : {}) }, include: { request: { include: { unit: true } } } });
  const disputes = await t.client.dispute.findMany({ where: { objection: { request: scoped }, ...(dates ? { filedOn: dates } : {}) }, include: { objection: { include: { request: { include: { unit: true } } } } } });
  return {
    requests: requests.map((r): ReportRequestRow => {
      const letters = lettersOfArticle(r.refusalArticle);
      return {
        count: 1, unitCode: r.unit?.code ?? null, channel: r.channel, requesterType: r.requesterType, status: r.status, outcome: r.outcome,
        receivedDate: fromDbDate(r.receivedDate), noticeDate: r.noticeDate ? fromDbDate(r.noticeDate) : null, dueDate: r.dueDate ? fromDbDate(r.dueDate) : null,
        extended: r.extendedAt !== null, pasal17Letters: letters.length > 0 ? letters : (r.consequenceTest?.pasal17Letters ?? []),
        otherLaw: r.consequenceTest?.otherLegalBasis?.trim() || null,
      };
    }),
    objections: objections.map((o): ReportObjectionRow => ({
      count: 1, unitCode: o.request.unit?.code ?? null, grounds: o.grounds, status: o.status, outcome: o.outcome,
      receivedDate: fromDbDate(o.receivedDate), answerDate: o.answerDate ? fromDbDate(o.answerDate) : null,
    })),
    disputes: disputes.map((d): ReportDisputeRow => ({ count: 1, unitCode: d.objection.request.unit?.code ?? null, status: d.status, outcome: d.outcome, filedOn: fromDbDate(d.filedOn) })),
  };
}

/** Each request copied `copies` times with its objections and disputes (new ids and numbers, same facts). */
async function copyRegister(copies: number) {
  for (let c = 1; c <= copies; c++) {
    const statements = [
      // Only the originals are copied (a copy is never copied again).
      `CREATE TEMP TABLE copy_r AS SELECT * FROM "InformationRequest" WHERE "id" NOT LIKE '%-copy%'`,
      `UPDATE copy_r SET "id" = "id" || '-copy${c}', "number" = "number" || '-copy${c}', "sequence" = "sequence" + ${c * 100000}, "submissionKey" = NULL`,
      `INSERT INTO "InformationRequest" SELECT * FROM copy_r`,
      `CREATE TEMP TABLE copy_o AS SELECT * FROM "Objection" WHERE "id" NOT LIKE '%-copy%'`,
      `UPDATE copy_o SET "id" = "id" || '-copy${c}', "number" = "number" || '-copy${c}', "sequence" = "sequence" + ${c * 100000}, "requestId" = "requestId" || '-copy${c}'`,
      `INSERT INTO "Objection" SELECT * FROM copy_o`,
      `CREATE TEMP TABLE copy_d AS SELECT * FROM "Dispute" WHERE "id" NOT LIKE '%-copy%'`,
      `UPDATE copy_d SET "id" = "id" || '-copy${c}', "objectionId" = "objectionId" || '-copy${c}'`,
      `INSERT INTO "Dispute" SELECT * FROM copy_d`,
      `DROP TABLE copy_r`, `DROP TABLE copy_o`, `DROP TABLE copy_d`,
    ];
    await t.client.$transaction(statements.map((sql) => t.client.$executeRawUnsafe(sql)));
  }
}

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
  await seedDemoCases(t.client);
  await copyRegister(2);
});
afterAll(() => t.close());

describe(`report rows grouped in the database (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("give the report's, the units', the dashboard's and Statistik's figures of one row per case", async () => {
    const config = await loadCalendarConfig();
    const units = await loadReportUnits();
    const unit = await t.client.unit.findFirstOrThrow({ where: { code: { not: "UTAMA" }, requests: { some: { receivedDate: { gte: new Date("2025-01-01") } } } } });
    const citizen = await t.client.informationRequest.findFirst({ where: { requesterUserId: { not: null } }, select: { requesterUserId: true } });
    const scopes: CaseScope[] = [{ kind: "all" }, { kind: "unit", unitId: unit.id }, { kind: "none" }];
    if (citizen?.requesterUserId) scopes.push({ kind: "own", userId: citizen.requesterUserId });
    const periods = [makePeriod("YEAR", 2025)!, makePeriod("QUARTER", 2025, 2)!, makePeriod("MONTH", 2026, 11)!, makePeriod("YEAR", 2026)!];
    let grouped = 0;
    let cases = 0;
    for (const scope of scopes) {
      for (const range of [...periods, null]) {
        for (const alsoOpen of [false, true]) {
          const label = `${scope.kind} ${range ? `${range.from}…${range.to}` : "all dates"}${alsoOpen ? " + open" : ""}`;
          const [got, want] = await Promise.all([loadReportRows(scope, range, { alsoOpen }), oneRowPerCase(scope, range, alsoOpen)]);
          grouped += got.requests.length;
          cases += want.requests.length;
          for (const period of periods) {
            const [g, w] = [rowsInPeriod(got, period), rowsInPeriod(want, period)];
            expect(reportFigures(g, config), `${label}, figures of ${period.key}`).toEqual(reportFigures(w, config));
            expect(unitSummaries(g, units, config), `${label}, unit lines of ${period.key}`).toEqual(unitSummaries(w, units, config));
          }
          expect(dashboardFigures(got.requests, units, "2026-12-01", 2026, config), `${label}, dashboard`).toEqual(dashboardFigures(want.requests, units, "2026-12-01", 2026, config));
          expect(buildStatistics(2025, got, units, config, "Badan", [2025]), `${label}, Statistik`).toEqual(buildStatistics(2025, want, units, config, "Badan", [2025]));
        }
      }
    }
    // The copies are grouped with their originals: the loader read far fewer rows than cases.
    expect(cases).toBeGreaterThan(1000);
    expect(grouped).toBeLessThan(cases / 2);
  });

  it("lists the years with requests in each scope, newest first, as Prisma's distinct does", async () => {
    const unit = await t.client.unit.findFirstOrThrow({ where: { code: { not: "UTAMA" }, requests: { some: {} } } });
    const citizen = await t.client.informationRequest.findFirst({ where: { requesterUserId: { not: null } }, select: { requesterUserId: true } });
    const scopes: [CaseScope, Prisma.InformationRequestWhereInput][] = [[{ kind: "all" }, {}], [{ kind: "unit", unitId: unit.id }, { unitId: unit.id }]];
    if (citizen?.requesterUserId) scopes.push([{ kind: "own", userId: citizen.requesterUserId }, { requesterUserId: citizen.requesterUserId }]);
    for (const [scope, where] of scopes) {
      const distinct = await t.client.informationRequest.findMany({ where, distinct: ["year"], select: { year: true }, orderBy: { year: "desc" } });
      expect(await listRequestYears(scope), scope.kind).toEqual(distinct.map((r) => r.year));
    }
    expect((await listRequestYears({ kind: "all" })).length).toBeGreaterThan(1);
    expect(await listRequestYears({ kind: "none" })).toEqual([]);
  });
});
