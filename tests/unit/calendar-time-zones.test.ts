import { describe, expect, it } from "vitest";
import {
  endOfOfficeDay,
  SUPPORTED_TIME_ZONES,
  TIME_ZONE_LABELS,
  timeZoneAbbreviation,
  toOfficeLocalDate,
  toOfficeLocalDateTime,
  yearsWithoutOfficialCalendar,
} from "@/lib/domain/calendar";
import { officialConfig, WIB, WIT, WITA } from "./calendar-fixtures";

const config = officialConfig(WITA);

describe("office-local dates in the three Indonesian zones", () => {
  it("lists WIB, WITA and WIT", () => {
    expect(SUPPORTED_TIME_ZONES).toEqual([WIB, WITA, WIT]);
    expect(SUPPORTED_TIME_ZONES.map(timeZoneAbbreviation)).toEqual(["WIB", "WITA", "WIT"]);
    expect(TIME_ZONE_LABELS[WITA].name).toBe("Waktu Indonesia Tengah");
    expect(timeZoneAbbreviation("Europe/Paris")).toBe("Europe/Paris");
  });

  // 23:30 WIB on 17 March 2026 = 16:30 UTC.
  const instant = new Date("2026-03-17T16:30:00Z");
  it.each([
    [WIB, "2026-03-17", "23:30", 2],
    [WITA, "2026-03-18", "00:30", 3],
    [WIT, "2026-03-18", "01:30", 3],
    ["UTC", "2026-03-17", "16:30", 2],
  ])("in %s it is %s %s", (zone, date, time, weekday) => {
    expect(toOfficeLocalDate(instant, zone)).toBe(date);
    expect(toOfficeLocalDateTime(instant, zone)).toMatchObject({ date, time, weekday });
  });

  it.each([
    [WIB, "2026-04-08T16:59:59.999Z"],
    [WITA, "2026-04-08T15:59:59.999Z"],
    [WIT, "2026-04-08T14:59:59.999Z"],
  ])("endOfOfficeDay in %s", (zone, iso) => {
    const end = endOfOfficeDay("2026-04-08", zone);
    expect(end.toISOString()).toBe(iso);
    expect(toOfficeLocalDate(end, zone)).toBe("2026-04-08");
    expect(toOfficeLocalDate(new Date(end.getTime() + 1), zone)).toBe("2026-04-09");
  });

  it("rejects invalid instants", () => {
    expect(() => toOfficeLocalDate(new Date(Number.NaN), WIB)).toThrow(RangeError);
  });
});

describe("yearsWithoutOfficialCalendar", () => {
  it.each([
    ["2026-09-30T12:00:00+08:00", []],
    ["2026-10-01T00:30:00+08:00", [2027]], // already 1 October in WITA although 30 September in UTC
    ["2026-09-30T23:30:00+07:00", [2027]], // 23:30 WIB is 00:30 WITA on 1 October
    ["2027-03-01T10:00:00+08:00", [2027]],
    ["2027-11-15T10:00:00+08:00", [2027, 2028]],
    ["2025-10-01T10:00:00+08:00", []],
    ["2024-12-31T16:30:00Z", []], // 1 January 2025 00:30 WITA
  ])("at %s", (iso, years) => {
    expect(yearsWithoutOfficialCalendar(new Date(iso), config)).toEqual(years);
  });
});
