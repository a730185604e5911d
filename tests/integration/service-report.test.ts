import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OBJECTION_GROUNDS } from "@/lib/domain/objection-grounds";
import { ForbiddenError } from "@/lib/domain/permissions";
import { makePeriod } from "@/lib/domain/report-period";
import { REQUEST_CHANNELS, REQUEST_OUTCOMES } from "@/lib/domain/request-workflow";
import { ZSaveReportTextsInput } from "@/lib/schemas/service-report";
import { REGISTER_DEFAULTS, type RequestRegisterQuery } from "@/lib/schemas/request-register-query";
import { listObjectionRegister } from "@/lib/server/queries/objection-register";
import { listRequestRegister } from "@/lib/server/queries/request-register";
import { getServiceReport } from "@/lib/server/queries/service-report";
import { renderServiceReportPdf } from "@/lib/server/reports/service-report-pdf";
import { renderServiceReportXlsx } from "@/lib/server/reports/service-report-xlsx";
import { saveReportTexts } from "@/lib/server/services/save-report-texts";
import { seedDemoCases } from "@/prisma/seed-data/demo-cases";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createTestDb, type TestDb } from "../support/test-db";

// The demo register (prisma/seed-data/demo-case-plan.ts) has known answers for 2025: three
// cycles of 20 scenarios. Per cycle 18 written notices taking 1,2,3,4,5,5,6,7,8,8,9,9,10,10,12,
// 14 (extended),16 (extended),19 (extended) working days: 14 within 10, 2 within 17 with the
// extension, 2 late; sum 148.

let t: TestDb;
const now = new Date("2026-12-01T02:00:00Z");
const Y2025 = makePeriod("YEAR", 2025)!;
let utama: { role: "PPID_UTAMA"; userId: string; unitId: string | null };
let pelaksana: { role: "PPID_PELAKSANA"; userId: string; unitId: string | null };

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
  await seedDemoCases(t.client);
  const u = await t.client.user.findUniqueOrThrow({ where: { email: "utama@kupang.demo" } });
  const p = await t.client.user.findUniqueOrThrow({ where: { email: "pelaksana@kupang.demo" } });
  utama = { role: "PPID_UTAMA", userId: u.id, unitId: u.unitId };
  pelaksana = { role: "PPID_PELAKSANA", userId: p.id, unitId: p.unitId };
});
afterAll(() => t.close());

const registerTotal = async (over: Partial<RequestRegisterQuery>) =>
  (await listRequestRegister(utama, { ...REGISTER_DEFAULTS, pageSize: 100, ...over } as RequestRegisterQuery, now)).total;

