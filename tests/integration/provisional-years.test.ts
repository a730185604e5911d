// Years without a decree (lib/domain/provisional-calendar.ts) against a real database: the year the
// deadlines run into is pre-filled once, a receipt whose due date lies in it says so, and the import
// of the decree replaces the provisional dates and makes the year official.

import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZCreateRequestInput } from "@/lib/schemas/request";
import type { LetterContent } from "@/lib/server/letters/letter-content";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { createRequest } from "@/lib/server/services/create-request";
import { importHolidays } from "@/lib/server/services/import-holidays";
import { prefillProvisionalYears } from "@/lib/server/services/prefill-provisional-years";
import { setStorageForTests, type StorageBackend } from "@/lib/server/storage";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
const wita = (local: string) => new Date(`${local}:00+08:00`);
const memory: StorageBackend = { put: async () => undefined, get: async () => null, delete: async () => undefined };
const form = () =>
  ZCreateRequestInput.parse({
    requesterType: "INDIVIDUAL", name: "Maria Bria", nik: "5371015508900002", address: "Jl. Timor Raya No. 10, Kupang",
    phone: "0812 3456 7890", email: "maria@contoh.id", occupation: "Wiraswasta",
    informationRequested: "Data cakupan imunisasi dasar per puskesmas tahun 2026", purpose: "Bahan penelitian skripsi",
    obtainMethod: "SOFTCOPY", deliveryMethod: "EMAIL", submissionKey: randomUUID(),
    document: new File([new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n")], "ktp.pdf", { type: "application/pdf" }),
  });
const receiptText = async (requestId: string) =>
  JSON.stringify((await t.client.letter.findFirstOrThrow({ where: { requestId, kind: "RECEIPT" } })).content as unknown as LetterContent);

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
  setStorageForTests(memory);
});
afterAll(async () => {
  setStorageForTests(undefined);
  await t.close();
});

describe(`years without a decree (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("pre-fills 2027 once in December 2026; a receipt due in January 2027 skips 1 January and says it is provisional", async () => {
    const citizen = await t.client.user.findUniqueOrThrow({ where: { email: "warga@kupang.demo" } });
    // Before the pre-fill a request of Monday 21 December 2026 counts 1 January 2027 (and Isra Mikraj,
    // predicted for 5 January) as working days.
    const before = await createRequest({ id: citizen.id, role: "CITIZEN" }, form(), wita("2026-12-21T09:00"));
    expect(before.dueDate).toBe("2027-01-06");

    expect(await prefillProvisionalYears(wita("2026-12-01T00:20"))).toEqual({ filled: [2027] });
    expect(await prefillProvisionalYears(wita("2026-12-02T00:20"))).toEqual({ filled: [] });
    const newYear = await t.client.holiday.findFirstOrThrow({ where: { date: new Date("2027-01-01T00:00:00Z") } });
    expect([newYear.name, newYear.provisional]).toEqual(["Tahun Baru 2027 Masehi", false]);
    expect(await t.client.holiday.count({ where: { provisional: true, date: { gte: new Date("2027-01-01T00:00:00Z") } } })).toBeGreaterThan(5);
    expect(await t.client.calendarYear.findUnique({ where: { year: 2027 } })).toBeNull(); // still no decree
    // The open request was recomputed, and the change logged on it.
    const moved = await t.client.informationRequest.findUniqueOrThrow({ where: { id: before.id } });
    expect(moved.dueDate?.toISOString().slice(0, 10)).toBe("2027-01-08");
    expect(await t.client.caseEvent.count({ where: { requestId: before.id, event: "RECOMPUTE_DEADLINE" } })).toBe(1);

    const after = await createRequest({ id: citizen.id, role: "CITIZEN" }, form(), wita("2026-12-21T10:00"));
    expect(after.dueDate).toBe("2027-01-08");
    expect(await receiptText(after.id)).toContain("8 Januari 2027 (sementara, menunggu SKB hari libur nasional dan cuti bersama 2027)");
    // A receipt due inside 2026 says nothing of the kind.
    const early = await createRequest({ id: citizen.id, role: "CITIZEN" }, form(), wita("2026-12-01T10:00"));
    expect(await receiptText(early.id)).not.toContain("sementara, menunggu SKB");
  });

  it("replaces the provisional dates when the decree is imported, and the year becomes official", async () => {
    const admin = await t.client.user.findFirstOrThrow({ where: { role: "ADMIN" } });
    const decree = [
      { date: "2027-01-01", name: "Tahun Baru 2027 Masehi", kind: "NATIONAL" as const },
      { date: "2027-03-10", name: "Idul Fitri 1448 Hijriah", kind: "NATIONAL" as const },
    ];
    const { result } = await importHolidays(
      { year: 2027, mode: "MERGE", official: true, source: "SKB 3 Menteri 2027 (uji)", holidays: decree, origin: "uji" },
      { id: admin.id, role: admin.role },
    );
    expect(result.removed).toBeGreaterThan(0);
    expect(await t.client.holiday.count({ where: { provisional: true, date: { gte: new Date("2027-01-01T00:00:00Z") } } })).toBe(0);
    const config = await loadCalendarConfig(t.client);
    expect(config.officialYears).toContain(2027);
    const kept = config.holidays.filter((h) => h.date.startsWith("2027-")).map((h) => h.date);
    expect(kept).toEqual(expect.arrayContaining(["2027-01-01", "2027-03-10"]));
    expect(await prefillProvisionalYears(wita("2026-12-03T00:20"))).toEqual({ filled: [] });
  });
});
