import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REGISTER_DEFAULTS, type RequestRegisterQuery } from "@/lib/schemas/request-register-query";
import { getOfficeDashboard } from "@/lib/server/queries/office-dashboard";
import { loadPublicStatistics, publicStatisticsCsvRows } from "@/lib/server/queries/public-statistics";
import { listRequestRegister } from "@/lib/server/queries/request-register";
import { getServiceReport } from "@/lib/server/queries/service-report";
import { makePeriod } from "@/lib/domain/report-period";
import { StatisticsPageBody } from "@/components/statistics/statistics-page-body";
import { seedDemoCases } from "@/prisma/seed-data/demo-cases";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { GET as csvRoute } from "@/app/(public)/statistik/csv/route";
import { createTestDb, type TestDb } from "../support/test-db";

// The dashboard and the public Statistik page on the demo register at Tue 1 Dec 2026, 10:00 WITA.
// The running demo cases (prisma/seed-data/demo-case-plan.ts) were received on 6, 12, 17, 20,
// 24, 26 and 27 November; with 10 working days (no holiday in Nov/early Dec 2026) they are due on
// 20 Nov and 26 Nov (overdue), 1 Dec and 4 Dec (this week), 8, 10 and 11 Dec.

let t: TestDb;
const now = new Date("2026-12-01T02:00:00Z");
let utama: { role: "PPID_UTAMA"; userId: string; unitId: string | null };

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
  await seedDemoCases(t.client);
  // One requester with a NIK, so the personal-data check covers NIKs too.
  await t.client.informationRequest.update({ where: { submissionKey: "demo-kasus-2025-001" }, data: { nik: "5371011508900001" } });
  const u = await t.client.user.findUniqueOrThrow({ where: { email: "utama@kupang.demo" } });
  utama = { role: "PPID_UTAMA", userId: u.id, unitId: u.unitId };
});
afterAll(() => t.close());

const registerTotal = async (over: Partial<RequestRegisterQuery>) =>
  (await listRequestRegister(utama, { ...REGISTER_DEFAULTS, pageSize: 100, ...over } as RequestRegisterQuery, now)).total;

describe(`dashboard and public statistics (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("gives the dashboard's known figures, each equal to its register link", async () => {
    const d = (await getOfficeDashboard(utama, now))!;
    expect(d.openTotal).toBe(7);
    expect(d.openByStatus).toEqual({ RECEIVED: 1, AWAITING_COMPLETION: 1, VERIFIED: 1, IN_PROCESS: 3, ANSWER_PREPARED: 1 });
    expect(d.overdue).toBe(2);
    expect(d.dueThisWeek).toBe(2);
    expect(d.dueThisWeekDays).toBe(3);
    expect(d.units.filter((u) => u.open > 0).map((u) => [u.code, u.open, u.overdue])).toEqual([
      ["BPBD", 1, 0], ["BPKAD", 1, 1], ["DPUPR", 1, 0], ["DIKBUD", 1, 1], [null, 3, 0],
    ]);
    expect(d.months.reduce((s, m) => s + m.received, 0)).toBe(40);
    expect(d.months[10]).toMatchObject({ received: 7, closed: 0 });
    expect(d.months.reduce((s, m) => s + m.closed, 0)).toBe(33);

    expect(await registerTotal({ status: "BERJALAN" })).toBe(d.openTotal);
    expect(await registerTotal({ overdue: true })).toBe(d.overdue);
    expect(await registerTotal({ dueWithin: d.dueThisWeekDays })).toBe(d.dueThisWeek);
    for (const [status, n] of Object.entries(d.openByStatus)) expect(await registerTotal({ status: status as never }), status).toBe(n);
    for (const u of d.units) {
      const unit = u.code ? { unit: u.code } : { noUnit: true };
      expect(await registerTotal({ status: "BERJALAN", ...unit }), u.name).toBe(u.open);
      expect(await registerTotal({ overdue: true, ...unit }), u.name).toBe(u.overdue);
    }
    for (const m of d.months) {
      expect(await registerTotal({ receivedFrom: m.from, receivedTo: m.to }), m.label).toBe(m.received);
      expect(await registerTotal({ status: "CLOSED", receivedFrom: m.from, receivedTo: m.to }), m.label).toBe(m.closed);
    }
  });

  it("shows a PPID Pelaksana its unit's load only and the administrator the figures without links", async () => {
    const p = await t.client.user.findUniqueOrThrow({ where: { email: "pelaksana@kupang.demo" } });
    const d = (await getOfficeDashboard({ role: "PPID_PELAKSANA", userId: p.id, unitId: p.unitId }, now))!;
    expect(d.unitScoped).toBe(true);
    expect(d.openTotal).toBe(0); // no running demo case sits with Dinas Kesehatan
    expect(d.months.reduce((s, m) => s + m.received, 0)).toBe(await t.client.informationRequest.count({ where: { year: 2026, unit: { code: "DINKES" } } }));
    const admin = (await getOfficeDashboard({ role: "ADMIN", userId: "a", unitId: null }, now))!;
    expect(admin.linked).toBe(false);
    expect(admin.openTotal).toBe(7);
    expect(await getOfficeDashboard({ role: "CITIZEN", userId: "c", unitId: null }, now)).toBeNull();
  });

  it("gives the public page the report's figures per year, per unit adding up to the whole", async () => {
    const stats = await loadPublicStatistics(2025);
    const report = await getServiceReport(utama, makePeriod("YEAR", 2025)!, null, now);
    expect(stats.figures).toEqual(report.figures);
    expect(stats.figures.requests.total).toBe(60);
    expect(stats.units.reduce((s, u) => s + u.requests, 0)).toBe(60);
    expect(stats.months.reduce((s, m) => s + m.received, 0)).toBe(60);
    expect(stats.years).toEqual([2026, 2025]);
    const y2026 = await loadPublicStatistics(2026);
    expect(y2026.figures.requests.total).toBe(40);
    expect(y2026.figures.requests.outcomes.PENDING).toBe(7);
  });

  it("never puts a requester's name, NIK, e-mail, phone or address on the public page or in its CSV", async () => {
    const html = renderToStaticMarkup(createElement(StatisticsPageBody, { stats: await loadPublicStatistics(2025) }));
    expect(html).toContain("Dikabulkan seluruhnya");
    const response = await csvRoute(new Request("http://localhost/statistik/csv?tahun=2025"));
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM for spreadsheets
    const csv = new TextDecoder().decode(bytes);
    expect(csv).toContain("Dikabulkan seluruhnya,33");
    const people = await t.client.informationRequest.findMany({ select: { requesterName: true, nik: true, email: true, phone: true, address: true, organization: true } });
    const secrets = people.flatMap((p) => [p.requesterName, p.nik, p.email, p.phone, p.address, p.organization]).filter((v): v is string => Boolean(v));
    expect(secrets).toContain("5371011508900001");
    for (const secret of new Set(secrets)) {
      expect(html.includes(secret), secret).toBe(false);
      expect(csv.includes(secret), secret).toBe(false);
    }
    expect((await csvRoute(new Request("http://localhost/statistik/csv?tahun=abc"))).status).toBe(400);
    expect((await csvRoute(new Request("http://localhost/statistik/csv?tahun=2999"))).status).toBe(400);
  });
});
