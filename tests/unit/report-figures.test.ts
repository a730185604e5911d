import { describe, expect, it } from "vitest";
import { dashboardFigures, workingDaysLeftThisWeek } from "@/lib/domain/report-dashboard";
import { reportFigures, rowsInPeriod, rowsOfUnit, unitSummaries, type ReportRows } from "@/lib/domain/report-figures";
import { defaultReportPeriod, makePeriod, parsePeriodKey } from "@/lib/domain/report-period";
import type { ReportDisputeRow, ReportObjectionRow, ReportRequestRow, ReportUnit } from "@/lib/domain/report-rows";
import { noticeWorkingDays, punctualityOf } from "@/lib/domain/report-timing";
import { officialConfig } from "./calendar-fixtures";

const config = officialConfig();

// October 2026 has no holiday: from Thu 1 Oct, day 9 = Wed 14, day 10 = Thu 15, day 11 = Fri 16,
// day 17 = Mon 26, day 18 = Tue 27.
function request(over: Partial<ReportRequestRow>): ReportRequestRow {
  return {
    count: 1, unitCode: "DINKES", channel: "ONLINE", requesterType: "INDIVIDUAL", status: "CLOSED", outcome: "GRANTED_FULL",
    receivedDate: "2026-10-01", noticeDate: "2026-10-14", dueDate: "2026-10-15", extended: false, pasal17Letters: [], otherLaw: null,
    ...over,
  };
}

const UNITS: ReportUnit[] = [
  { code: "UTAMA", name: "PPID Utama", kind: "PPID_UTAMA" },
  { code: "DINKES", name: "Dinas Kesehatan", kind: "PPID_PELAKSANA" },
];

const requests: ReportRequestRow[] = [
  request({ noticeDate: "2026-10-01" }), // 0 days
  request({ noticeDate: "2026-10-15", channel: "WALK_IN" }), // 10: on time
  request({ noticeDate: "2026-10-16", outcome: "GRANTED_PARTIAL", pasal17Letters: ["h"] }), // 11 without extension: late
  request({ noticeDate: "2026-10-26", extended: true, outcome: "REJECTED", pasal17Letters: ["a", "h"], otherLaw: "UU 27/2022", unitCode: null }), // 17 extended
  request({ noticeDate: "2026-10-27", extended: true, outcome: "REJECTED", pasal17Letters: ["j"], otherLaw: "UU 27/2022", requesterType: "LEGAL_ENTITY" }), // 18: late
  request({ noticeDate: "2026-10-09", outcome: "NOT_HELD", channel: "EMAIL", unitCode: "UTAMA" }), // 6
  request({ noticeDate: null, outcome: "LAPSED", channel: "POST", requesterType: "GROUP" }),
  request({ noticeDate: null, outcome: "WITHDRAWN", unitCode: null }),
  request({ noticeDate: null, outcome: null, status: "IN_PROCESS", receivedDate: "2026-11-20", dueDate: "2026-11-27" }),
  request({ receivedDate: "2025-12-31", noticeDate: "2026-01-05" }), // other year
];

const objections: ReportObjectionRow[] = [
  { count: 1, unitCode: "DINKES", grounds: ["REFUSED_PASAL_17"], status: "CLOSED", outcome: "REJECTED", receivedDate: "2026-11-02", answerDate: "2026-11-20" },
  { count: 1, unitCode: null, grounds: ["REFUSED_PASAL_17", "UNREASONABLE_FEE"], status: "CLOSED", outcome: "ACCEPTED_PARTIAL", receivedDate: "2026-11-03", answerDate: "2026-11-25" },
  { count: 1, unitCode: "DINKES", grounds: ["NOT_ANSWERED"], status: "UNDER_REVIEW", outcome: null, receivedDate: "2026-11-10", answerDate: null },
];
const disputes: ReportDisputeRow[] = [
  { count: 1, unitCode: "DINKES", status: "RULED", outcome: "GRANTED_PARTIAL", filedOn: "2026-12-01" },
  { count: 1, unitCode: null, status: "MEDIATION", outcome: null, filedOn: "2025-12-01" },
];
const all: ReportRows = { requests, objections, disputes };