describe(`Laporan Layanan Informasi Publik (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("gives the known figures of the demo year 2025", async () => {
    const r = await getServiceReport(utama, Y2025, null, now);
    const q = r.figures.requests;
    expect(q.total).toBe(60);
    expect(q.byChannel).toEqual({ ONLINE: 27, WALK_IN: 13, EMAIL: 7, POST: 7, PHONE: 6 });
    expect(q.byRequesterType).toEqual({ INDIVIDUAL: 49, LEGAL_ENTITY: 6, GROUP: 5 });
    expect(q.outcomes).toEqual({ GRANTED_FULL: 33, GRANTED_PARTIAL: 6, REJECTED: 9, NOT_HELD: 6, LAPSED: 3, WITHDRAWN: 3, PENDING: 0 });
    expect(q.refusedByLetter).toMatchObject({ a: 0, b: 3, h: 6, j: 0 });
    expect(q.refusedOtherLaw).toBe(9);
    expect(q.timing).toMatchObject({ answered: 54, median: 8, mean: 8.2, punctuality: { WITHIN_RESPONSE: 42, WITHIN_EXTENSION: 6, LATE: 6 } });
    expect(q.timing.buckets.map((b) => b.count)).toEqual([6, 12, 24, 9, 3]);
    const o = r.figures.objections;
    expect(o.total).toBe(9);
    expect(o.byGround).toEqual({ REFUSED_PASAL_17: 5, PERIODIC_NOT_PUBLISHED: 0, NOT_ANSWERED: 0, ANSWERED_OTHERWISE: 1, NOT_FULFILLED: 1, UNREASONABLE_FEE: 1, LATE_DELIVERY: 2 });
    expect(o.outcomes).toEqual({ ACCEPTED_FULL: 1, ACCEPTED_PARTIAL: 1, REJECTED: 3, SETTLED: 3, WITHDRAWN: 1, INADMISSIBLE: 0, PENDING: 0 });
    expect(r.figures.disputes).toEqual({ total: 3, outcomes: { MEDIATION_AGREEMENT: 1, GRANTED: 0, GRANTED_PARTIAL: 1, REJECTED: 1, WITHDRAWN: 0, PENDING: 0 } });
  });

  it("equals what the registers show for the same period and filters", async () => {
    const r = await getServiceReport(utama, Y2025, null, now);
    const period = { receivedFrom: Y2025.from, receivedTo: Y2025.to };
    expect(await registerTotal(period)).toBe(r.figures.requests.total);
    for (const outcome of REQUEST_OUTCOMES) expect(await registerTotal({ ...period, outcome }), outcome).toBe(r.figures.requests.outcomes[outcome]);
    for (const channel of REQUEST_CHANNELS) expect(await registerTotal({ ...period, channel }), channel).toBe(r.figures.requests.byChannel[channel]);
    for (const line of r.unitLines!) {
      const filter = line.code ? { unit: line.code } : { noUnit: true };
      expect(await registerTotal({ ...period, ...filter }), line.name).toBe(line.requests);
    }
    for (const alasan of OBJECTION_GROUNDS) {
      const rows = await listObjectionRegister(utama, { tahun: 2025, alasan }, now);
      expect(rows.rows.length, alasan).toBe(r.figures.objections.byGround[alasan]);
    }
    const quarter = makePeriod("QUARTER", 2025, 2)!;
    const q2 = await getServiceReport(utama, quarter, null, now);
    expect(q2.figures.requests.total).toBe(await registerTotal({ receivedFrom: quarter.from, receivedTo: quarter.to }));
    const month = await getServiceReport(utama, makePeriod("MONTH", 2025, 3)!, null, now);
    expect(month.figures.requests.total).toBe(await registerTotal({ receivedFrom: "2025-03-01", receivedTo: "2025-03-31" }));
  });

  it("adds the units' reports up to the whole body's", async () => {
    const whole = await getServiceReport(utama, Y2025, null, now);
    const lines = whole.unitLines!;
    expect(lines.reduce((s, l) => s + l.requests, 0)).toBe(60);
    expect(lines.reduce((s, l) => s + l.objections, 0)).toBe(9);
    expect(lines.reduce((s, l) => s + l.disputes, 0)).toBe(3);
    let answered = 0;
    let rejected = 0;
    for (const unit of whole.units) {
      const r = await getServiceReport(utama, Y2025, unit.code, now);
      expect(r.unit?.code).toBe(unit.code);
      expect(r.figures.requests.total).toBe(lines.find((l) => l.code === unit.code)!.requests);
      answered += r.figures.requests.timing.answered;
      rejected += r.figures.requests.outcomes.REJECTED;
    }
    const unforwarded = lines.find((l) => l.code === null)!;
    expect(answered + unforwarded.answered).toBe(54);
    expect(rejected + unforwarded.refused).toBe(9);
  });

  it("shows a PPID Pelaksana its own unit only, and nobody without the right", async () => {
    const own = await getServiceReport(pelaksana, Y2025, "BPKAD", now);
    expect(own.unit?.code).toBe("DINKES");
    expect(own.unitLines).toBeNull();
    await expect(getServiceReport({ role: "DESK_OFFICER", userId: "x", unitId: null }, Y2025, null, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getServiceReport({ role: "CITIZEN", userId: "x", unitId: null }, Y2025, null, now)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("keeps the PPID Utama's texts per period; others may not write them; bad figures are refused", async () => {
    const input = ZSaveReportTextsInput.parse({ periodKey: "2025", servicePolicy: "Kebijakan layanan ditetapkan dengan Keputusan Wali Kota.", staffCount: "6", budgetAllocated: "150.000.000", budgetSpent: "120500000" });
    await saveReportTexts({ id: utama.userId, role: "PPID_UTAMA" }, input);
    const r = await getServiceReport(utama, Y2025, null, now);
    expect(r.texts).toMatchObject({ servicePolicy: "Kebijakan layanan ditetapkan dengan Keputusan Wali Kota.", staffCount: 6, budgetAllocated: 150_000_000, budgetSpent: 120_500_000 });
    expect((await getServiceReport(utama, makePeriod("YEAR", 2026)!, null, now)).texts.servicePolicy).toBe("");
    await expect(saveReportTexts({ id: "x", role: "ATASAN_PPID" }, input)).rejects.toMatchObject({ code: "FORBIDDEN", message: "Anda tidak berwenang mengisi uraian laporan layanan informasi." });
    const bad = ZSaveReportTextsInput.safeParse({ periodKey: "2025", budgetAllocated: "12,5 juta" });
    expect(bad.success).toBe(false);
    expect(ZSaveReportTextsInput.safeParse({ periodKey: "2025-13" }).success).toBe(false);
  });

  it("renders the same figures as a PDF with the letterhead and as an XLSX", async () => {
    const r = await getServiceReport(utama, Y2025, null, now);
    const pdf = await renderServiceReportPdf(r);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const dir = mkdtempSync(path.join(tmpdir(), "laporan-"));
    writeFileSync(path.join(dir, "l.pdf"), new Uint8Array(pdf));
    const text = execFileSync("pdftotext", ["-layout", path.join(dir, "l.pdf"), "-"]).toString();
    expect(text).toContain("PEMERINTAH KOTA KUPANG");
    expect(text).toContain("LAPORAN LAYANAN INFORMASI PUBLIK");
    expect(text).toMatch(/Jumlah permohonan informasi publik yang diterima: 60/);
    expect(text).toMatch(/Dikabulkan seluruhnya\s+33/);
    expect(text).toContain("VII. Rincian per PPID Pelaksana");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderServiceReportXlsx(r)) as unknown as ArrayBuffer);
    const rows = workbook.getWorksheet("Laporan")!.getSheetValues().filter(Boolean) as unknown[][];
    const find = (label: string) => rows.find((row) => row[1] === label);
    expect(find("Dikabulkan seluruhnya")?.[2]).toBe(33);
    expect(find("Ditolak")?.[2]).toBe(9);
    expect(find("Jumlah")?.slice(2)).toEqual([60, 54, 6, 9, 9, 3]);
  });
});
