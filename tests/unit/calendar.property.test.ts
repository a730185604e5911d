import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import {
  addCalendarDays,
  addWorkingDays,
  calendarDaysBetween,
  computeDeadline,
  countWorkingDays,
  DEADLINE_RULE_NAMES,
  DEADLINE_RULES,
  describeNonWorkingDay,
  endOfOfficeDay,
  isoWeekday,
  isOverdue,
  isWorkingDay,
  receiptDate,
  startOfOfficeDay,
  toOfficeLocalDate,
  toOfficeLocalDateTime,
  workingDaysLeft,
  yearsWithoutOfficialCalendar,
  type CalendarConfig,
  type Holiday,
  type HolidayKind,
} from "@/lib/domain/calendar";
import { fromDayNumber, toDayNumber } from "@/lib/domain/local-date";
import { officialConfig, WIB, WIT, WITA, withHolidays } from "./calendar-fixtures";

const FIRST_DAY = toDayNumber("2024-07-01");
const LAST_DAY = toDayNumber("2027-06-30");

const dateArb = fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(fromDayNumber);
const instantArb = fc
  .integer({ min: Date.UTC(2024, 6, 1), max: Date.UTC(2027, 5, 30) })
  .map((ms) => new Date(ms));
const kindArb = fc.constantFrom<HolidayKind>("NATIONAL", "CUTI_BERSAMA", "LOCAL");
const holidayArb: fc.Arbitrary<Holiday> = fc.record({
  date: dateArb,
  name: fc.constant("Libur uji"),
  kind: kindArb,
});
const configArb: fc.Arbitrary<CalendarConfig> = fc
  .record({
    timeZone: fc.constantFrom(WIB, WITA, WIT),
    cutiBersamaIsWorkingDay: fc.boolean(),
    extra: fc.array(holidayArb, { maxLength: 6 }),
    requirementsCompletionDays: fc.integer({ min: 1, max: 10 }),
  })
  .map(({ timeZone, cutiBersamaIsWorkingDay, extra, requirementsCompletionDays }) =>
    withHolidays(officialConfig(timeZone, { cutiBersamaIsWorkingDay, requirementsCompletionDays }), extra),
  );
const nArb = fc.integer({ min: 1, max: 40 });
const ruleArb = fc.constantFrom(...DEADLINE_RULE_NAMES);

function deadline(rule: (typeof DEADLINE_RULE_NAMES)[number], instant: Date, config: CalendarConfig) {
  const start = DEADLINE_RULES[rule].startsAt === "RECEIPT" ? instant : toOfficeLocalDate(instant, config.timeZone);
  return computeDeadline(rule, start, config);
}

describe("local date arithmetic agrees with UTC Date arithmetic", () => {
  it("day numbers, weekdays and calendar-day addition", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 2_000_000 }), fc.integer({ min: -1000, max: 1000 }), (day, k) => {
        const date = fromDayNumber(day);
        const utc = new Date(day * 86_400_000);
        expect(date).toBe(utc.toISOString().slice(0, 10));
        expect(toDayNumber(date)).toBe(day);
        expect(isoWeekday(date) % 7).toBe(utc.getUTCDay());
        expect(addCalendarDays(date, k)).toBe(new Date((day + k) * 86_400_000).toISOString().slice(0, 10));
      }),
    );
  });
});

describe("addWorkingDays", () => {
  it("never lands on a non-working day and skips only non-working days", () => {
    fc.assert(
      fc.property(dateArb, nArb, configArb, (from, n, config) => {
        const r = addWorkingDays(from, n, config);
        expect(isWorkingDay(r.date, config)).toBe(true);
        expect(calendarDaysBetween(from, r.date)).toBe(n + r.skipped.length);
        for (const s of r.skipped) {
          expect(s.date > from && s.date < r.date).toBe(true);
          expect(describeNonWorkingDay(s.date, config)).toEqual(s);
        }
        expect(countWorkingDays(from, r.date, config)).toBe(n);
      }),
    );
  });

  it("adding N then M equals adding N + M", () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), configArb, (from, n, m, config) => {
        const first = addWorkingDays(from, n, config);
        const second = addWorkingDays(first.date, m, config);
        const whole = addWorkingDays(from, n + m, config);
        expect(second.date).toBe(whole.date);
        expect([...first.skipped, ...second.skipped]).toEqual(whole.skipped);
        expect(first.provisional || second.provisional).toBe(whole.provisional);
      }),
    );
  });

  it("is monotone in the start date and in N", () => {
    fc.assert(
      fc.property(dateArb, dateArb, nArb, nArb, configArb, (a, b, n, m, config) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const [small, big] = n <= m ? [n, m] : [m, n];
        expect(addWorkingDays(early, n, config).date <= addWorkingDays(late, n, config).date).toBe(true);
        expect(addWorkingDays(a, small, config).date <= addWorkingDays(a, big, config).date).toBe(true);
      }),
    );
  });

  it("adding a holiday never moves a deadline earlier", () => {
    fc.assert(
      fc.property(ruleArb, instantArb, configArb, holidayArb, (rule, instant, config, extra) => {
        const before = deadline(rule, instant, config);
        const after = deadline(rule, instant, withHolidays(config, [extra]));
        expect(after.dueDate >= before.dueDate).toBe(true);
        expect(after.dueAt.getTime()).toBeGreaterThanOrEqual(before.dueAt.getTime());
      }),
    );
  });
});

