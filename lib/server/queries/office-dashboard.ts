import "server-only";
import { toOfficeLocalDate } from "@/lib/domain/calendar";
import { can, caseScopeFor, type CaseActor } from "@/lib/domain/permissions";
import { dashboardFigures, type OfficeDashboard } from "@/lib/domain/report-dashboard";
import type { ReportUnit } from "@/lib/domain/report-rows";
import { db } from "@/lib/server/db";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { loadReportRows, loadReportUnits } from "@/lib/server/queries/report-rows";

// The back-office dashboard on /kantor: the figures of lib/domain/report-dashboard.ts over the
// requests in the user's case scope (a PPID Pelaksana: their unit's). Numbers link to the register
// only for those who may open it; the administrator sees the aggregated figures without links.

export type { OfficeDashboard };

export async function getOfficeDashboard(actor: CaseActor, now: Date): Promise<OfficeDashboard | null> {
  let scope = caseScopeFor(actor);
  const linked = can(actor.role, "request.handle") || can(actor.role, "request.view_any");
  if (scope.kind === "none" && can(actor.role, "reports.view")) scope = { kind: "all" };
  if (scope.kind === "none" || scope.kind === "own") return null;
  const config = await loadCalendarConfig();
  const today = toOfficeLocalDate(now, config.timeZone);
  const year = Number(today.slice(0, 4));
  const [rows, allUnits] = await Promise.all([
    loadReportRows(scope, { from: `${year}-01-01`, to: `${year}-12-31` }, { alsoOpen: true }),
    loadReportUnits(),
  ]);
  let units: ReportUnit[] = allUnits;
  if (scope.kind === "unit") {
    const unitId = scope.unitId;
    const own = await db().unit.findUnique({ where: { id: unitId }, select: { code: true } });
    units = allUnits.filter((u) => u.code === own?.code);
  }
  return { ...dashboardFigures(rows.requests, units, today, year, config), linked, unitScoped: scope.kind === "unit" };
}
