// The back-office dashboard's figures: running requests by state, due this week, overdue, per-unit
// load and lateness (running requests past their deadline), and the monthly trend of a year
// (received, and of those closed, by month of receipt). Pure: today (office-local) and the calendar are parameters.
// "Overdue" and "due within N working days" mean exactly what the register's filters mean
// (lib/server/queries/request-register.ts), so each number opens the same rows there.

import { addCalendarDays, addWorkingDays, countWorkingDays, isoWeekday, type CalendarConfig, type LocalDate } from "./calendar";
import { MONTH_SHORT_ID, makePeriod } from "./report-period";
import type { ReportRequestRow, ReportUnit, UnitCode } from "./report-rows";
import { OPEN_REQUEST_STATUSES, type RequestStatus } from "./request-workflow";
import { UNFORWARDED_LABEL } from "./report-figures";

export type OpenStatus = (typeof OPEN_REQUEST_STATUSES)[number];

const isOpen = (status: RequestStatus): status is OpenStatus => (OPEN_REQUEST_STATUSES as readonly string[]).includes(status);

/** Working days from today to the end of this ISO week (Sunday): the register's `tenggat` value. */
export function workingDaysLeftThisWeek(today: LocalDate, config: CalendarConfig): number {
  const sunday = addCalendarDays(today, 7 - isoWeekday(today));
  return countWorkingDays(today, sunday, config);
}

export type UnitLoad = { code: UnitCode; name: string; open: number; overdue: number };

export type MonthTrend = { month: number; label: string; from: LocalDate; to: LocalDate; received: number; closed: number };

export type DashboardFigures = {
  today: LocalDate;
  year: number;
  openTotal: number;
  openByStatus: Record<OpenStatus, number>;
  dueThisWeek: number;
  /** The register's `tenggat` value that lists the same requests as dueThisWeek. */
  dueThisWeekDays: number;
  overdue: number;
  units: UnitLoad[];
  months: MonthTrend[];
};

export function dashboardFigures(
  rows: readonly ReportRequestRow[],
  units: readonly ReportUnit[],
  today: LocalDate,
  year: number,
  config: CalendarConfig,
): DashboardFigures {
  const dueThisWeekDays = workingDaysLeftThisWeek(today, config);
  const lastDue = dueThisWeekDays === 0 ? today : addWorkingDays(today, dueThisWeekDays, config).date;
  const openByStatus = Object.fromEntries(OPEN_REQUEST_STATUSES.map((s) => [s, 0])) as Record<OpenStatus, number>;
  let dueThisWeek = 0;
  let overdue = 0;
  const lines: UnitLoad[] = [...units.map((u) => ({ code: u.code as UnitCode, name: u.name })), { code: null, name: UNFORWARDED_LABEL }]
    .map((u) => ({ ...u, open: 0, overdue: 0 }));
  const line = (code: UnitCode) => lines.find((l) => l.code === code);
  const months: MonthTrend[] = MONTH_SHORT_ID.map((label, i) => {
    const period = makePeriod("MONTH", year, i + 1)!;
    return { month: i + 1, label, from: period.from, to: period.to, received: 0, closed: 0 };
  });

  for (const row of rows) {
    const unit = line(row.unitCode);
    if (isOpen(row.status)) {
      openByStatus[row.status] += row.count;
      if (unit) unit.open += row.count;
      if (row.dueDate !== null && row.dueDate < today) {
        overdue += row.count;
        if (unit) unit.overdue += row.count;
      } else if (row.dueDate !== null && row.dueDate <= lastDue) {
        dueThisWeek += row.count;
      }
    }
    if (!row.receivedDate.startsWith(`${year}-`)) continue;
    const month = months[Number(row.receivedDate.slice(5, 7)) - 1];
    month.received += row.count;
    if (row.status === "CLOSED") month.closed += row.count;
  }
  const openTotal = Object.values(openByStatus).reduce((a, b) => a + b, 0);
  return {
    today, year, openTotal, openByStatus, dueThisWeek, dueThisWeekDays, overdue,
    // The "never forwarded" line only when it holds something.
    units: lines.filter((l) => l.code !== null || l.open > 0),
    months,
  };
}

/** What the dashboard component receives: the figures, and whether its numbers may link to the register. */
export type OfficeDashboard = DashboardFigures & { linked: boolean; unitScoped: boolean };
