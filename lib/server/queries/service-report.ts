import "server-only";
import { toOfficeLocalDate } from "@/lib/domain/calendar";
import { can, ForbiddenError, type CaseActor } from "@/lib/domain/permissions";
import { buildReportDocument, EMPTY_REPORT_TEXTS, type ReportDocument, type ReportTexts } from "@/lib/domain/report-document";
import { reportFigures, rowsInPeriod, rowsOfUnit, unitSummaries, type ReportFigures, type UnitSummary } from "@/lib/domain/report-figures";
import type { ReportPeriod } from "@/lib/domain/report-period";
import type { ReportUnit } from "@/lib/domain/report-rows";
import { db } from "@/lib/server/db";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import type { Letterhead } from "@/lib/view-types/office";
import { loadReportRows, loadReportUnits } from "@/lib/server/queries/report-rows";

// The Laporan Layanan Informasi Publik of one period, for the whole body or one unit, as the page,
// the PDF and the XLSX show it. A PPID Pelaksana gets its own unit's report only.

export type ServiceReportView = {
  period: ReportPeriod;
  unit: ReportUnit | null;
  units: ReportUnit[];
  office: { name: string; bodyName: string; city: string; letterhead: Letterhead };
  texts: ReportTexts;
  textsUpdatedAt: Date | null;
  figures: ReportFigures;
  unitLines: UnitSummary[] | null;
  document: ReportDocument;
  generatedOn: string;
};

export type ReportActor = CaseActor;

/** The unit whose report the actor may see: any (or the whole body) with reports.view, else their own. */
export async function resolveReportUnit(actor: ReportActor, requested: string | null, units: ReportUnit[]): Promise<ReportUnit | null> {
  if (can(actor.role, "reports.view")) return requested ? (units.find((u) => u.code === requested) ?? null) : null;
  if (can(actor.role, "reports.view_unit") && actor.unitId) {
    const own = await db().unit.findUnique({ where: { id: actor.unitId }, select: { code: true } });
    const unit = own ? units.find((u) => u.code === own.code) : undefined;
    if (unit) return unit;
  }
  throw new ForbiddenError("Anda tidak berwenang melihat laporan layanan informasi.", actor.role, "reports.view");
}

export async function loadReportTexts(periodKey: string): Promise<{ texts: ReportTexts; updatedAt: Date | null }> {
  const row = await db().serviceReportText.findUnique({ where: { periodKey } });
  if (!row) return { texts: EMPTY_REPORT_TEXTS, updatedAt: null };
  return {
    texts: {
      servicePolicy: row.servicePolicy, facilities: row.facilities, staffing: row.staffing, staffCount: row.staffCount,
      budget: row.budget, budgetAllocated: row.budgetAllocated === null ? null : Number(row.budgetAllocated),
      budgetSpent: row.budgetSpent === null ? null : Number(row.budgetSpent),
      obstacles: row.obstacles, recommendations: row.recommendations, followUp: row.followUp,
    },
    updatedAt: row.updatedAt,
  };
}

export async function getServiceReport(actor: ReportActor, period: ReportPeriod, unitCode: string | null, now: Date): Promise<ServiceReportView> {
  const units = await loadReportUnits();
  const unit = await resolveReportUnit(actor, unitCode, units);
  const [config, office, all, stored] = await Promise.all([
    loadCalendarConfig(),
    db().officeSetting.findUniqueOrThrow({ where: { id: 1 } }),
    loadReportRows({ kind: "all" }, period),
    loadReportTexts(period.key),
  ]);
  const inPeriod = rowsInPeriod(all, period);
  const rows = unit ? rowsOfUnit(inPeriod, unit.code) : inPeriod;
  const figures = reportFigures(rows, config);
  const unitLines = unit ? null : unitSummaries(inPeriod, units, config);
  const letterhead = office.letterhead as Letterhead;
  return {
    period,
    unit,
    units,
    office: { name: office.name, bodyName: office.bodyName, city: office.city, letterhead },
    texts: stored.texts,
    textsUpdatedAt: stored.updatedAt,
    figures,
    unitLines,
    document: buildReportDocument({ bodyName: office.bodyName, period, unitName: unit?.name ?? null, texts: stored.texts, figures, units: unitLines }),
    generatedOn: toOfficeLocalDate(now, office.timeZone),
  };
}