describe("receipt date", () => {
  it("is a working day, on or after the local submission date, and the same day only when open", () => {
    fc.assert(
      fc.property(instantArb, configArb, (instant, config) => {
        const local = toOfficeLocalDateTime(instant, config.timeZone);
        const r = receiptDate(instant, config);
        expect(isWorkingDay(r.date, config)).toBe(true);
        expect(r.date >= local.date).toBe(true);
        const hours = config.serviceHours[local.weekday];
        const [h, m] = (hours?.close ?? "00:00").split(":").map(Number);
        const open = isWorkingDay(local.date, config) && hours !== null && local.msOfDay < (h * 60 + m) * 60_000;
        expect(r.date === local.date).toBe(open);
        expect(r.afterHours).toBe(!open && isWorkingDay(local.date, config));
        for (const s of r.skipped) expect(s.date >= local.date && s.date < r.date).toBe(true);
      }),
    );
  });
});

describe("deadlines", () => {
  it("dueAt is the end of the due date, office-local, and the due date is a working day", () => {
    fc.assert(
      fc.property(ruleArb, instantArb, configArb, (rule, instant, config) => {
        const r = deadline(rule, instant, config);
        expect(isWorkingDay(r.dueDate, config)).toBe(true);
        expect(r.dueAt.getTime()).toBe(endOfOfficeDay(r.dueDate, config.timeZone).getTime());
        expect(toOfficeLocalDate(r.dueAt, config.timeZone)).toBe(r.dueDate);
        expect(toOfficeLocalDate(new Date(r.dueAt.getTime() + 1), config.timeZone)).toBe(addCalendarDays(r.dueDate, 1));
      }),
    );
  });

  it("workingDaysLeft is N on the day counting starts, 0 on the due day, and negative exactly when overdue", () => {
    fc.assert(
      fc.property(
        ruleArb,
        instantArb,
        configArb,
        fc.integer({ min: 0, max: 86_399_999 }),
        fc.integer({ min: 1, max: 20 }),
        (rule, instant, config, msInDay, daysAfter) => {
          const r = deadline(rule, instant, config);
          const zone = config.timeZone;
          const onDay = (date: string) => new Date(startOfOfficeDay(date, zone).getTime() + msInDay);
          expect(workingDaysLeft(onDay(r.countedFrom), r.dueDate, config)).toBe(r.workingDays);
          expect(workingDaysLeft(onDay(r.dueDate), r.dueDate, config)).toBe(0);
          expect(isOverdue(onDay(r.dueDate), r.dueDate, zone)).toBe(false);
          const later = onDay(addCalendarDays(r.dueDate, daysAfter));
          const left = workingDaysLeft(later, r.dueDate, config);
          expect(left).toBeLessThan(0);
          expect(isOverdue(later, r.dueDate, zone)).toBe(true);
          expect(left).toBe(Math.min(-1, -countWorkingDays(r.dueDate, toOfficeLocalDate(later, zone), config)));
        },
      ),
    );
  });

  it("office days: endOfOfficeDay and startOfOfficeDay bracket exactly one local date", () => {
    fc.assert(
      fc.property(dateArb, fc.constantFrom(WIB, WITA, WIT, "UTC", "America/New_York", "Australia/Lord_Howe"), (date, zone) => {
        const start = startOfOfficeDay(date, zone);
        const end = endOfOfficeDay(date, zone);
        expect(toOfficeLocalDate(start, zone)).toBe(date);
        expect(toOfficeLocalDate(end, zone)).toBe(date);
        expect(toOfficeLocalDate(new Date(start.getTime() - 1), zone)).toBe(addCalendarDays(date, -1));
        expect(toOfficeLocalDate(new Date(end.getTime() + 1), zone)).toBe(addCalendarDays(date, 1));
      }),
    );
  });
});

describe("results do not depend on the process time zone", () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  const PROCESS_ZONES = ["UTC", "America/New_York", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kathmandu", "Europe/London"];

  function snapshot(instant: Date, now: Date, config: CalendarConfig): string {
    const results = DEADLINE_RULE_NAMES.map((rule) => deadline(rule, instant, config));
    return JSON.stringify({
      results,
      left: results.map((r) => workingDaysLeft(now, r.dueDate, config)),
      overdue: results.map((r) => isOverdue(now, r.dueDate, config.timeZone)),
      local: toOfficeLocalDateTime(instant, config.timeZone),
      warn: yearsWithoutOfficialCalendar(now, config),
    });
  }

  it("computes the same everything under six process zones", () => {
    fc.assert(
      fc.property(instantArb, instantArb, configArb, (instant, now, config) => {
        const outputs = PROCESS_ZONES.map((zone) => {
          process.env.TZ = zone;
          return snapshot(instant, now, config);
        });
        for (const output of outputs) expect(output).toBe(outputs[0]);
      }),
      { numRuns: 40 },
    );
  });

  it("really switches the process zone (sanity check of the test itself)", () => {
    process.env.TZ = "UTC";
    const utcOffset = new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset();
    process.env.TZ = "Pacific/Kiritimati";
    expect(new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset()).not.toBe(utcOffset);
  });
});
