import { describe, expect, it } from "vitest";
import {
  computeDeadline,
  computeDisputeFilingDeadline,
  DEADLINE_RULE_NAMES,
  DEADLINE_RULES,
  groundDateAfterMissedDeadline,
  isOverdue,
  ruleWorkingDays,
  workingDaysLeft,
  type DeadlineRule,
} from "@/lib/domain/calendar";
import { at, OFFSET, officialConfig, WIB, WIT, WITA, withHolidays } from "./calendar-fixtures";

const wita = officialConfig(WITA);

describe("the check example: received Tuesday 17 March 2026 10:00 WITA", () => {
  const result = computeDeadline("REQUEST_RESPONSE", at("2026-03-17T10:00", "+08:00"), wita);

  it("is due Wednesday 8 April 2026 at the end of the day, WITA", () => {
    expect(result).toMatchObject({
      rule: "REQUEST_RESPONSE",
      workingDays: 10,
      timeZone: WITA,
      start: "2026-03-17T02:00:00.000Z",
      receivedDate: "2026-03-17",
      countedFrom: "2026-03-17",
      afterHours: false,
      dueDate: "2026-04-08",
      provisional: false,
    });
    expect(result.dueAt.toISOString()).toBe("2026-04-08T15:59:59.999Z");
  });

  it("skips Nyepi, cuti bersama, Idul Fitri 1447, weekends and Good Friday", () => {
    expect(result.skipped).toEqual([
      { date: "2026-03-18", reason: "CUTI_BERSAMA", name: "Cuti bersama Hari Suci Nyepi" },
      { date: "2026-03-19", reason: "NATIONAL", name: "Hari Suci Nyepi (Tahun Baru Saka 1948)" },
      { date: "2026-03-20", reason: "CUTI_BERSAMA", name: "Cuti bersama Idul Fitri" },
      { date: "2026-03-21", reason: "NATIONAL", name: "Idul Fitri 1447 Hijriah" },
      { date: "2026-03-22", reason: "NATIONAL", name: "Idul Fitri 1447 Hijriah" },
      { date: "2026-03-23", reason: "CUTI_BERSAMA", name: "Cuti bersama Idul Fitri" },
      { date: "2026-03-24", reason: "CUTI_BERSAMA", name: "Cuti bersama Idul Fitri" },
      { date: "2026-03-28", reason: "WEEKEND", name: "Sabtu" },
      { date: "2026-03-29", reason: "WEEKEND", name: "Minggu" },
      { date: "2026-04-03", reason: "NATIONAL", name: "Wafat Yesus Kristus" },
      { date: "2026-04-04", reason: "WEEKEND", name: "Sabtu" },
      { date: "2026-04-05", reason: "NATIONAL", name: "Kebangkitan Yesus Kristus (Paskah)" },
    ]);
  });

  it("is due 1 April when the office works on cuti bersama days", () => {
    const open = officialConfig(WITA, { cutiBersamaIsWorkingDay: true });
    const r = computeDeadline("REQUEST_RESPONSE", at("2026-03-17T10:00", "+08:00"), open);
    expect(r.dueDate).toBe("2026-04-01");
    expect(r.skipped.some((s) => s.reason === "CUTI_BERSAMA")).toBe(false);
  });

  it("moves one day later with a LOCAL holiday on 1 April", () => {
    const local = withHolidays(wita, [{ date: "2026-04-01", name: "Libur daerah contoh", kind: "LOCAL" }]);
    const r = computeDeadline("REQUEST_RESPONSE", at("2026-03-17T10:00", "+08:00"), local);
    expect(r.dueDate).toBe("2026-04-09");
    expect(r.skipped).toContainEqual({ date: "2026-04-01", reason: "LOCAL", name: "Libur daerah contoh" });
  });
});