describe("report period", () => {
  it("defaults to the last calendar year and parses its own keys", () => {
    expect(defaultReportPeriod("2026-12-01")).toMatchObject({ from: "2025-01-01", to: "2025-12-31", key: "2025" });
    expect(makePeriod("QUARTER", 2024, 1)).toMatchObject({ from: "2024-01-01", to: "2024-03-31", key: "2024-T1" });
    expect(makePeriod("MONTH", 2024, 2)).toMatchObject({ from: "2024-02-01", to: "2024-02-29", label: "Februari 2024" });
    expect(parsePeriodKey("2026-T4")).toMatchObject({ from: "2026-10-01", to: "2026-12-31" });
    expect(parsePeriodKey("2026-13")).toBeNull();
    expect(parsePeriodKey("abc")).toBeNull();
  });
});

describe("time to the written notice", () => {
  it("counts working days from receipt and applies 10 / 17 with extension", () => {
    expect(noticeWorkingDays({ receivedDate: "2026-10-01", noticeDate: "2026-10-15" }, config)).toBe(10);
    expect(noticeWorkingDays({ receivedDate: "2026-10-01", noticeDate: "2026-10-26" }, config)).toBe(17);
    // Holidays do not count: 13 Mar 2026 (Fri) to 25 Mar: 16, 17 Mar, then 18–24 are holidays, 25 = day 3.
    expect(noticeWorkingDays({ receivedDate: "2026-03-13", noticeDate: "2026-03-25" }, config)).toBe(3);
    expect(punctualityOf(10, false)).toBe("WITHIN_RESPONSE");
    expect(punctualityOf(11, false)).toBe("LATE");
    expect(punctualityOf(11, true)).toBe("WITHIN_EXTENSION");
    expect(punctualityOf(18, true)).toBe("LATE");
  });
});

describe("report figures", () => {
  const period = makePeriod("YEAR", 2026)!;
  const rows = rowsInPeriod(all, period);
  const f = reportFigures(rows, config);

  it("counts requests per channel, requester type and outcome", () => {
    expect(f.requests.total).toBe(9);
    expect(f.requests.byChannel).toEqual({ ONLINE: 6, WALK_IN: 1, POST: 1, EMAIL: 1, PHONE: 0 });
    expect(f.requests.byRequesterType).toEqual({ INDIVIDUAL: 7, LEGAL_ENTITY: 1, GROUP: 1 });
    expect(f.requests.outcomes).toEqual({ GRANTED_FULL: 2, GRANTED_PARTIAL: 1, REJECTED: 2, NOT_HELD: 1, LAPSED: 1, WITHDRAWN: 1, PENDING: 1 });
  });

  it("counts refusals per Pasal 17 letter and per other law (partial grants are not refusals)", () => {
    expect(f.requests.refusedByLetter).toMatchObject({ a: 1, h: 1, j: 1, b: 0 });
    expect(f.requests.refusedOtherLaw).toBe(2);
    expect(f.requests.refusedByOtherLaw).toEqual([{ law: "UU 27/2022", count: 2 }]);
  });

  it("computes median, mean, distribution and punctuality of the written notices", () => {
    // Days: 0, 10, 11, 17, 18, 6 -> sorted 0 6 10 11 17 18.
    expect(f.requests.timing.answered).toBe(6);
    expect(f.requests.timing.median).toBe(10.5);
    expect(f.requests.timing.mean).toBe(10.3);
    expect(f.requests.timing.buckets.map((b) => b.count)).toEqual([1, 0, 2, 2, 1]);
    expect(f.requests.timing.punctuality).toEqual({ WITHIN_RESPONSE: 3, WITHIN_EXTENSION: 1, LATE: 2 });
  });

  it("counts objections per ground and outcome, disputes per outcome, by period", () => {
    expect(f.objections.total).toBe(3);
    expect(f.objections.byGround).toMatchObject({ REFUSED_PASAL_17: 2, UNREASONABLE_FEE: 1, NOT_ANSWERED: 1, LATE_DELIVERY: 0 });
    expect(f.objections.outcomes).toMatchObject({ REJECTED: 1, ACCEPTED_PARTIAL: 1, PENDING: 1 });
    expect(f.disputes).toEqual({ total: 1, outcomes: { MEDIATION_AGREEMENT: 0, GRANTED: 0, GRANTED_PARTIAL: 1, REJECTED: 0, WITHDRAWN: 0, PENDING: 0 } });
  });

  it("unit lines add up to the whole, with a line for cases never forwarded", () => {
    const lines = unitSummaries(rows, UNITS, config);
    expect(lines.map((l) => [l.code, l.requests, l.objections, l.disputes])).toEqual([
      ["UTAMA", 1, 0, 0],
      ["DINKES", 6, 2, 1],
      [null, 2, 1, 0],
    ]);
    expect(lines.reduce((s, l) => s + l.requests, 0)).toBe(f.requests.total);
    expect(lines.reduce((s, l) => s + l.late, 0)).toBe(f.requests.timing.punctuality.LATE);
    const dinkes = reportFigures(rowsOfUnit(rows, "DINKES"), config);
    expect(dinkes.requests.outcomes.LAPSED).toBe(1);
    expect(dinkes.requests.timing.punctuality.LATE).toBe(2);
  });
});

