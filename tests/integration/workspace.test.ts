// "Tugas saya" against a real database: each role's queue holds the cases waiting for it (scoped
// like the register), sorted by deadline, and a case moves from one queue to the next as the
// services move it through the workflow.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeDeadline } from "@/lib/domain/calendar";
import type { Role } from "@/lib/domain/roles";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { listRequestRegister } from "@/lib/server/queries/request-register";
import { loadWorkQueue } from "@/lib/server/queries/work-queue";
import { parseRegisterQueryLenient } from "@/lib/schemas/request-register-query";
import { ZDecideRequestInput } from "@/lib/schemas/request-processing";
import { UserError } from "@/lib/server/errors";
import { decideRequest } from "@/lib/server/services/decide-request";
import { forwardRequest } from "@/lib/server/services/forward-request";
import type { StaffActor } from "@/lib/server/services/request-processing-common";
import { verifyRequest } from "@/lib/server/services/verify-request";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
type Who = "desk" | "utama" | "pelaksana" | "otherPelaksana" | "atasan" | "admin";
const users = {} as Record<Who, StaffActor>;
const units = {} as Record<"DINKES" | "DIKBUD", string>;
const wita = (local: string) => new Date(`${local}:00+08:00`);
const day = (ymd: string) => new Date(`${ymd}T00:00:00Z`);
// Monday 6 April 2026 09:00 WITA: due Monday 20 April 2026. "Now" is Wednesday 8 April.
const SUBMITTED = wita("2026-04-06T09:00");
const NOW = wita("2026-04-08T10:00");
let seq = 900;

async function makeRequest(status: string, opts: { unit?: "DINKES" | "DIKBUD"; submittedAt?: Date; dueRule?: string; outcome?: string; refusalArticle?: string; noticeDate?: string } = {}) {
  seq += 1;
  const config = await loadCalendarConfig(t.client);
  const response = computeDeadline("REQUEST_RESPONSE", opts.submittedAt ?? SUBMITTED, config);
  return t.client.informationRequest.create({
    data: {
      number: `${seq}/PMH/PPID-KPG/2026`, year: 2026, sequence: seq, accessCode: "ABCD2345", channel: "ONLINE",
      submittedAt: opts.submittedAt ?? SUBMITTED, receivedDate: day(response.receivedDate!), requesterType: "INDIVIDUAL",
      requesterName: `Pemohon ${seq}`, address: "Jl. Timor Raya 10, Kupang", phone: "081234567890",
      informationRequested: `Informasi nomor ${seq}`, purpose: "Penelitian", obtainMethod: "SOFTCOPY", deliveryMethod: "EMAIL",
      unitId: opts.unit ? units[opts.unit] : null, status: status as never, outcome: (opts.outcome ?? null) as never,
      dueDate: day(response.dueDate), dueRule: opts.dueRule ?? "REQUEST_RESPONSE",
      refusalArticle: opts.refusalArticle ?? null, noticeDate: opts.noticeDate ? day(opts.noticeDate) : null,
    },
  });
}

const queueOf = async (who: Who) => (await loadWorkQueue({ ...users[who], userId: users[who].id }, NOW)).map((i) => `${i.number}:${i.taskKey}`);

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
  for (const code of ["DINKES", "DIKBUD"] as const) units[code] = (await t.client.unit.findUniqueOrThrow({ where: { code } })).id;
  await t.client.user.create({
    data: { email: "pelaksana.dikbud@kupang.demo", name: "PPID Dikbud", role: "PPID_PELAKSANA", unitId: units.DIKBUD, passwordHash: "x" },
  });
  const pick = async (email: string) => {
    const u = await t.client.user.findUniqueOrThrow({ where: { email } });
    return { id: u.id, role: u.role as Role, unitId: u.unitId };
  };
  users.desk = await pick("meja@kupang.demo");
  users.utama = await pick("utama@kupang.demo");
  users.pelaksana = await pick("pelaksana@kupang.demo");
  users.otherPelaksana = await pick("pelaksana.dikbud@kupang.demo");
  users.atasan = await pick("atasan@kupang.demo");
  users.admin = await pick("admin@kupang.demo");
});
afterAll(async () => t.close());

