// Public entry point of the working-day calendar and legal deadlines (docs/domain.md, Working days).
// Pure TypeScript: no I/O, no framework imports, no clock — "now" is always a parameter.
// Other modules import from "@/lib/domain/calendar"; the pieces live in:
//   local-date.ts      YYYY-MM-DD arithmetic without Date (process-zone independent)
//   calendar-types.ts  types, service hours, supported zones (WIB/WITA/WIT)
//   office-time.ts     instant <-> office-local date/time in the office's IANA zone
//   working-days.ts    working days, receipt date, "N working days after X"
//   deadline-rules.ts  the legal periods of UU 14/2008 as data
//   deadlines.ts       computeDeadline, workingDaysLeft, isOverdue

export * from "./calendar-types";
export {
  addCalendarDays,
  calendarDaysBetween,
  compareLocalDates,
  isoWeekday,
  isValidLocalDate,
  parseLocalDate,
  WEEKDAY_NAMES_ID,
  yearOf,
} from "./local-date";
export {
  assertTimeZone,
  clockToMs,
  endOfOfficeDay,
  officeLocalToInstant,
  startOfOfficeDay,
  toOfficeLocalDate,
  toOfficeLocalDateTime,
  type OfficeLocalDateTime,
} from "./office-time";
export {
  addWorkingDays,
  countWorkingDays,
  describeNonWorkingDay,
  isWorkingDay,
  MAX_WORKING_DAYS,
  nextWorkingDay,
  receiptDate,
  yearsWithoutOfficialCalendar,
  type ReceiptResult,
  type WorkingDaysResult,
} from "./working-days";
export {
  DEADLINE_RULE_NAMES,
  DEADLINE_RULES,
  ruleWorkingDays,
  type DeadlineRule,
  type DeadlineRuleDefinition,
} from "./deadline-rules";
export {
  computeDeadline,
  computeDisputeFilingDeadline,
  disputeFilingStartDate,
  groundDateAfterMissedDeadline,
  isOverdue,
  workingDaysLeft,
  type DeadlineResult,
} from "./deadlines";
