import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  addWorkingDays,
  assertTimeZone,
  countWorkingDays,
  DEFAULT_SERVICE_HOURS,
  describeNonWorkingDay,
  isoWeekday,
  isValidLocalDate,
  isWorkingDay,
  makeCalendarConfig,
  nextWorkingDay,
  parseLocalDate,
  toOfficeLocalDate,
} from "@/lib/domain/calendar";
import { OFFICIAL_CALENDAR_YEARS, OFFICIAL_HOLIDAYS } from "@/lib/domain/holidays-data";
import { at, officialConfig, WIB, WITA, withHolidays } from "./calendar-fixtures";

const config = officialConfig(WITA);

describe("local dates", () => {
  it.each([
    ["2026-03-17", 2],
    ["2025-01-01", 3],
    ["2026-01-01", 4],
    ["2024-02-29", 4],
    ["2000-01-01", 6],
    ["2026-03-22", 7],
  ])("%s has ISO weekday %i", (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });

  it.each([
    ["2025-12-31", 1, "2026-01-01"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2025-02-28", 1, "2025-03-01"],
    ["2026-03-01", -1, "2026-02-28"],
    ["2026-01-01", 365, "2027-01-01"],
  ])("%s + %i calendar days = %s", (date, days, expected) => {
    expect(addCalendarDays(date, days)).toBe(expected);
  });

  it.each(["2025-02-29", "2026-13-01", "2026-04-31", "26-03-17", "2026-3-17", "2026-03-17T00:00", "", "0999-01-01"])(
    "rejects %j",
    (date) => {
      expect(isValidLocalDate(date)).toBe(false);
      expect(() => parseLocalDate(date)).toThrow(RangeError);
      expect(() => isWorkingDay(date, config)).toThrow(RangeError);
    },
  );
});

describe("official holiday data", () => {
  it("holds the 2025 and 2026 decrees", () => {
    expect(OFFICIAL_CALENDAR_YEARS).toEqual([2025, 2026]);
    expect(OFFICIAL_HOLIDAYS.filter((h) => h.date.startsWith("2025-"))).toHaveLength(28);
    expect(OFFICIAL_HOLIDAYS.filter((h) => h.date.startsWith("2026-"))).toHaveLength(25);
    for (const h of OFFICIAL_HOLIDAYS) {
      expect(isValidLocalDate(h.date)).toBe(true);
      expect(["NATIONAL", "CUTI_BERSAMA"]).toContain(h.kind);
      expect(h.name.length).toBeGreaterThan(3);
      expect(h.source).toMatch(/^SKB /);
    }
  });

  it("includes the August 2025 amendment", () => {
    const amendment = OFFICIAL_HOLIDAYS.find((h) => h.date === "2025-08-18");
    expect(amendment).toMatchObject({ kind: "CUTI_BERSAMA", source: expect.stringContaining("perubahan") });
  });
});

describe("isWorkingDay / describeNonWorkingDay", () => {
  it.each([
    ["2026-03-17", true, null],
    ["2026-03-25", true, null],
    ["2026-03-28", false, { reason: "WEEKEND", name: "Sabtu" }],
    ["2026-03-29", false, { reason: "WEEKEND", name: "Minggu" }],
    ["2026-03-19", false, { reason: "NATIONAL", name: "Hari Suci Nyepi (Tahun Baru Saka 1948)" }],
    ["2026-03-18", false, { reason: "CUTI_BERSAMA", name: "Cuti bersama Hari Suci Nyepi" }],
    // A holiday on a weekend is reported as the holiday.
    ["2026-03-21", false, { reason: "NATIONAL", name: "Idul Fitri 1447 Hijriah" }],
    ["2025-08-18", false, { reason: "CUTI_BERSAMA", name: "Cuti bersama Proklamasi Kemerdekaan (HUT ke-80 RI)" }],
    ["2025-12-25", false, { reason: "NATIONAL", name: "Kelahiran Yesus Kristus" }],
    ["2025-12-26", false, { reason: "CUTI_BERSAMA", name: "Cuti bersama Kelahiran Yesus Kristus" }],
  ])("%s working=%s", (date, working, description) => {
    expect(isWorkingDay(date, config)).toBe(working);
    expect(describeNonWorkingDay(date, config)).toEqual(description ? { date, ...description } : null);
  });

  it("cuti bersama counts as a working day when the office says so", () => {
    const open = officialConfig(WITA, { cutiBersamaIsWorkingDay: true });
    expect(isWorkingDay("2026-03-18", open)).toBe(true);
    expect(isWorkingDay("2025-08-18", open)).toBe(true);
    expect(isWorkingDay("2026-03-19", open)).toBe(false); // national stays a holiday
    expect(describeNonWorkingDay("2026-03-18", open)).toBeNull();
  });

  it("LOCAL holidays of the office are non-working and beat cuti bersama on the same date", () => {
    const local = withHolidays(config, [
      { date: "2026-04-27", name: "Hari jadi daerah (contoh)", kind: "LOCAL", source: "Perda contoh" },
      { date: "2026-03-18", name: "Libur daerah contoh", kind: "LOCAL" },
    ]);
    expect(isWorkingDay("2026-04-27", config)).toBe(true);
    expect(describeNonWorkingDay("2026-04-27", local)).toEqual({
      date: "2026-04-27",
      reason: "LOCAL",
      name: "Hari jadi daerah (contoh)",
    });
    expect(describeNonWorkingDay("2026-03-18", local)?.reason).toBe("LOCAL");
    const open = { ...local, cutiBersamaIsWorkingDay: true };
    expect(isWorkingDay("2026-03-18", open)).toBe(false);
  });

  it("rejects unknown holiday kinds and zones", () => {
    const bad = withHolidays(config, [{ date: "2026-04-27", name: "x", kind: "REGIONAL" as never }]);
    expect(() => isWorkingDay("2026-04-27", bad)).toThrow(RangeError);
    expect(() => isWorkingDay("2026-04-27", { ...config, timeZone: "Asia/Kupang" })).toThrow(RangeError);
    expect(() => assertTimeZone("")).toThrow(RangeError);
  });
});

describe("addWorkingDays", () => {
  it.each([
    // [from, n, due, skipped dates]
    ["2026-03-17", 0, "2026-03-17", []],
    ["2026-04-06", 1, "2026-04-07", []],
    ["2026-04-10", 1, "2026-04-13", ["2026-04-11", "2026-04-12"]],
    ["2026-03-17", 1, "2026-03-25", ["2026-03-18", "2026-03-19", "2026-03-20", "2026-03-21", "2026-03-22", "2026-03-23", "2026-03-24"]],
    // year boundary Dec 2025 → Jan 2026: Christmas, cuti bersama, weekend, New Year
    ["2025-12-24", 3, "2025-12-31", ["2025-12-25", "2025-12-26", "2025-12-27", "2025-12-28"]],
    ["2025-12-24", 4, "2026-01-02", ["2025-12-25", "2025-12-26", "2025-12-27", "2025-12-28", "2026-01-01"]],
    // Lebaran 2025
    ["2025-03-27", 1, "2025-04-08", ["2025-03-28", "2025-03-29", "2025-03-30", "2025-03-31", "2025-04-01", "2025-04-02", "2025-04-03", "2025-04-04", "2025-04-05", "2025-04-06", "2025-04-07"]],
    // the August 2025 amendment: 18 August is skipped
    ["2025-08-15", 1, "2025-08-19", ["2025-08-16", "2025-08-17", "2025-08-18"]],
  ])("%s + %i working days = %s", (from, n, due, skippedDates) => {
    const result = addWorkingDays(from, n, config);
    expect(result.date).toBe(due);
    expect(result.skipped.map((s) => s.date)).toEqual(skippedDates);
    expect(result.provisional).toBe(false);
  });

  it("explains each skipped day", () => {
    expect(addWorkingDays("2025-08-15", 1, config).skipped).toEqual([
      { date: "2025-08-16", reason: "WEEKEND", name: "Sabtu" },
      { date: "2025-08-17", reason: "NATIONAL", name: "Proklamasi Kemerdekaan RI" },
      { date: "2025-08-18", reason: "CUTI_BERSAMA", name: "Cuti bersama Proklamasi Kemerdekaan (HUT ke-80 RI)" },
    ]);
  });

  it("is provisional once it runs into a year without an official calendar", () => {
    expect(addWorkingDays("2026-12-28", 3, config)).toMatchObject({ date: "2026-12-31", provisional: false });
    const into2027 = addWorkingDays("2026-12-28", 4, config);
    expect(into2027).toMatchObject({ date: "2027-01-01", provisional: true }); // 1 Jan 2027 unknown yet
    expect(addWorkingDays("2024-12-30", 1, config).provisional).toBe(true); // 2024 not loaded either
    expect(addWorkingDays("2024-12-31", 1, config)).toMatchObject({ date: "2025-01-02", provisional: false });
  });

  it("is provisional when it passes a holiday marked provisional", () => {
    const tentative = withHolidays(config, [
      { date: "2026-04-08", name: "Libur daerah (tanggal belum pasti)", kind: "LOCAL", provisional: true },
    ]);
    expect(addWorkingDays("2026-04-06", 1, tentative).provisional).toBe(false);
    expect(addWorkingDays("2026-04-06", 2, tentative)).toMatchObject({ date: "2026-04-09", provisional: true });
  });

  it.each([-1, 1.5, Number.NaN, 100_000])("rejects n = %s", (n) => {
    expect(() => addWorkingDays("2026-04-06", n, config)).toThrow(RangeError);
  });

  it("nextWorkingDay and countWorkingDays", () => {
    expect(nextWorkingDay("2026-03-17", config)).toBe("2026-03-25");
    expect(countWorkingDays("2026-03-17", "2026-04-08", config)).toBe(10);
    expect(countWorkingDays("2026-04-08", "2026-03-17", config)).toBe(-10);
    expect(countWorkingDays("2026-04-10", "2026-04-12", config)).toBe(0);
  });
});

describe("makeCalendarConfig defaults", () => {
  it("uses the default service hours, 2 completion days and cuti bersama off", () => {
    const made = makeCalendarConfig({ timeZone: WIB, holidays: [], officialYears: [] });
    expect(made).toMatchObject({ cutiBersamaIsWorkingDay: false, requirementsCompletionDays: 2 });
    expect(made.serviceHours).toBe(DEFAULT_SERVICE_HOURS);
    expect(DEFAULT_SERVICE_HOURS[5]).toEqual({ open: "08:00", close: "16:30" });
    expect(DEFAULT_SERVICE_HOURS[4]).toEqual({ open: "08:00", close: "16:00" });
    expect([DEFAULT_SERVICE_HOURS[6], DEFAULT_SERVICE_HOURS[7]]).toEqual([null, null]);
    expect(toOfficeLocalDate(at("2026-03-17T10:00", "+08:00"), made.timeZone)).toBe("2026-03-17");
  });
});
