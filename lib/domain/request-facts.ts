// The facts of a stored request as the request workflow sees them (lib/domain/request-guards.ts),
// and where its deadline stands. Pure: dates are office-local "YYYY-MM-DD" read by the caller from
// the @db.Date columns, "now" is a parameter, the calendar comes in the config.

import { isOverdue, toOfficeLocalDate, workingDaysLeft, type CalendarConfig } from "./calendar";
import { provisionalDateNote } from "./provisional-calendar";
import { OPEN_REQUEST_STATUSES, type RequestContext, type RequestInput, type RequestOutcome } from "./request-workflow";

/** Rows due within this many working days stand out in the register (office practice). */
export const DUE_SOON_WORKING_DAYS = 3;

export type RequestFactsSource = {
  outcome: string | null;
  extendedAt: Date | null;
  /** Current response deadline (REQUEST_RESPONSE, or REQUEST_EXTENSION once extended). */
  dueDate: string | null;
  completionDueDate: string | null;
};

/** The workflow context at `now` (the table's guards decide from these facts). */
export function requestContextAt(
  source: RequestFactsSource,
  now: Date,
  timeZone: string,
  input?: RequestInput,
): RequestContext {
  return {
    outcome: (source.outcome as RequestOutcome | null) ?? null,
    // UU 14/2008 Pasal 22(8): the one extension is used once extendedAt is set.
    extended: source.extendedAt !== null,
    responseDueDate: source.dueDate,
    responseDeadlinePassed: source.dueDate !== null && isOverdue(now, source.dueDate, timeZone),
    completionDueDate: source.completionDueDate,
    completionDeadlinePassed: source.completionDueDate !== null && isOverdue(now, source.completionDueDate, timeZone),
    ...(input ? { input } : {}),
  };
}

export type DeadlineStanding = {
  dueDate: string;
  /** Working days left (0 on the due day; negative once overdue), see workingDaysLeft. */
  daysLeft: number;
  overdue: boolean;
  /** Not overdue and at most DUE_SOON_WORKING_DAYS working days left. */
  dueSoon: boolean;
  /** "sementara, menunggu SKB … 2027" when the days to the due date cross a year without a decree. */
  provisional: string | null;
};

export function isOpenRequestStatus(status: string): boolean {
  return (OPEN_REQUEST_STATUSES as readonly string[]).includes(status);
}

/** Where a running deadline stands at `now`; null when the case runs no deadline any more. */
export function deadlineStanding(
  status: string,
  dueDate: string | null,
  now: Date,
  config: CalendarConfig,
): DeadlineStanding | null {
  if (!dueDate || !isOpenRequestStatus(status)) return null;
  const overdue = isOverdue(now, dueDate, config.timeZone);
  const daysLeft = workingDaysLeft(now, dueDate, config);
  const provisional = provisionalDateNote(toOfficeLocalDate(now, config.timeZone), dueDate, config);
  return { dueDate, daysLeft, overdue, dueSoon: !overdue && daysLeft <= DUE_SOON_WORKING_DAYS, provisional };
}

/** "Sisa 3 hari kerja" / "Hari terakhir" / "Terlambat 2 hari kerja". */
export function describeStanding(standing: DeadlineStanding): string {
  if (standing.overdue) {
    const late = Math.max(1, -standing.daysLeft);
    return `Terlambat ${late} hari kerja`;
  }
  if (standing.daysLeft === 0) return "Hari terakhir";
  return `Sisa ${standing.daysLeft} hari kerja`;
}
