import { describe, expect, it } from "vitest";
import { computeDeadline } from "@/lib/domain/calendar";
import { at, officialConfig, WIB, WIT, WITA } from "./calendar-fixtures";

const wita = officialConfig(WITA);

describe("receipt date and service hours", () => {
  it.each([
    // [local submission in WITA, receivedDate, dueDate, afterHours, skipped before receipt]
    ["2026-03-17T15:59:59.999", "2026-03-17", "2026-04-08", false, 0],
    ["2026-03-17T16:00", "2026-03-25", "2026-04-09", true, 7], // exactly at closing time = after hours
    ["2026-03-17T02:00", "2026-03-17", "2026-04-08", false, 0], // before opening still counts that day
    ["2026-04-09T16:15", "2026-04-10", "2026-04-24", true, 0], // Thursday closes 16:00
    ["2026-04-10T16:15", "2026-04-10", "2026-04-24", false, 0], // Friday closes 16:30
    ["2026-04-10T16:30", "2026-04-13", "2026-04-27", true, 2], // Friday at closing → Monday
    ["2026-04-11T10:00", "2026-04-13", "2026-04-27", false, 2], // Saturday
    ["2026-04-12T23:59", "2026-04-13", "2026-04-27", false, 1], // Sunday
    ["2026-05-01T09:00", "2026-05-04", "2026-05-20", false, 3], // Hari Buruh (Friday) + weekend
    ["2026-05-13T17:00", "2026-05-18", "2026-06-04", true, 4], // after hours before Kenaikan, cuti bersama, weekend
    ["2025-08-15T16:45", "2025-08-19", "2025-09-02", true, 3], // Friday after hours + amended 18 August
  ])("submitted %s WITA", (local, received, due, afterHours, skippedBefore) => {
    const r = computeDeadline("REQUEST_RESPONSE", `${local}${local.length === 16 ? ":00" : ""}+08:00`, wita);
    expect(r.receivedDate).toBe(received);
    expect(r.dueDate).toBe(due);
    expect(r.afterHours).toBe(afterHours);
    expect(r.skipped.filter((s) => s.date < received)).toHaveLength(skippedBefore);
  });

  it("a working weekday without service hours is closed all day", () => {
    const noFriday = officialConfig(WITA, { serviceHours: { ...officialConfig().serviceHours, 5: null } });
    const r = computeDeadline("REQUEST_RESPONSE", at("2026-04-10T09:00", "+08:00"), noFriday);
    expect(r).toMatchObject({ receivedDate: "2026-04-13", afterHours: true });
  });

  it("the same instant gives different receipt dates in WIB, WITA and WIT", () => {
    // 15:45 WIB = 16:45 WITA = 17:45 WIT on Thursday 9 April 2026
    const instant = new Date("2026-04-09T08:45:00Z");
    expect(computeDeadline("REQUEST_RESPONSE", instant, officialConfig(WIB)).receivedDate).toBe("2026-04-09");
    expect(computeDeadline("REQUEST_RESPONSE", instant, officialConfig(WITA)).receivedDate).toBe("2026-04-10");
    expect(computeDeadline("REQUEST_RESPONSE", instant, officialConfig(WIT)).receivedDate).toBe("2026-04-10");
    // 23:30 WIB on Tuesday 17 March = already Wednesday 18 March (cuti bersama) in WITA and WIT
    const late = new Date("2026-03-17T16:30:00Z");
    for (const zone of [WIB, WITA, WIT]) {
      const r = computeDeadline("REQUEST_RESPONSE", late, officialConfig(zone));
      expect(r.receivedDate).toBe("2026-03-25");
      expect(r.afterHours).toBe(zone === WIB);
      expect(r.skipped[0]?.date).toBe("2026-03-18");
    }
  });
});
