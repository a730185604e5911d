// The DIP compliance check against a real database: the PPID Utama maps checklist items to DIP
// entries, an item turns present, a periodic item turns stale once six months pass without an
// update, per unit only that unit's entries count, and only the PPID Utama may map.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getComplianceReport, getPublicComplianceSummary } from "@/lib/server/queries/dip-compliance";
import { mapComplianceItem, unmapComplianceItem } from "@/lib/server/services/map-compliance-item";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createTestDb, type TestDb } from "../support/test-db";


let t: TestDb;
const actors = {} as Record<"utama" | "pelaksana", { id: string; role: "PPID_UTAMA" | "PPID_PELAKSANA"; unitId: string | null }>;
const wita = (local: string) => new Date(`${local}:00+08:00`);
let budget: { id: string; unitId: string };
let draft: { id: string };

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
  for (const [k, email] of [["utama", "utama@kupang.demo"], ["pelaksana", "pelaksana@kupang.demo"]] as const) {
    const u = await t.client.user.findUniqueOrThrow({ where: { email } });
    actors[k] = { id: u.id, role: u.role as never, unitId: u.unitId };
  }
  budget = await t.client.dipEntry.findFirstOrThrow({ where: { title: { startsWith: "Realisasi Anggaran Semester I" } }, select: { id: true, unitId: true } });
  // Its last update: 15 June 2026 (publication, edit and documents alike).
  await t.client.$executeRaw`UPDATE "DipEntry" SET "publishedAt" = ${wita("2026-06-15T10:00")}, "updatedAt" = ${wita("2026-06-15T10:00")} WHERE "id" = ${budget.id}`;
  await t.client.$executeRaw`UPDATE "Attachment" SET "createdAt" = ${wita("2026-06-15T10:00")} WHERE "dipEntryId" = ${budget.id}`;
  draft = await t.client.dipEntry.create({
    data: {
      number: "DIP-TEST-DRAFT", title: "Neraca 2026 (draf)", summary: "Draf neraca.", category: "BERKALA", unitId: budget.unitId, responsible: "Kepala BPKAD",
      producedWhen: "2026", producedWhere: "BPKAD", form: "SOFTCOPY", retention: "10 tahun", year: 2026, status: "DRAFT",
    },
  });
});
afterAll(async () => t.close());

const statusOf = async (code: string, now: Date, unitId: string | null = null) => (await getComplianceReport(unitId, now)).rows.find((r) => r.item.code === code)!.check;

describe(`DIP compliance (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("shows an item missing until the PPID Utama maps a published entry to it", async () => {
    expect((await statusOf("B05", wita("2026-07-01T09:00"))).status).toBe("MISSING");
    await mapComplianceItem(actors.utama, { itemCode: "B05", dipEntryId: budget.id });
    await mapComplianceItem(actors.utama, { itemCode: "B05", dipEntryId: budget.id }); // twice: one mapping
    expect(await t.client.dipComplianceMapping.count({ where: { itemCode: "B05" } })).toBe(1);
    expect(await statusOf("B05", wita("2026-07-01T09:00"))).toEqual({ status: "PRESENT", lastUpdated: "2026-06-15", dueBy: "2026-12-15" });
  });

  it("marks the periodic entry stale once its six months pass, and present again after an update", async () => {
    expect((await statusOf("B05", wita("2026-12-15T23:00"))).status).toBe("PRESENT");
    expect((await statusOf("B05", wita("2026-12-16T08:00"))).status).toBe("STALE");
    await t.client.$executeRaw`UPDATE "DipEntry" SET "updatedAt" = ${wita("2026-12-20T10:00")} WHERE "id" = ${budget.id}`;
    expect(await statusOf("B05", wita("2026-12-21T08:00"))).toMatchObject({ status: "PRESENT", lastUpdated: "2026-12-20" });
    await t.client.$executeRaw`UPDATE "DipEntry" SET "updatedAt" = ${wita("2026-06-15T10:00")} WHERE "id" = ${budget.id}`;
  });

  it("counts only published entries, and per unit only the unit's own", async () => {
    await mapComplianceItem(actors.utama, { itemCode: "B06", dipEntryId: draft.id });
    expect((await statusOf("B06", wita("2026-07-01T09:00"))).status).toBe("MISSING");
    expect((await statusOf("B05", wita("2026-07-01T09:00"), budget.unitId)).status).toBe("PRESENT");
    expect((await statusOf("B05", wita("2026-07-01T09:00"), actors.pelaksana.unitId)).status).toBe("MISSING");
    await unmapComplianceItem(actors.utama, { itemCode: "B06", dipEntryId: draft.id });
    expect(await t.client.dipComplianceMapping.count({ where: { itemCode: "B06" } })).toBe(0);
  });

  it("refuses an entry of another category and anyone but the PPID Utama", async () => {
    await expect(mapComplianceItem(actors.utama, { itemCode: "T01", dipEntryId: budget.id })).rejects.toThrow("Entri ini berkategori lain");
    await expect(mapComplianceItem(actors.pelaksana, { itemCode: "B05", dipEntryId: budget.id })).rejects.toThrow("Anda tidak berwenang");
    await expect(mapComplianceItem(actors.utama, { itemCode: "B05", dipEntryId: "no-such-entry" })).rejects.toThrow("Entri DIP tidak ditemukan.");
  });

  it("publishes a summary that agrees with the report", async () => {
    const summary = (await getPublicComplianceSummary())!;
    const report = await getComplianceReport(null);
    expect(summary.summary).toEqual(report.summary);
    expect(summary.summary.BERKALA.total).toBe(13);
    expect(summary.missing).toContain("Neraca");
  });
});
