import { describe, expect, it } from "vitest";
import { computeDeadline, isWorkingDay, makeCalendarConfig, officeLocalToInstant } from "@/lib/domain/calendar";
import { OFFICIAL_CALENDAR_YEARS, OFFICIAL_HOLIDAYS } from "@/lib/domain/holidays-data";
import { appCalendarConfig } from "../e2e/app-calendar";

// The e2e specs predict deadlines with appCalendarConfig; with the decrees alone they would count
// 1 January 2027 as a working day while the app (which pre-fills 2027) does not.
describe("the e2e specs' calendar", () => {
  const zone = "Asia/Makassar";

  it("on 20 December 2026 treats the pre-filled 1 January 2027 as a holiday, as the app does", () => {
    const config = appCalendarConfig(zone, new Date("2026-12-20T02:00:00Z"));
    expect(isWorkingDay("2027-01-01", config)).toBe(false);
    const received = officeLocalToInstant("2026-12-18", zone, { hours: 10, minutes: 0 });
    const decreesOnly = makeCalendarConfig({ timeZone: zone, holidays: OFFICIAL_HOLIDAYS, officialYears: OFFICIAL_CALENDAR_YEARS });
    // 10 working days from Friday 18 December run into January: New Year (1 Jan) is skipped and the
    // deadline is later than with the decrees alone (the library also predicts Isra Mikraj on 5 January).
    expect(computeDeadline("REQUEST_RESPONSE", received, decreesOnly).dueDate).toBe("2027-01-05");
    expect(computeDeadline("REQUEST_RESPONSE", received, config).dueDate).toBe("2027-01-07");
  });

  it("on 2 January 2027 still knows the pre-filled holidays of 2027", () => {
    const config = appCalendarConfig(zone, new Date("2027-01-02T02:00:00Z"));
    expect(isWorkingDay("2027-01-01", config)).toBe(false);
    expect(isWorkingDay("2027-01-04", config)).toBe(true);
  });
});
