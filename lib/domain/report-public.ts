// The public Statistik page of one year (pure): the figures of lib/domain/report-figures.ts,
// the months, and the report's figure sections without the entered texts. Counts only.

import type { CalendarConfig } from "./calendar";
import { buildReportDocument, EMPTY_REPORT_TEXTS, type ReportSection } from "./report-document";
import { countOf, reportFigures, rowsInPeriod, unitSummaries, type ReportFigures, type ReportRows, type UnitSummary } from "./report-figures";
import { makePeriod, MONTH_SHORT_ID } from "./report-period";
import type { ReportUnit } from "./report-rows";

export const PUBLIC_SECTION_IDS = ["permohonan", "waktu", "keberatan", "sengketa", "unit"] as const;

export type PublicStatistics = {
  year: number;
  /** Years with requests (newest first), always including `year`. */
  years: number[];
  figures: ReportFigures;
  units: UnitSummary[];
  months: { label: string; received: number }[];
  sections: ReportSection[];
};

export function buildStatistics(year: number, rows: ReportRows, units: ReportUnit[], config: CalendarConfig, bodyName: string, years: number[]): PublicStatistics {
  const period = makePeriod("YEAR", year)!;
  const inYear = rowsInPeriod(rows, period);
  const figures = reportFigures(inYear, config);
  const unitLines = unitSummaries(inYear, units, config);
  const months = MONTH_SHORT_ID.map((label, i) => {
    const prefix = `${year}-${String(i + 1).padStart(2, "0")}`;
    return { label, received: countOf(inYear.requests.filter((r) => r.receivedDate.startsWith(prefix))) };
  });
  const document = buildReportDocument({ bodyName, period, unitName: null, texts: EMPTY_REPORT_TEXTS, figures, units: unitLines });
  return {
    year,
    years: [...new Set([year, ...years])].sort((a, b) => b - a),
    figures,
    units: unitLines,
    months,
    sections: document.sections
      .filter((s) => (PUBLIC_SECTION_IDS as readonly string[]).includes(s.id))
      .map((s) => ({ ...s, heading: s.heading.replace(/^[IVX]+\.\s*/, "") })),
  };
}

