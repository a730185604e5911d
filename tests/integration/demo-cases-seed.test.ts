import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoCases } from "@/prisma/seed-data/demo-cases";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
  await seedDemoCases(t.client);
});
afterAll(() => t.close());

describe(`demo sample cases (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("writes a year and a bit of demo cases covering every outcome, marked as demo", async () => {
    const c = t.client;
    expect(await c.informationRequest.count({ where: { year: 2025 } })).toBe(60);
    expect(await c.informationRequest.count({ where: { year: 2026 } })).toBe(40);
    const outcomes = await c.informationRequest.groupBy({ by: ["outcome"], _count: true });
    expect(new Set(outcomes.map((o) => o.outcome))).toEqual(new Set(["GRANTED_FULL", "GRANTED_PARTIAL", "REJECTED", "NOT_HELD", "LAPSED", "WITHDRAWN", null]));
    expect(await c.informationRequest.count({ where: { NOT: { requesterName: { endsWith: "(Demo)" } } } })).toBe(0);
    expect(await c.informationRequest.count({ where: { extendedAt: { not: null } } })).toBeGreaterThan(5);
    expect(await c.objection.count()).toBe(13);
    expect(await c.dispute.count()).toBe(5);
  });

  it("leaves each case's event chain ending in the case's status", async () => {
    const requests = await t.client.informationRequest.findMany({ include: { events: { where: { caseKind: "REQUEST" }, orderBy: { at: "asc" } } } });
    for (const r of requests) {
      const chain = r.events;
      expect(chain[0].fromStatus).toBeNull();
      for (let i = 1; i < chain.length; i++) expect(chain[i].fromStatus, `${r.number} ${chain[i].event}`).toBe(chain[i - 1].toStatus);
      expect(chain.at(-1)!.toStatus, r.number).toBe(r.status);
    }
  });

  it("is idempotent and keeps the number counters ahead of the demo numbers", async () => {
    await seedDemoCases(t.client);
    expect(await t.client.informationRequest.count()).toBe(100);
    expect(await t.client.objection.count()).toBe(13);
    const seq = await t.client.numberSequence.findUnique({ where: { kind_year: { kind: "REQUEST", year: 2026 } } });
    expect(seq?.value).toBe(40);
  });
});
