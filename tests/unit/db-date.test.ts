import { afterEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { fromDbDate, fromDbDateOrNull, toDbDate, toDbDateOrNull } from "@/lib/domain/db-date";
import { addCalendarDays, fromDayNumber, toDayNumber } from "@/lib/domain/local-date";
import { endOfOfficeDay, startOfOfficeDay, toOfficeLocalDate } from "@/lib/domain/office-time";

const PROCESS_ZONES = ["UTC", "Asia/Jakarta", "Asia/Jayapura", "Pacific/Kiritimati", "Pacific/Pago_Pago", "America/New_York"];
const EDGE_DATES = ["2026-01-01", "2026-12-31", "2028-02-29", "2100-02-28", "2027-03-01", "1999-12-31", "2000-02-29"];

describe("the date boundary (office-local date <-> @db.Date)", () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it("stores a calendar date as 00:00 UTC of that day, whatever the process zone", () => {
    for (const zone of PROCESS_ZONES) {
      process.env.TZ = zone;
      for (const date of EDGE_DATES) {
        expect(toDbDate(date).toISOString()).toBe(`${date}T00:00:00.000Z`);
        expect(fromDbDate(toDbDate(date))).toBe(date);
      }
    }
  });

  it("reads back what the driver returns for a DATE column (UTC midnight) as the same day in every zone", () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber("1970-01-01"), max: toDayNumber("2199-12-31") }), (day) => {
        const date = fromDayNumber(day);
        const fromDriver = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));
        for (const zone of PROCESS_ZONES) {
          process.env.TZ = zone;
          expect(fromDbDate(fromDriver)).toBe(date);
        }
      }),
      { numRuns: 50 },
    );
  });

  it("puts an instant on the office's day at the office's midnight, not the server's (WIB, WITA, WIT)", () => {
    for (const zone of ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]) {
      const lastInstant = endOfOfficeDay("2026-12-31", zone);
      const firstOfNewYear = new Date(lastInstant.getTime() + 1);
      expect(firstOfNewYear.getTime()).toBe(startOfOfficeDay("2027-01-01", zone).getTime());
      // Before office midnight: still 31 December; one millisecond later: 1 January (while UTC is still in 2026).
      expect(toDbDate(toOfficeLocalDate(lastInstant, zone)).toISOString()).toBe("2026-12-31T00:00:00.000Z");
      expect(firstOfNewYear.getUTCFullYear()).toBe(2026);
      expect(toDbDate(toOfficeLocalDate(firstOfNewYear, zone)).toISOString()).toBe("2027-01-01T00:00:00.000Z");
    }
  });

  it("keeps day arithmetic and the stored value in step across month and leap-year ends", () => {
    expect(fromDbDate(toDbDate(addCalendarDays("2028-02-28", 1)))).toBe("2028-02-29");
    expect(fromDbDate(toDbDate(addCalendarDays("2027-02-28", 1)))).toBe("2027-03-01");
    expect(toDbDate("2026-12-31").getTime() + 86_400_000).toBe(toDbDate("2027-01-01").getTime());
  });

  it("refuses what is not a real date instead of storing an Invalid Date", () => {
    for (const bad of ["2026-02-30", "2026-13-01", "26-01-01", "2026-1-1", "", "2026-01-01T00:00:00Z"]) {
      expect(() => toDbDate(bad)).toThrow(RangeError);
    }
    expect(() => fromDbDate(new Date(Number.NaN))).toThrow(RangeError);
  });

  it("maps missing values to null", () => {
    expect(fromDbDateOrNull(null)).toBeNull();
    expect(fromDbDateOrNull(undefined)).toBeNull();
    expect(fromDbDateOrNull(toDbDate("2026-05-01"))).toBe("2026-05-01");
    expect(toDbDateOrNull("")).toBeNull();
    expect(toDbDateOrNull(null)).toBeNull();
    expect(toDbDateOrNull("2026-05-01")?.toISOString()).toBe("2026-05-01T00:00:00.000Z");
  });
});