describe("dashboard figures", () => {
  it("splits running requests by state, this week's and overdue deadlines, units and months", () => {
    const open = [
      request({ status: "IN_PROCESS", outcome: null, noticeDate: null, receivedDate: "2026-11-10", dueDate: "2026-11-24" }), // overdue
      request({ status: "RECEIVED", outcome: null, noticeDate: null, receivedDate: "2026-11-20", dueDate: "2026-12-04", unitCode: null }), // due Fri
      request({ status: "VERIFIED", outcome: null, noticeDate: null, receivedDate: "2026-11-25", dueDate: "2026-12-09" }), // next week
    ];
    // Tue 1 Dec 2026: Wed, Thu, Fri remain.
    expect(workingDaysLeftThisWeek("2026-12-01", config)).toBe(3);
    const d = dashboardFigures([...requests, ...open], UNITS, "2026-12-01", 2026, config);
    expect(d.openTotal).toBe(4);
    expect(d.openByStatus).toMatchObject({ IN_PROCESS: 2, RECEIVED: 1, VERIFIED: 1, AWAITING_COMPLETION: 0 });
    expect(d.overdue).toBe(2);
    expect(d.dueThisWeek).toBe(1);
    expect(d.units.map((u) => [u.code, u.open, u.overdue])).toEqual([["UTAMA", 0, 0], ["DINKES", 3, 2], [null, 1, 0]]);
    expect(d.months[9]).toMatchObject({ label: "Okt", received: 8, closed: 8 });
    expect(d.months[10]).toMatchObject({ received: 4, closed: 0 });
    expect(d.months.reduce((s, m) => s + m.received, 0)).toBe(12);
  });
});

describe("grouped rows", () => {
  // The loader returns one row per group of identical cases with their count; every figure must
  // be what the same cases give one row each (the median over an even and an odd total included).
  const weights = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3];
  const grouped: ReportRows = {
    requests: requests.map((r, i) => ({ ...r, count: weights[i] })),
    objections: objections.map((o, i) => ({ ...o, count: i + 2 })),
    disputes: disputes.map((d, i) => ({ ...d, count: i + 3 })),
  };
  const expand = <T extends { count: number }>(rows: readonly T[]) => rows.flatMap((r) => Array.from({ length: r.count }, () => ({ ...r, count: 1 })));
  const single: ReportRows = { requests: expand(grouped.requests), objections: expand(grouped.objections), disputes: expand(grouped.disputes) };

  it("give the figures of one row per case", () => {
    for (const period of [makePeriod("YEAR", 2026)!, makePeriod("MONTH", 2026, 10)!]) {
      const g = reportFigures(rowsInPeriod(grouped, period), config);
      expect(g).toEqual(reportFigures(rowsInPeriod(single, period), config));
      expect(unitSummaries(rowsInPeriod(grouped, period), UNITS, config)).toEqual(unitSummaries(rowsInPeriod(single, period), UNITS, config));
    }
    const g = reportFigures(rowsInPeriod(grouped, makePeriod("YEAR", 2026)!), config);
    expect(g.requests.total).toBe(36);
    expect(g.requests.timing.answered).toBe(23);
    const odd = { ...grouped, requests: grouped.requests.map((r, i) => (i === 0 ? { ...r, count: 4 } : r)) };
    expect(reportFigures(odd, config).requests.timing).toEqual(reportFigures({ ...single, requests: expand(odd.requests) }, config).requests.timing);
    expect(dashboardFigures(grouped.requests, UNITS, "2026-12-01", 2026, config)).toEqual(dashboardFigures(single.requests, UNITS, "2026-12-01", 2026, config));
  });
});
