import { describe, expect, it } from "vitest";
import { addWorkingDays, makeCalendarConfig } from "@/lib/domain/calendar";
import { OFFICIAL_CALENDAR_YEARS, OFFICIAL_HOLIDAYS } from "@/lib/domain/holidays-data";
import { provisionalDateNote, provisionalYearHolidays, unofficialYearsBetween, yearsToPrefill } from "@/lib/domain/provisional-calendar";
import { deadlineStanding } from "@/lib/domain/request-facts";

const official = makeCalendarConfig({ timeZone: "Asia/Makassar", holidays: OFFICIAL_HOLIDAYS, officialYears: OFFICIAL_CALENDAR_YEARS });
const predicted = [
  { date: "2027-01-01", name: "Tahun Baru", kind: "NATIONAL" as const },
  { date: "2027-03-10", name: "Idul Fitri 1448 Hijriah", kind: "NATIONAL" as const },
  { date: "2026-12-25", name: "Natal tahun lain", kind: "NATIONAL" as const },
];

describe("years without a decree", () => {
  it("pre-fills the current and the next year when they have no decree", () => {
    expect(yearsToPrefill("2026-12-01", [2025, 2026])).toEqual([2027]);
    expect(yearsToPrefill("2026-01-05", [2025, 2026])).toEqual([2027]);
    expect(yearsToPrefill("2027-01-04", [2025, 2026])).toEqual([2027, 2028]);
    expect(yearsToPrefill("2026-12-01", [2026, 2027])).toEqual([]);
  });

  it("takes the fixed-date holidays from the decrees as final and the library's other dates as provisional", () => {
    const year = provisionalYearHolidays(2027, predicted);
    expect(year.map((h) => [h.date, h.provisional])).toEqual([
      ["2027-01-01", false], ["2027-03-10", true], ["2027-05-01", false], ["2027-06-01", false], ["2027-08-17", false], ["2027-12-25", false],
    ]);
    expect(year[0]).toMatchObject({ name: "Tahun Baru 2027 Masehi", source: expect.stringContaining("Keppres No. 251 Tahun 1967") });
  });

  it("counts across the year boundary with 1 January 2027 as a holiday once pre-filled, and says the result is provisional", () => {
    // Wednesday 30 December 2026 + 2 working days: Thursday 31 December, then (Friday 1 January a holiday) Monday 4 January.
    expect(addWorkingDays("2026-12-30", 2, official)).toMatchObject({ date: "2027-01-01", provisional: true });
    const filled = { ...official, holidays: [...OFFICIAL_HOLIDAYS, ...provisionalYearHolidays(2027, predicted)] };
    expect(addWorkingDays("2026-12-30", 2, filled)).toMatchObject({ date: "2027-01-04", provisional: true });
    // Inside an official year nothing is provisional.
    expect(addWorkingDays("2026-12-01", 5, filled).provisional).toBe(false);
  });

  it("names the years without a decree a date rests on, in either order", () => {
    expect(unofficialYearsBetween("2026-12-20", "2028-01-05", [2026])).toEqual([2027, 2028]);
    expect(unofficialYearsBetween("2027-01-05", "2026-12-20", [2026])).toEqual([2027]);
    expect(provisionalDateNote("2026-12-21", "2027-01-06", official)).toBe("sementara, menunggu SKB hari libur nasional dan cuti bersama 2027");
    expect(provisionalDateNote("2026-12-01", "2026-12-15", official)).toBeNull();
  });

  it("marks a running deadline into 2027 as provisional, and not once the decree is loaded", () => {
    const now = new Date("2026-12-21T09:00:00+08:00");
    expect(deadlineStanding("IN_PROCESS", "2027-01-06", now, official)?.provisional).toMatch(/menunggu SKB .* 2027$/);
    expect(deadlineStanding("IN_PROCESS", "2027-01-06", now, { ...official, officialYears: [2025, 2026, 2027] })?.provisional).toBeNull();
    expect(deadlineStanding("IN_PROCESS", "2026-12-28", now, official)?.provisional).toBeNull();
  });
});
