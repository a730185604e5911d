// The figures of the Laporan Layanan Informasi Publik (Perki 1/2021), computed from plain register
// rows of one period. The same function serves the office report, the dashboard and the public
// Statistik page, so the three cannot disagree. Pure: rows and calendar come in as parameters.
//
// Conventions (stated in the report): a request counts in the period of its receipt date, an
// objection in that of its receipt date, a dispute in that of its filing date. A unit's figures are
// those of the cases forwarded to it (an objection or dispute follows its request); cases never
// forwarded form their own line, so the units' lines add up to the whole body's figures.

import type { CalendarConfig } from "./calendar";
import { DISPUTE_OUTCOMES, type DisputeOutcome } from "./dispute-workflow";
import { OBJECTION_GROUNDS, type ObjectionGround } from "./objection-grounds";
import { OBJECTION_OUTCOMES, type ObjectionOutcome } from "./objection-workflow";
import { PASAL_17_LETTERS, type Pasal17Letter } from "./pasal-17";
import { inPeriod, type ReportPeriod } from "./report-period";
import type { ReportDisputeRow, ReportObjectionRow, ReportRequestRow, ReportUnit, UnitCode } from "./report-rows";
import { timingFigures, type TimingFigures } from "./report-timing";
import { REQUESTER_TYPES, type RequesterType } from "./request-intake";
import { REQUEST_CHANNELS, REQUEST_OUTCOMES, type RequestChannel, type RequestOutcome } from "./request-workflow";

/** "PENDING": no outcome yet (still running, or decided but the figure is the outcome). */
export type OutcomeKey = RequestOutcome | "PENDING";
export const OUTCOME_KEYS: readonly OutcomeKey[] = [...REQUEST_OUTCOMES, "PENDING"];

export type RequestFigures = {
  total: number;
  byChannel: Record<RequestChannel, number>;
  byRequesterType: Record<RequesterType, number>;
  outcomes: Record<OutcomeKey, number>;
  /** Refusals per Pasal 17 letter (a refusal on two letters counts under both). */
  refusedByLetter: Record<Pasal17Letter, number>;
  /** Refusals that (also) rest on another law, and per law (most frequent first). */
  refusedOtherLaw: number;
  refusedByOtherLaw: { law: string; count: number }[];
  timing: TimingFigures;
};

export type ObjectionFigures = {
  total: number;
  /** Per ground of UU 14/2008 Pasal 35(1) (an objection on two grounds counts under both). */
  byGround: Record<ObjectionGround, number>;
  outcomes: Record<ObjectionOutcome | "PENDING", number>;
};

export type DisputeFigures = { total: number; outcomes: Record<DisputeOutcome | "PENDING", number> };

export type ReportFigures = { requests: RequestFigures; objections: ObjectionFigures; disputes: DisputeFigures };

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** How many cases the rows stand for. */
export const countOf = (rows: readonly { count: number }[]): number => rows.reduce((sum, row) => sum + row.count, 0);

export function requestFigures(rows: readonly ReportRequestRow[], config: CalendarConfig): RequestFigures {
  const byChannel = zeros(REQUEST_CHANNELS);
  const byRequesterType = zeros(REQUESTER_TYPES);
  const outcomes = zeros(OUTCOME_KEYS);
  const refusedByLetter = zeros(PASAL_17_LETTERS);
  let refusedOtherLaw = 0;
  const laws = new Map<string, number>();
  for (const row of rows) {
    byChannel[row.channel] += row.count;
    byRequesterType[row.requesterType] += row.count;
    outcomes[row.outcome ?? "PENDING"] += row.count;
    if (row.outcome !== "REJECTED") continue;
    for (const letter of new Set(row.pasal17Letters)) {
      if (letter in refusedByLetter) refusedByLetter[letter as Pasal17Letter] += row.count;
    }
    const law = row.otherLaw?.trim();
    if (!law) continue;
    refusedOtherLaw += row.count;
    laws.set(law, (laws.get(law) ?? 0) + row.count);
  }
  const refusedByOtherLaw = [...laws].map(([law, count]) => ({ law, count })).sort((a, b) => b.count - a.count || a.law.localeCompare(b.law));
  return { total: countOf(rows), byChannel, byRequesterType, outcomes, refusedByLetter, refusedOtherLaw, refusedByOtherLaw, timing: timingFigures(rows, config) };
}

