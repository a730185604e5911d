import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
});
afterAll(() => t.close());

async function counts() {
  const c = t.client;
  return Promise.all([c.officeSetting.count(), c.unit.count(), c.user.count(), c.holiday.count(), c.calendarYear.count(), c.dipEntry.count(), c.consequenceTest.count()]);
}

describe(`demo seed (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("makes a believable demo office in WITA with a PPID Utama, three or more PPID Pelaksana and one account per role", async () => {
    const office = await t.client.officeSetting.findUniqueOrThrow({ where: { id: 1 } });
    expect(office.timeZone).toBe("Asia/Makassar");
    expect(office.isDemo).toBe(true);
    expect(await t.client.unit.count({ where: { kind: "PPID_UTAMA" } })).toBe(1);
    expect(await t.client.unit.count({ where: { kind: "PPID_PELAKSANA" } })).toBeGreaterThanOrEqual(3);
    const roles = (await t.client.user.findMany({ select: { role: true } })).map((u) => u.role).sort();
    expect(new Set(roles)).toEqual(new Set(["ADMIN", "ATASAN_PPID", "CITIZEN", "DESK_OFFICER", "PPID_PELAKSANA", "PPID_UTAMA"]));
  });

  it("holds the official 2025 and 2026 calendars, including the August 2025 amendment", async () => {
    const amended = await t.client.holiday.findUnique({ where: { date: new Date("2025-08-18T00:00:00Z") } });
    expect(amended?.kind).toBe("CUTI_BERSAMA");
    const idulFitri2026 = await t.client.holiday.findMany({ where: { date: { gte: new Date("2026-03-20T00:00:00Z"), lte: new Date("2026-03-24T00:00:00Z") } } });
    expect(idulFitri2026.length).toBeGreaterThanOrEqual(3);
    expect((await t.client.calendarYear.findMany()).map((y) => y.year).sort()).toEqual([2025, 2026]);
  });

  it("has a few dozen catalogue entries in all four categories, exempt ones with a consequence test", async () => {
    expect(await t.client.dipEntry.count()).toBeGreaterThanOrEqual(24);
    for (const category of ["BERKALA", "SERTA_MERTA", "SETIAP_SAAT", "DIKECUALIKAN"] as const) {
      expect(await t.client.dipEntry.count({ where: { category } })).toBeGreaterThan(0);
    }
    expect(await t.client.dipEntry.count({ where: { category: "DIKECUALIKAN", consequenceTestId: null } })).toBe(0);
  });

  it("changes nothing when run twice", async () => {
    const before = await counts();
    const office = await t.client.officeSetting.update({ where: { id: 1 }, data: { phone: "(0380) 123 456" } });
    await seedDemo(t.client, { passwordCost: 4 });
    expect(await counts()).toEqual(before);
    expect((await t.client.officeSetting.findUniqueOrThrow({ where: { id: 1 } })).phone).toBe(office.phone);
  });
});

describe("constraints live in the database", () => {
  it("refuses a second office settings row", async () => {
    const { id: _id, updatedAt: _u, ...row } = await t.client.officeSetting.findUniqueOrThrow({ where: { id: 1 } });
    await expect(t.client.officeSetting.create({ data: { ...row, id: 2, serviceHours: {}, profile: {}, letterhead: {} } })).rejects.toThrow();
  });

  it("refuses survey scores outside 1–4", async () => {
    const ok = { u1: 4, u2: 3, u3: 3, u4: 4, u5: 3, u6: 4, u7: 4, u8: 3, u9: 2 };
    await expect(t.client.surveyResponse.create({ data: ok })).resolves.toBeTruthy();
    await expect(t.client.surveyResponse.create({ data: { ...ok, u5: 5 } })).rejects.toThrow();
    await expect(t.client.surveyResponse.create({ data: { ...ok, u1: 0 } })).rejects.toThrow();
  });

  it("keeps the case log append-only", async () => {
    const request = await createRequestRow();
    const event = await t.client.caseEvent.create({ data: { caseKind: "REQUEST", requestId: request.id, event: "TEST", actorRole: "SYSTEM" } });
    await expect(t.client.caseEvent.update({ where: { id: event.id }, data: { note: "diubah" } })).rejects.toThrow();
    await expect(t.client.caseEvent.delete({ where: { id: event.id } })).rejects.toThrow();
    expect((await t.client.caseEvent.findUniqueOrThrow({ where: { id: event.id } })).note).toBeNull();
  });

  it("refuses UPDATE, DELETE and TRUNCATE on both logs, also in raw SQL", async () => {
    const request = await createRequestRow();
    await t.client.caseEvent.create({ data: { caseKind: "REQUEST", requestId: request.id, event: "TEST", actorRole: "SYSTEM" } });
    const entry = await t.client.dipEntry.findFirstOrThrow();
    await t.client.dipEvent.create({ data: { dipEntryId: entry.id, event: "TEST" } });
    const before = [await t.client.caseEvent.count(), await t.client.dipEvent.count()];
    for (const table of ["CaseEvent", "DipEvent"]) {
      await expect(t.client.$executeRawUnsafe(`UPDATE "${table}" SET "note" = 'x'`)).rejects.toThrow(/append-only/);
      await expect(t.client.$executeRawUnsafe(`DELETE FROM "${table}"`)).rejects.toThrow(/append-only/);
      await expect(t.client.$executeRawUnsafe(`TRUNCATE "${table}" CASCADE`)).rejects.toThrow(/append-only/);
    }
    expect([await t.client.caseEvent.count(), await t.client.dipEvent.count()]).toEqual(before);
  });

  it("refuses an event that names no case of its kind", async () => {
    const request = await createRequestRow();
    await expect(t.client.caseEvent.create({ data: { caseKind: "OBJECTION", event: "TEST", actorRole: "SYSTEM", requestId: request.id } })).rejects.toThrow();
    await expect(t.client.caseEvent.create({ data: { caseKind: "REQUEST", event: "TEST", actorRole: "SYSTEM" } })).rejects.toThrow();
  });

  it("refuses a duplicate request number and a negative fee", async () => {
    const request = await createRequestRow();
    await expect(createRequestRow({ number: request.number })).rejects.toThrow();
    await expect(createRequestRow({ feeAmount: -1 })).rejects.toThrow();
  });
});

let seq = 9000;
function createRequestRow(over: { number?: string; feeAmount?: number } = {}) {
  seq += 1;
  return t.client.informationRequest.create({
    data: {
      number: over.number ?? `${seq}/PMH/PPID-KPG/2026`,
      year: 2026,
      sequence: seq,
      accessCode: "ABCD2345",
      channel: "WALK_IN",
      submittedAt: new Date("2026-03-17T02:00:00Z"),
      receivedDate: new Date("2026-03-17T00:00:00Z"),
      requesterType: "INDIVIDUAL",
      requesterName: "Uji Coba",
      address: "Kupang",
      phone: "081234567890",
      informationRequested: "Dokumen uji",
      purpose: "Pengujian",
      obtainMethod: "SOFTCOPY",
      deliveryMethod: "EMAIL",
      feeAmount: over.feeAmount,
    },
  });
}
