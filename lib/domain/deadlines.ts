// Legal deadlines computed from DEADLINE_RULES and the office calendar. Every deadline the portal
// shows or stores comes from computeDeadline (docs/domain.md, Working days). Pure: "now" is a parameter.

import type { CalendarConfig, SkippedDay } from "./calendar-types";
import { DEADLINE_RULES, ruleWorkingDays, type DeadlineRule } from "./deadline-rules";
import { addCalendarDays, isValidLocalDate, parseLocalDate, type LocalDate } from "./local-date";
import { endOfOfficeDay, toOfficeLocalDate } from "./office-time";
import { addWorkingDays, countWorkingDays, receiptDate } from "./working-days";

export type DeadlineResult = {
  rule: DeadlineRule;
  workingDays: number;
  timeZone: string;
  /** RECEIPT rules: the submission instant (ISO 8601, UTC); DATE rules: the start date YYYY-MM-DD. */
  start: string;
  /** RECEIPT rules: the receipt date; DATE rules: null. */
  receivedDate: LocalDate | null;
  /** True when a RECEIPT-rule submission came on a working day at or after closing time. */
  afterHours: boolean;
  /** The date X of "N working days after X" (the receipt date or the start date). */
  countedFrom: LocalDate;
  dueDate: LocalDate;
  /** End of the due date, office-local (23:59:59.999). */
  dueAt: Date;
  /** Every non-working day passed over, in order (receipt, then counting), with reason and name. */
  skipped: SkippedDay[];
  /** A day examined lies in a year without an official calendar, or is a provisional holiday. */
  provisional: boolean;
};

// An instant written with an explicit offset, so its meaning never depends on the process zone.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

function toInstant(start: Date | string): Date {
  if (start instanceof Date) {
    if (Number.isNaN(start.getTime())) throw new RangeError("Waktu mulai tidak valid");
    return start;
  }
  if (typeof start === "string" && ISO_INSTANT.test(start)) {
    const instant = new Date(start);
    if (!Number.isNaN(instant.getTime())) return instant;
  }
  throw new RangeError(
    `Aturan yang dihitung sejak penerimaan butuh waktu penerimaan lengkap (tanggal, jam, zona), bukan: ${String(start)}`,
  );
}

function toStartDate(start: Date | string, timeZone: string): LocalDate {
  if (typeof start === "string" && isValidLocalDate(start)) return start;
  return toOfficeLocalDate(toInstant(start), timeZone);
}

/**
 * The deadline of a rule. `start` is the submission instant for RECEIPT rules (a Date or an ISO
 * string with offset; a bare date is rejected because the receipt date depends on the hour), and
 * the start date for DATE rules (YYYY-MM-DD; an instant is converted to its office-local date).
 */
export function computeDeadline(rule: DeadlineRule, start: Date | string, config: CalendarConfig): DeadlineResult {
  const workingDays = ruleWorkingDays(rule, config);
  const { timeZone } = config;
  if (DEADLINE_RULES[rule].startsAt === "RECEIPT") {
    const instant = toInstant(start);
    const receipt = receiptDate(instant, config);
    const counted = addWorkingDays(receipt.date, workingDays, config);
    return {
      rule,
      workingDays,
      timeZone,
      start: instant.toISOString(),
      receivedDate: receipt.date,
      afterHours: receipt.afterHours,
      countedFrom: receipt.date,
      dueDate: counted.date,
      dueAt: endOfOfficeDay(counted.date, timeZone),
      skipped: [...receipt.skipped, ...counted.skipped],
      provisional: receipt.provisional || counted.provisional,
    };
  }
  const from = toStartDate(start, timeZone);
  const counted = addWorkingDays(from, workingDays, config);
  return {
    rule,
    workingDays,
    timeZone,
    start: from,
    receivedDate: null,
    afterHours: false,
    countedFrom: from,
    dueDate: counted.date,
    dueAt: endOfOfficeDay(counted.date, timeZone),
    skipped: counted.skipped,
    provisional: counted.provisional,
  };
}

/**
 * Working days left until the due date, seen from `now` (office-local): the working days in
 * (today, dueDate], so 0 on the due day and N on the day X of "N working days after X". When
 * overdue, minus the working days in (dueDate, today], and at least -1 (a weekend right after the
 * due date is already overdue although no working day has passed).
 */
export function workingDaysLeft(now: Date, dueDate: LocalDate, config: CalendarConfig): number {
  parseLocalDate(dueDate);
  const today = toOfficeLocalDate(now, config.timeZone);
  if (today <= dueDate) return countWorkingDays(today, dueDate, config);
  return Math.min(-1, -countWorkingDays(dueDate, today, config));
}

/** True once the end of the due date (office-local 23:59:59.999) has passed. */
export function isOverdue(now: Date, dueDate: LocalDate, timeZone: string): boolean {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new RangeError("Waktu sekarang tidak valid");
  return now.getTime() > endOfOfficeDay(dueDate, timeZone).getTime();
}

/**
 * Ground date of an objection for Pasal 35(1) c (not answered) and g (answered late): the ground
 * arises the day after the response deadline passed (docs/domain.md, Objections).
 */
export function groundDateAfterMissedDeadline(dueDate: LocalDate): LocalDate {
  return addCalendarDays(dueDate, 1);
}

/**
 * Start of the DISPUTE_FILING period (UU 14/2008 Pasal 37(2)): the date the Atasan's written answer
 * was received, or, when no answer came, the OBJECTION_RESPONSE due date.
 */
export function disputeFilingStartDate(input: {
  answerReceivedDate: LocalDate | null | undefined;
  objectionResponseDueDate: LocalDate;
}): LocalDate {
  const start = input.answerReceivedDate ?? input.objectionResponseDueDate;
  parseLocalDate(start);
  return start;
}

export function computeDisputeFilingDeadline(
  input: { answerReceivedDate: LocalDate | null | undefined; objectionResponseDueDate: LocalDate },
  config: CalendarConfig,
): DeadlineResult {
  return computeDeadline("DISPUTE_FILING", disputeFilingStartDate(input), config);
}