export function objectionFigures(rows: readonly ReportObjectionRow[]): ObjectionFigures {
  const byGround = zeros(OBJECTION_GROUNDS);
  const outcomes = zeros([...OBJECTION_OUTCOMES, "PENDING"] as const);
  for (const row of rows) {
    for (const ground of new Set(row.grounds)) byGround[ground] += row.count;
    outcomes[row.outcome ?? "PENDING"] += row.count;
  }
  return { total: countOf(rows), byGround, outcomes };
}

export function disputeFigures(rows: readonly ReportDisputeRow[]): DisputeFigures {
  const outcomes = zeros([...DISPUTE_OUTCOMES, "PENDING"] as const);
  for (const row of rows) outcomes[row.outcome ?? "PENDING"] += row.count;
  return { total: countOf(rows), outcomes };
}

export type ReportRows = {
  requests: readonly ReportRequestRow[];
  objections: readonly ReportObjectionRow[];
  disputes: readonly ReportDisputeRow[];
};

/** Only the rows of the period (requests and objections by receipt, disputes by filing). */
export function rowsInPeriod(rows: ReportRows, period: Pick<ReportPeriod, "from" | "to">): ReportRows {
  return {
    requests: rows.requests.filter((r) => inPeriod(r.receivedDate, period)),
    objections: rows.objections.filter((r) => inPeriod(r.receivedDate, period)),
    disputes: rows.disputes.filter((r) => inPeriod(r.filedOn, period)),
  };
}

/** The rows of one unit; null: the cases never forwarded to a unit. */
export function rowsOfUnit(rows: ReportRows, unitCode: UnitCode): ReportRows {
  return {
    requests: rows.requests.filter((r) => r.unitCode === unitCode),
    objections: rows.objections.filter((r) => r.unitCode === unitCode),
    disputes: rows.disputes.filter((r) => r.unitCode === unitCode),
  };
}

export function reportFigures(rows: ReportRows, config: CalendarConfig): ReportFigures {
  return { requests: requestFigures(rows.requests, config), objections: objectionFigures(rows.objections), disputes: disputeFigures(rows.disputes) };
}

export const UNFORWARDED_LABEL = "Belum/tidak diteruskan ke PPID Pelaksana";

export type UnitSummary = {
  code: UnitCode;
  name: string;
  requests: number;
  answered: number;
  late: number;
  refused: number;
  objections: number;
  disputes: number;
};

/**
 * One line per unit (every unit given, in the given order), then a line for the cases never
 * forwarded when there are any; the lines add up to the whole.
 */
export function unitSummaries(rows: ReportRows, units: readonly ReportUnit[], config: CalendarConfig): UnitSummary[] {
  const lines: { code: UnitCode; name: string }[] = [...units];
  const unforwarded = rowsOfUnit(rows, null);
  if (unforwarded.requests.length + unforwarded.objections.length + unforwarded.disputes.length > 0) {
    lines.push({ code: null, name: UNFORWARDED_LABEL });
  }
  return lines.map((unit) => {
    const own = rowsOfUnit(rows, unit.code);
    const figures = requestFigures(own.requests, config);
    return {
      code: unit.code,
      name: unit.name,
      requests: figures.total,
      answered: figures.timing.answered,
      late: figures.timing.punctuality.LATE,
      refused: figures.outcomes.REJECTED,
      objections: countOf(own.objections),
      disputes: countOf(own.disputes),
    };
  });
}
