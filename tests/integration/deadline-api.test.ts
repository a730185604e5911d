import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/deadline/route";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
});
afterAll(() => t.close());

async function call(query: string) {
  const response = await GET(new Request(`http://localhost/api/v1/deadline?${query}`));
  return { status: response.status, body: await response.json() };
}

describe("GET /api/v1/deadline", () => {
  it("answers the worked example: received 17 March 2026 10:00 WITA, due 8 April 2026", async () => {
    const { status, body } = await call("rule=REQUEST_RESPONSE&start=2026-03-17T10:00:00%2B08:00");
    expect(status).toBe(200);
    expect(body).toMatchObject({
      rule: "REQUEST_RESPONSE",
      workingDays: 10,
      timeZone: "Asia/Makassar",
      start: "2026-03-17T10:00:00+08:00",
      receivedDate: "2026-03-17",
      dueDate: "2026-04-08",
      dueAt: "2026-04-08T23:59:59.999+08:00",
      provisional: false,
    });
    const names = body.skipped.map((s: { name: string }) => s.name).join(" | ");
    expect(names).toMatch(/Nyepi/);
    expect(names).toMatch(/Idul Fitri/);
    expect(names).toMatch(/Wafat Yesus Kristus/);
    expect(body.skipped.every((s: { kind: string }) => ["NATIONAL", "CUTI_BERSAMA", "LOCAL"].includes(s.kind))).toBe(true);
  });

  it("moves an after-hours submission to the next working day", async () => {
    const { body } = await call("rule=REQUEST_RESPONSE&start=2026-03-16T16:30:00%2B08:00");
    expect(body.receivedDate).toBe("2026-03-17");
  });

  it("counts date rules from a plain date and leaves out receivedDate", async () => {
    const { status, body } = await call("rule=DISPUTE_FILING&start=2026-03-02");
    expect(status).toBe(200);
    expect(body.workingDays).toBe(14);
    expect(body).not.toHaveProperty("receivedDate");
    // 18–24 March 2026: cuti bersama Nyepi, Nyepi, Idul Fitri 1447 and its cuti bersama are skipped.
    expect(body.dueDate).toBe("2026-03-27");
  });

  it("uses the office's completion period for REQUIREMENTS_COMPLETION", async () => {
    const { body } = await call("rule=REQUIREMENTS_COMPLETION&start=2026-03-13");
    expect(body.workingDays).toBe(2);
    expect(body.dueDate).toBe("2026-03-17");
  });

  it("flags a deadline running into a year without an official calendar as provisional", async () => {
    const { body } = await call("rule=OBJECTION_RESPONSE&start=2026-12-10T09:00:00%2B08:00");
    expect(body.dueDate.startsWith("2027-")).toBe(true);
    expect(body.provisional).toBe(true);
  });

  it.each([
    ["", "rule"],
    ["rule=TEN_DAYS&start=2026-03-17", "rule"],
    ["rule=REQUEST_RESPONSE", "start"],
    ["rule=REQUEST_RESPONSE&start=2026-03-17", "start"],
    ["rule=REQUEST_RESPONSE&start=2026-03-17T10:00:00", "start"],
    ["rule=OBJECTION_FILING&start=2026-02-30", "start"],
    ["rule=OBJECTION_FILING&start=kemarin", "start"],
    ["rule=DISPUTE_FILING&start=99999-01-01", "start"],
  ])("answers 400 naming the parameter for %s", async (query, parameter) => {
    const { status, body } = await call(query);
    expect(status).toBe(400);
    expect(body.error.parameter).toBe(parameter);
    expect(body.error.expected).toBeTruthy();
  });
});
