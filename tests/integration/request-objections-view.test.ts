// The objection panels of a request (lib/server/queries/request-objections.ts) against a real
// database: what the requester's pages and the office case page are handed, before and after an
// objection and the Atasan's order (UU 14/2008 Pasal 35-36).

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { computeDeadline } from "@/lib/domain/calendar";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { loadOfficeRequestObjections, loadRequesterObjections } from "@/lib/server/queries/request-objections";
import { answerObjection } from "@/lib/server/services/answer-objection";
import { fileObjection } from "@/lib/server/services/file-objection";
import type { CaseUser } from "@/lib/server/services/objection-common";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createTestDb, type TestDb } from "../support/test-db";

vi.mock("@/lib/server/session", () => ({ getCurrentUser: async () => null }));

let t: TestDb;
let citizen: CaseUser;
let atasan: CaseUser;
const wita = (local: string) => new Date(`${local}:00+08:00`);
const day = (ymd: string) => new Date(`${ymd}T00:00:00Z`);

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
  const pick = async (email: string) => {
    const u = await t.client.user.findUniqueOrThrow({ where: { email } });
    return { id: u.id, role: u.role, unitId: u.unitId } as CaseUser;
  };
  citizen = await pick("warga@kupang.demo");
  atasan = await pick("atasan@kupang.demo");
});
afterAll(async () => t.close());

async function refusedRequest(noticeDate: string) {
  const config = await loadCalendarConfig(t.client);
  const submittedAt = wita(`${noticeDate}T08:30`);
  const response = computeDeadline("REQUEST_RESPONSE", submittedAt, config);
  return t.client.informationRequest.create({
    data: {
      number: `900/PMH/PPID-KPG/${noticeDate.slice(0, 4)}`,
      year: Number(noticeDate.slice(0, 4)),
      sequence: 900,
      accessCode: "ABCD2345",
      channel: "ONLINE",
      submittedAt,
      receivedDate: day(response.receivedDate!),
      requesterUserId: citizen.id,
      requesterType: "INDIVIDUAL",
      requesterName: "Maria Bria",
      address: "Kupang",
      phone: "081234567890",
      informationRequested: "Laporan realisasi anggaran 2025",
      purpose: "Penelitian",
      obtainMethod: "SOFTCOPY",
      deliveryMethod: "EMAIL",
      dueDate: day(response.dueDate),
      dueRule: "REQUEST_RESPONSE",
      status: "CLOSED",
      outcome: "REJECTED",
      noticeDate: day(noticeDate),
      refusalArticle: "Pasal 17 huruf b",
    },
  });
}

describe(`request objection panels (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("offers an objection on the requester's own page while a ground is open, never on the tracking page", async () => {
    const request = await refusedRequest("2026-04-20");
    const now = wita("2026-04-21T09:00");
    const own = await loadRequesterObjections(request.id, { offerObjection: true, now });
    expect(own).toEqual({ chain: [], komisi: "Komisi Informasi Provinsi Nusa Tenggara Timur", objectableRequestNumber: request.number });
    const tracking = await loadRequesterObjections(request.id, { offerObjection: false, now });
    expect(tracking.objectableRequestNumber).toBeNull();

    const filed = await fileObjection(citizen, { requestNumber: request.number, grounds: ["REFUSED_PASAL_17"], casePosition: "Anggaran bersifat terbuka.", purpose: "Penelitian" }, wita("2026-04-21T10:00"));
    const office = await loadOfficeRequestObjections(request.id, wita("2026-04-22T09:00"));
    expect(office.timeZone).toBe("Asia/Makassar");
    expect(office.tasks).toEqual([]);
    expect(office.objections).toEqual([{ id: filed.id, number: filed.number, status: "RECEIVED", outcome: null, dueDate: filed.dueDate }]);

    const answer = await answerObjection(atasan, { objectionId: filed.id, decision: "ACCEPT_PARTIAL", reason: "Rincian belanja dibuka.", orderPeriodDays: 5 }, wita("2026-04-22T10:00"));
    const ordered = await loadOfficeRequestObjections(request.id, wita("2026-04-23T09:00"));
    expect(ordered.objections[0]).toMatchObject({ status: "ANSWERED", outcome: "ACCEPTED_PARTIAL" });
    expect(ordered.tasks).toHaveLength(1);
    expect(ordered.tasks[0]).toMatchObject({ doneAt: null, overdue: false, daysLeft: 4 });
    expect(ordered.tasks[0]!.dueDate.toISOString().slice(0, 10)).toBe(answer.task?.dueDate);
    const chain = await loadRequesterObjections(request.id, { offerObjection: true, now: wita("2026-04-23T09:00") });
    expect(chain.chain.map((o) => o.number)).toEqual([filed.number]);
  });
});