describe("each rule", () => {
  it.each<[DeadlineRule, string, Date | string, string, string, boolean]>([
    // [rule, zone, start, receivedDate|"-", dueDate, provisional]
    ["REQUEST_RESPONSE", WITA, at("2026-03-17T10:00", "+08:00"), "2026-03-17", "2026-04-08", false],
    ["REQUEST_EXTENSION", WITA, "2026-04-08", "-", "2026-04-17", false], // Pasal 22(8): 7 after the original due date
    ["REQUIREMENTS_COMPLETION", WITA, "2026-05-13", "-", "2026-05-19", false], // Kenaikan + cuti bersama skipped
    ["OBJECTION_FILING", WITA, "2026-04-08", "-", "2026-05-25", false],
    ["OBJECTION_RESPONSE", WIT, at("2026-08-10T09:00", "+09:00"), "2026-08-10", "2026-09-23", false],
    ["DISPUTE_FILING", WIB, "2026-12-10", "-", "2027-01-01", true], // runs into 2027: no decree yet
  ])("%s (%s) from %j", (rule, zone, start, received, due, provisional) => {
    const r = computeDeadline(rule, start, officialConfig(zone));
    expect(r.workingDays).toBe(DEADLINE_RULES[rule].workingDays === "SETTING" ? 2 : DEADLINE_RULES[rule].workingDays);
    expect(r.receivedDate).toBe(received === "-" ? null : received);
    expect(r.dueDate).toBe(due);
    expect(r.provisional).toBe(provisional);
    expect(r.dueAt.toISOString()).toBe(new Date(`${due}T23:59:59.999${OFFSET[zone]}`).toISOString());
  });

  it("REQUIREMENTS_COMPLETION follows the office setting", () => {
    const five = officialConfig(WITA, { requirementsCompletionDays: 5 });
    expect(ruleWorkingDays("REQUIREMENTS_COMPLETION", five)).toBe(5);
    expect(computeDeadline("REQUIREMENTS_COMPLETION", "2026-05-13", five).dueDate).toBe("2026-05-22");
    expect(() => ruleWorkingDays("REQUIREMENTS_COMPLETION", officialConfig(WITA, { requirementsCompletionDays: 0 }))).toThrow(
      RangeError,
    );
  });

  it("DISPUTE_FILING starts at the Atasan's answer, or at the OBJECTION_RESPONSE due date without one", () => {
    const answered = computeDisputeFilingDeadline(
      { answerReceivedDate: "2026-09-01", objectionResponseDueDate: "2026-09-23" },
      wita,
    );
    expect(answered).toMatchObject({ start: "2026-09-01", dueDate: "2026-09-21" });
    const silent = computeDisputeFilingDeadline({ answerReceivedDate: null, objectionResponseDueDate: "2026-09-23" }, wita);
    expect(silent).toMatchObject({ start: "2026-09-23", dueDate: "2026-10-13" });
  });

  it("an objection for a missed response deadline counts from the day after it", () => {
    const ground = groundDateAfterMissedDeadline("2026-04-08");
    expect(ground).toBe("2026-04-09");
    expect(computeDeadline("OBJECTION_FILING", ground, wita).dueDate).toBe("2026-05-26");
  });

  it("every rule names its article and has Indonesian texts", () => {
    expect(DEADLINE_RULE_NAMES).toHaveLength(9);
    for (const rule of DEADLINE_RULE_NAMES) {
      const def = DEADLINE_RULES[rule];
      expect(def.article).toMatch(/Pasal|SOP|kantor/);
      expect(def.label.length).toBeGreaterThan(5);
      expect(def.startLabel.length).toBeGreaterThan(5);
      expect(def.description).toMatch(/hari kerja|jangka waktu/);
    }
    expect(DEADLINE_RULES.REQUEST_RESPONSE.article).toContain("Pasal 22 ayat (7)");
    expect(DEADLINE_RULES.REQUEST_EXTENSION.article).toContain("Pasal 22 ayat (8)");
    expect(DEADLINE_RULES.DISPUTE_FILING.article).toContain("Pasal 37");
    // Without an answer the window is the KI's procedural rule, named as such.
    expect(DEADLINE_RULES.DISPUTE_FILING.article).toContain("Perki No. 1 Tahun 2013");
    expect(DEADLINE_RULES.COURT_FILING.article).toContain("Pasal 48 ayat (1)");
    // The completion period is the office's setting, not law.
    expect(DEADLINE_RULES.REQUIREMENTS_COMPLETION.article).toMatch(/Pengaturan kantor/);
  });
});