describe("work queue", () => {
  it("puts each case in the queue of the role that acts next, and moves it on with the workflow", async () => {
    const fresh = await makeRequest("RECEIVED", { unit: "DINKES" }); // the requester's suggestion, not yet forwarded
    const older = await makeRequest("RECEIVED", { submittedAt: wita("2026-03-20T09:00") });
    const atUnit = await makeRequest("IN_PROCESS", { unit: "DINKES" });
    const elsewhere = await makeRequest("IN_PROCESS", { unit: "DIKBUD" });
    const lateAtUnit = await makeRequest("IN_PROCESS", { unit: "DINKES", submittedAt: wita("2026-03-20T09:00") });
    const prepared = await makeRequest("ANSWER_PREPARED", { unit: "DINKES" });
    const decided = await makeRequest("DECIDED", { unit: "DINKES" });

    // Overdue/nearest first: the older request's deadline (in early April) comes before the fresh one.
    expect(await queueOf("desk")).toEqual([`${older.number}:verify`, `${fresh.number}:verify`, `${decided.number}:deliver`]);
    expect(await queueOf("pelaksana")).toEqual([`${lateAtUnit.number}:prepare`, `${atUnit.number}:prepare`]);
    expect(await queueOf("otherPelaksana")).toEqual([`${elsewhere.number}:prepare`]);
    // The PPID Utama cannot decide a request the desk has not verified: the overdue RECEIVED one is the desk's.
    expect(await queueOf("utama")).toEqual([`${lateAtUnit.number}:due`, `${prepared.number}:review`]);
    expect(await queueOf("admin")).toEqual([]);

    await verifyRequest(users.desk, { requestId: fresh.id }, NOW);
    expect(await queueOf("desk")).not.toContain(`${fresh.number}:verify`);
    expect(await queueOf("utama")).toContain(`${fresh.number}:forward`);

    await forwardRequest(users.utama, { requestId: fresh.id, unitId: units.DIKBUD }, NOW);
    expect(await queueOf("utama")).not.toContain(`${fresh.number}:forward`);
    expect(await queueOf("otherPelaksana")).toContain(`${fresh.number}:prepare`);
  });

  it("gives the Atasan the pending objections with working days left", async () => {
    const request = await makeRequest("CLOSED", { unit: "DINKES", outcome: "REJECTED" });
    const objection = await t.client.objection.create({
      data: {
        number: "001/KBR/PPID-KPG/2026", year: 2026, sequence: 1, requestId: request.id, channel: "ONLINE",
        submittedAt: NOW, receivedDate: day("2026-04-08"), grounds: ["NOT_ANSWERED"], casePosition: "Tidak dijawab",
        purpose: "Penelitian", dueDate: day("2026-05-22"),
      },
    });
    const queue = await loadWorkQueue({ ...users.atasan, userId: users.atasan.id }, NOW);
    expect(queue.map((i) => [i.number, i.href])).toEqual([[objection.number, `/kantor/keberatan/${objection.id}`]]);
    expect(queue[0]!.standing?.daysLeft).toBeGreaterThan(20);
    expect(await queueOf("desk")).not.toContain(`${objection.number}:objection`);
  });
});

describe("defects found on the officers' journey", () => {
  const registerRow = async (number: string) => {
    const page = await listRequestRegister({ ...users.utama, userId: users.utama.id }, parseRegisterQueryLenient({ q: number }), NOW);
    return page.rows.find((r) => r.number === number)!;
  };

  it("1 and 7: the requester's suggested unit is no forwarding yet, and can be chosen for the first forwarding", async () => {
    const r = await makeRequest("VERIFIED", { unit: "DINKES" });
    expect((await registerRow(r.number)).held).toBe("Belum diputus; belum diteruskan (unit usulan pemohon: Dinas Kesehatan)");
    await forwardRequest(users.utama, { requestId: r.id, unitId: units.DINKES }, NOW);
    const events = await t.client.caseEvent.findMany({ where: { requestId: r.id, event: "FORWARD_TO_UNIT" } });
    expect(events).toHaveLength(1);
    expect((await registerRow(r.number)).held).toBe("Belum diputus; diteruskan ke Dinas Kesehatan");
    // Once forwarded there, forwarding to the same unit again is refused.
    await expect(forwardRequest(users.utama, { requestId: r.id, unitId: units.DINKES }, NOW)).rejects.toThrow("sudah berada di unit");
  });

  it("2: a request reopened by the Atasan's order shows no Pasal 17 letter and notice date beside an empty decision", async () => {
    const r = await makeRequest("IN_PROCESS", {
      unit: "DINKES", dueRule: "ATASAN_ORDER", refusalArticle: "Pasal 17 huruf h", noticeDate: "2026-03-30",
    });
    const row = await registerRow(r.number);
    expect(row.outcomeLabel).toBe("Belum diputus; dibuka kembali atas perintah Atasan PPID (keputusan semula berdasarkan Pasal 17 huruf h tanggal 30 Maret 2026)");
    expect(row.refusalArticle).toBeNull();
    expect(row.noticeDate).toBeNull();
  });

  it("6: an empty refusal form is answered with every missing field at once, and writes nothing", async () => {
    const r = await makeRequest("IN_PROCESS", { unit: "DINKES" });
    const fieldsOf = async (form: Record<string, string>) => {
      const input = ZDecideRequestInput.parse({ requestId: r.id, outcome: "REJECTED", ...form });
      const error = await decideRequest(users.utama, input, NOW).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      return Object.keys((error as UserError).fieldErrors ?? {}).sort();
    };
    // A new consequence test left empty: the Pasal 17 letters and every required field of the test.
    expect(await fieldsOf({ testMode: "new" })).toEqual([
      "pasal17Letters", "test.consequences", "test.decisionDate", "test.decisionNumber", "test.exemptionPeriod", "test.participants", "test.publicInterest",
    ]);
    // An existing test not chosen: the letters and the test, in one answer.
    expect(await fieldsOf({ testMode: "existing" })).toEqual(["consequenceTestId", "pasal17Letters"]);
    const row = await t.client.informationRequest.findUniqueOrThrow({ where: { id: r.id } });
    expect([row.status, row.outcome]).toEqual(["IN_PROCESS", null]);
    expect(await t.client.consequenceTest.count({ where: { requests: { some: { id: r.id } } } })).toBe(0);
  });

  it("6: a partial grant missing its particulars lists the grant's items, the withheld parts and the test together", async () => {
    const r = await makeRequest("IN_PROCESS", { unit: "DINKES" });
    const input = ZDecideRequestInput.parse({ requestId: r.id, outcome: "GRANTED_PARTIAL", testMode: "existing", feeAmount: "5000" });
    const error = (await decideRequest(users.utama, input, NOW).then(() => null, (e: unknown) => e)) as UserError;
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual([
      "consequenceTestId", "deliveryTime", "informationForm", "medium", "notes", "paymentMethod", "withheldParts",
    ]);
  });
});