describe("year boundaries and Lebaran", () => {
  it.each([
    ["2025-12-22T10:00", WIB, "2025-12-22", "2026-01-08", false], // Christmas, cuti bersama, New Year
    ["2025-12-31T16:01", WIB, "2026-01-02", "2026-01-19", false], // after hours on New Year's Eve; Isra Mikraj 16 Jan
    ["2025-03-27T10:00", WIB, "2025-03-27", "2025-04-22", false], // Lebaran 2025 + Good Friday
    ["2026-03-13T10:00", WIB, "2026-03-13", "2026-04-06", false], // Lebaran 2026
    ["2026-12-21T10:00", WIT, "2026-12-21", "2027-01-06", true], // into 2027
  ])("received %s (%s)", (local, zone, received, due, provisional) => {
    const r = computeDeadline("REQUEST_RESPONSE", at(local, OFFSET[zone]), officialConfig(zone));
    expect(r).toMatchObject({ receivedDate: received, dueDate: due, provisional });
  });

  it("the August 2025 amendment moves a deadline by one working day", () => {
    const before = officialConfig(WIB, {
      holidays: officialConfig(WIB).holidays.filter((h) => h.date !== "2025-08-18"),
    });
    const start = at("2025-08-15T10:00", "+07:00");
    expect(computeDeadline("REQUEST_RESPONSE", start, before).dueDate).toBe("2025-08-29");
    const after = computeDeadline("REQUEST_RESPONSE", start, officialConfig(WIB));
    expect(after.dueDate).toBe("2025-09-01");
    expect(after.skipped.map((s) => s.date)).toContain("2025-08-18");
  });
});

describe("start values", () => {
  it("RECEIPT rules need an instant, not a bare date", () => {
    expect(() => computeDeadline("REQUEST_RESPONSE", "2026-03-17", wita)).toThrow(RangeError);
    expect(() => computeDeadline("OBJECTION_RESPONSE", "2026-03-17T10:00:00", wita)).toThrow(RangeError); // no offset
    expect(() => computeDeadline("REQUEST_RESPONSE", new Date(Number.NaN), wita)).toThrow(RangeError);
    expect(computeDeadline("REQUEST_RESPONSE", "2026-03-17T02:00:00Z", wita).dueDate).toBe("2026-04-08");
  });

  it("DATE rules take a date, or an instant converted to its office-local date", () => {
    expect(computeDeadline("REQUEST_EXTENSION", new Date("2026-04-08T16:30:00Z"), wita).start).toBe("2026-04-09");
    expect(computeDeadline("REQUEST_EXTENSION", "2026-04-08T16:30:00Z", officialConfig(WIB)).start).toBe("2026-04-08");
    expect(() => computeDeadline("REQUEST_EXTENSION", "2026-02-30", wita)).toThrow(RangeError);
  });
});

describe("workingDaysLeft and isOverdue", () => {
  const due = "2026-04-10"; // a Friday
  it.each([
    ["2026-03-26T09:00", 10],
    ["2026-04-08T23:59", 2],
    ["2026-04-10T00:00", 0],
    ["2026-04-10T23:59", 0],
    ["2026-04-11T00:00", -1], // Saturday: overdue although no working day has passed
    ["2026-04-13T10:00", -1],
    ["2026-04-14T10:00", -2],
  ])("at %s WITA → %i", (local, left) => {
    const now = at(local, "+08:00");
    expect(workingDaysLeft(now, due, wita)).toBe(left);
    expect(isOverdue(now, due, WITA)).toBe(left < 0);
  });

  it("is N on the receipt day and 0 on the due day", () => {
    const r = computeDeadline("REQUEST_RESPONSE", at("2026-03-17T10:00", "+08:00"), wita);
    expect(workingDaysLeft(at("2026-03-17T10:00", "+08:00"), r.dueDate, wita)).toBe(10);
    expect(workingDaysLeft(at("2026-04-08T08:00", "+08:00"), r.dueDate, wita)).toBe(0);
  });

  it("isOverdue switches exactly after the end of the office day", () => {
    const end = new Date("2026-04-10T15:59:59.999Z");
    expect(isOverdue(end, due, WITA)).toBe(false);
    expect(isOverdue(new Date(end.getTime() + 1), due, WITA)).toBe(true);
    // the same instant is not yet overdue in WIB (still 10 April, 23:00)
    expect(isOverdue(new Date("2026-04-10T16:00:00Z"), due, WIB)).toBe(false);
  });
});
