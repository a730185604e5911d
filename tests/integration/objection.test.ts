// Objections (UU 14/2008 Pasal 35-36) and disputes (Pasal 37) against a real database: the filing
// window and ground rules, numbering, the Atasan's answer and its follow-up order, role rights,
// the dispute window with and without an override, and the one-click dispute bundle.

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addWorkingDays, computeDeadline } from "@/lib/domain/calendar";
import type { StorageBackend } from "@/lib/server/storage";
import { setStorageForTests } from "@/lib/server/storage";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { answerObjection } from "@/lib/server/services/answer-objection";
import { completeFollowUpTask } from "@/lib/server/services/complete-follow-up-task";
import { recomputeOpenDeadlines } from "@/lib/server/services/recompute-open-deadlines";
import { consultTim } from "@/lib/server/services/consult-tim";
import { fileObjection } from "@/lib/server/services/file-objection";
import { listObjectionRegister } from "@/lib/server/queries/objection-register";
import type { CaseUser } from "@/lib/server/services/objection-common";
import { recordDispute } from "@/lib/server/services/record-dispute";
import { respondToObjectionAnswer } from "@/lib/server/services/respond-to-objection-answer";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createTestDb, type TestDb } from "../support/test-db";

const session = vi.hoisted(() => ({ user: null as null | Record<string, unknown> }));
vi.mock("@/lib/server/session", () => ({ getCurrentUser: async () => session.user }));

let t: TestDb;
const users = {} as Record<"citizen" | "other" | "desk" | "atasan" | "utama", CaseUser & { name: string }>;
const wita = (local: string) => new Date(`${local}:00+08:00`); // the demo office is in Kupang (WITA)
const day = (ymd: string) => new Date(`${ymd}T00:00:00Z`);
const ymd = (d: Date | null | undefined) => d?.toISOString().slice(0, 10) ?? null;
const files = new Map<string, Uint8Array>();
const memory: StorageBackend = {
  put: async (key, bytes) => void files.set(key, bytes),
  get: async () => null,
  delete: async (key) => void files.delete(key),
};

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
  await t.client.user.create({ data: { email: "lain@kupang.demo", name: "Warga Lain", role: "CITIZEN", passwordHash: "x" } });
  const pick = async (email: string) => {
    const u = await t.client.user.findUniqueOrThrow({ where: { email } });
    return { id: u.id, role: u.role, unitId: u.unitId, name: u.name };
  };
  users.citizen = await pick("warga@kupang.demo");
  users.other = await pick("lain@kupang.demo");
  users.desk = await pick("meja@kupang.demo");
  users.atasan = await pick("atasan@kupang.demo");
  users.utama = await pick("utama@kupang.demo");
  setStorageForTests(memory);
});
afterAll(async () => {
  setStorageForTests(undefined);
  await t.close();
});

let seq = 500;
type RequestSpec = {
  submittedAt: Date;
  status?: "IN_PROCESS" | "DECIDED" | "CLOSED";
  outcome?: "REJECTED" | "GRANTED_FULL" | "GRANTED_PARTIAL" | null;
  noticeDate?: string | null;
};

async function makeRequest(spec: RequestSpec) {
  seq += 1;
  const config = await loadCalendarConfig(t.client);
  const response = computeDeadline("REQUEST_RESPONSE", spec.submittedAt, config);
  return t.client.informationRequest.create({
    data: {
      number: `${seq}/PMH/PPID-KPG/${response.receivedDate!.slice(0, 4)}`,
      year: Number(response.receivedDate!.slice(0, 4)),
      sequence: seq,
      accessCode: "ABCD2345",
      channel: "ONLINE",
      submittedAt: spec.submittedAt,
      receivedDate: day(response.receivedDate!),
      requesterUserId: users.citizen.id,
      requesterType: "INDIVIDUAL",
      requesterName: "Maria Bria",
      address: "Kupang",
      phone: "081234567890",
      email: "maria@contoh.id",
      informationRequested: "Laporan realisasi anggaran 2025",
      purpose: "Penelitian",
      obtainMethod: "SOFTCOPY",
      deliveryMethod: "EMAIL",
      dueDate: day(response.dueDate),
      dueRule: "REQUEST_RESPONSE",
      status: spec.status ?? "CLOSED",
      outcome: spec.outcome === undefined ? "REJECTED" : spec.outcome,
      noticeDate: spec.noticeDate ? day(spec.noticeDate) : null,
      refusalArticle: spec.outcome === "REJECTED" || spec.outcome === undefined ? "Pasal 17 huruf b" : null,
    },
  });
}

const refusedOn = (noticeDate: string) => makeRequest({ submittedAt: wita(`${noticeDate}T08:30`), noticeDate });
const objectionInput = (requestNumber: string, grounds: string[]) => ({
  requestNumber,
  grounds,
  casePosition: "Permohonan saya ditolak padahal informasi anggaran bersifat terbuka.",
  purpose: "Penelitian",
});

describe(`objections and disputes (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("allows ground (a) the same day as the refusal, numbers the objection and issues its receipt", async () => {
    const request = await refusedOn("2026-04-08");
    const filed = await fileObjection(users.citizen, objectionInput(request.number, ["REFUSED_PASAL_17"]), wita("2026-04-08T15:00"));
    expect(filed.number).toMatch(/^\d{3}\/KBR\/PPID-KPG\/2026$/);
    expect(filed.receivedDate).toBe("2026-04-08");
    const config = await loadCalendarConfig(t.client);
    expect(filed.dueDate).toBe(computeDeadline("OBJECTION_RESPONSE", wita("2026-04-08T15:00"), config).dueDate);
    const letter = await t.client.letter.findUniqueOrThrow({ where: { id: filed.letterId } });
    expect(letter.kind).toBe("OBJECTION_RECEIPT");
    expect((letter.content as { number: string }).number).toBe(letter.number);
    const second = await fileObjection(users.desk, { ...objectionInput(request.number, ["NOT_FULFILLED"]), channel: "WALK_IN", receivedAt: wita("2026-04-09T10:00") }, wita("2026-04-09T11:00"));
    expect(Number(second.number.slice(0, 3))).toBe(Number(filed.number.slice(0, 3)) + 1);
    const events = await t.client.caseEvent.findMany({ where: { objectionId: second.id } });
    expect(events.map((e) => [e.event, e.actorRole, e.toStatus])).toEqual([["FILE", "DESK_OFFICER", "RECEIVED"]]);
    expect(await t.client.emailOutbox.count({ where: { to: "maria@contoh.id" } })).toBeGreaterThanOrEqual(2);
  });

  it("counts 30 working days across Nyepi and Idul Fitri 2026: the last day is within; the 31st is registered with a warning naming the end date", async () => {
    // Refusal Monday 2 March 2026: the 30 working days skip 18–24 March and 3 April, ending 21 April.
    const request = await refusedOn("2026-03-02");
    const ok = await fileObjection(users.citizen, objectionInput(request.number, ["REFUSED_PASAL_17"]), wita("2026-04-21T20:00"));
    expect(ok.number).toMatch(/KBR/);
    expect((await t.client.objection.findUniqueOrThrow({ where: { id: ok.id } })).windowWarning).toBeNull();
    expect(JSON.stringify((await t.client.letter.findUniqueOrThrow({ where: { id: ok.letterId } })).content)).not.toContain("di luar batas waktu");
    await answerObjection(users.atasan, { objectionId: ok.id, decision: "REJECT", reason: "Dikecualikan" }, wita("2026-04-21T21:00"));
    // UU 14/2008 Pasal 36(1): outside the window the objection is registered; the Atasan decides.
    const late = await fileObjection(users.citizen, objectionInput(request.number, ["REFUSED_PASAL_17"]), wita("2026-04-22T09:00"));
    const row = await t.client.objection.findUniqueOrThrow({ where: { id: late.id } });
    expect([row.status, row.windowWarning]).toEqual(["RECEIVED", expect.stringMatching(/^Alasan huruf a: .*berakhir pada 21 April 2026.*Atasan PPID yang menilai/)]);
    const event = await t.client.caseEvent.findFirstOrThrow({ where: { objectionId: late.id, event: "FILE" } });
    expect(event.note).toMatch(/Peringatan: Alasan huruf a/);
    // The receipt repeats the warning: the requester knows before the answer that the Atasan judges it.
    const receipt = (await t.client.letter.findUniqueOrThrow({ where: { id: late.letterId } })).content as { sections: { heading: string; paragraphs?: string[] }[] };
    expect(receipt.sections.find((s) => s.heading.startsWith("E. Catatan: diajukan di luar batas waktu"))?.paragraphs).toEqual([row.windowWarning]);
    // The Atasan rules it inadmissible, with reasons: an answer letter, and the dispute window opens.
    await expect(answerObjection(users.atasan, { objectionId: late.id, decision: "DECLARE_INADMISSIBLE" }, wita("2026-04-23T09:00"))).rejects.toThrow(/alasan/);
    const ruled = await answerObjection(users.atasan, { objectionId: late.id, decision: "DECLARE_INADMISSIBLE", reason: "Diajukan setelah 30 hari kerja sejak pemberitahuan." }, wita("2026-04-23T09:00"));
    expect([ruled.status, ruled.outcome, ruled.letterId !== null, ruled.disputeDueDate !== null]).toEqual(["ANSWERED", "INADMISSIBLE", true, true]);
    const letter = await t.client.letter.findUniqueOrThrow({ where: { id: ruled.letterId! } });
    expect(JSON.stringify(letter.content)).toContain("Keberatan tidak dapat diterima");
  });

  it("counts 30 working days across Christmas 2025 and New Year: 31 working days after a refusal is outside the window", async () => {
    const request = await refusedOn("2025-12-01");
    const late = await fileObjection(users.citizen, objectionInput(request.number, ["REFUSED_PASAL_17"]), wita("2026-01-16T09:00"));
    expect((await t.client.objection.findUniqueOrThrow({ where: { id: late.id } })).windowWarning).toMatch(/berakhir pada 15 Januari 2026/);
    expect(late.number).toMatch(/\/2026$/);
  });

  it("ground (c) before the response deadline passed is registered with a warning saying until when the PPID may answer; after it, none", async () => {
    const submittedAt = wita("2026-04-01T09:00");
    const early = await makeRequest({ submittedAt, status: "IN_PROCESS", outcome: null, noticeDate: null });
    const premature = await fileObjection(users.citizen, objectionInput(early.number, ["NOT_ANSWERED"]), wita("2026-04-16T10:00"));
    expect((await t.client.objection.findUniqueOrThrow({ where: { id: premature.id } })).windowWarning).toMatch(/huruf c: .*PPID masih dapat menjawab sampai 16 April 2026/);
    const request = await makeRequest({ submittedAt, status: "IN_PROCESS", outcome: null, noticeDate: null });
    const filed = await fileObjection(users.citizen, objectionInput(request.number, ["NOT_ANSWERED"]), wita("2026-04-17T10:00"));
    const event = await t.client.caseEvent.findFirstOrThrow({ where: { objectionId: filed.id } });
    expect((event.data as { groundDates: Record<string, { groundDate: string }> }).groundDates.NOT_ANSWERED.groundDate).toBe("2026-04-17");
  });

  it("refuses ground (a) on a granted request and a second objection on the same open ground", async () => {
    const granted = await makeRequest({ submittedAt: wita("2026-04-06T09:00"), status: "DECIDED", outcome: "GRANTED_FULL", noticeDate: "2026-04-10" });
    await expect(fileObjection(users.citizen, objectionInput(granted.number, ["REFUSED_PASAL_17"]), wita("2026-04-13T09:00"))).rejects.toThrow(/tidak ditolak/);
    const refused = await refusedOn("2026-05-04");
    await fileObjection(users.citizen, objectionInput(refused.number, ["REFUSED_PASAL_17"]), wita("2026-05-04T10:00"));
    await expect(fileObjection(users.citizen, objectionInput(refused.number, ["REFUSED_PASAL_17"]), wita("2026-05-05T10:00"))).rejects.toThrow(/sedang diperiksa/);
  });

  it("keeps role rights: another citizen, the Atasan filing; a citizen or the desk answering", async () => {
    const request = await refusedOn("2026-05-11");
    await expect(fileObjection(users.other, objectionInput(request.number, ["REFUSED_PASAL_17"]), wita("2026-05-11T10:00"))).rejects.toThrow("Permohonan tidak ditemukan.");
    await expect(fileObjection(users.atasan, objectionInput(request.number, ["REFUSED_PASAL_17"]), wita("2026-05-11T10:00"))).rejects.toThrow(/tidak berwenang/);
    const filed = await fileObjection(users.citizen, objectionInput(request.number, ["REFUSED_PASAL_17"]), wita("2026-05-11T10:00"));
    const reject = { objectionId: filed.id, decision: "REJECT" as const, reason: "Informasi dikecualikan." };
    await expect(answerObjection(users.citizen, reject, wita("2026-05-12T10:00"))).rejects.toThrow("Anda tidak berwenang memutus keberatan.");
    await expect(answerObjection(users.desk, reject, wita("2026-05-12T10:00"))).rejects.toThrow("Anda tidak berwenang memutus keberatan.");
    await expect(answerObjection(users.atasan, { objectionId: filed.id, decision: "SETTLE", note: "Sepakat" }, wita("2026-05-12T10:00"))).rejects.toThrow(/musyawarah/);
    await expect(answerObjection(users.atasan, { objectionId: filed.id, decision: "REJECT" }, wita("2026-05-12T10:00"))).rejects.toThrow(/alasan penolakan/);
    expect(await t.client.objection.findUniqueOrThrow({ where: { id: filed.id } })).toMatchObject({ status: "RECEIVED", outcome: null });
  });

  it("an acceptance in part orders the PPID: a follow-up task with its deadline, the request reopened through its table", async () => {
    const request = await refusedOn("2026-04-20");
    const filed = await fileObjection(users.citizen, objectionInput(request.number, ["REFUSED_PASAL_17"]), wita("2026-04-20T10:00"));
    await consultTim(users.atasan, { objectionId: filed.id, note: "Tim berpendapat sebagian dapat dibuka." }, wita("2026-04-21T10:00"));
    const answer = await answerObjection(
      users.atasan,
      { objectionId: filed.id, decision: "ACCEPT_PARTIAL", reason: "Rincian belanja dibuka; data pribadi tetap dihitamkan.", orderPeriodDays: 5 },
      wita("2026-04-22T10:00"),
    );
    const config = await loadCalendarConfig(t.client);
    expect(answer.task?.dueDate).toBe(addWorkingDays("2026-04-22", 5, config).date);
    expect(answer.disputeDueDate).toBe(computeDeadline("DISPUTE_FILING", "2026-04-22", config).dueDate);
    const reopened = await t.client.informationRequest.findUniqueOrThrow({ where: { id: request.id }, include: { tasks: true } });
    expect(reopened).toMatchObject({ status: "IN_PROCESS", outcome: null });
    expect(ymd(reopened.tasks[0]!.dueDate)).toBe(answer.task?.dueDate);
    // The order's period is the reopened request's running deadline, not the long-past 10 days.
    expect(ymd(reopened.dueDate!)).toBe(answer.task?.dueDate);
    expect(reopened.dueRule).toBe("ATASAN_ORDER");
    const recomputed = await t.client.$transaction((tx) => recomputeOpenDeadlines(tx, { reason: "uji", actor: { id: null, role: "ADMIN" } }));
    expect(recomputed.changes.filter((c) => c.caseNumber === request.number)).toEqual([]);
    const order = await t.client.caseEvent.findFirstOrThrow({ where: { requestId: request.id, event: "FOLLOW_UP_ORDER" } });
    expect(order).toMatchObject({ actorRole: "SYSTEM", fromStatus: "CLOSED", toStatus: "IN_PROCESS" });
    const objection = await t.client.objection.findUniqueOrThrow({ where: { id: filed.id }, include: { letters: true } });
    expect(objection).toMatchObject({ status: "ANSWERED", outcome: "ACCEPTED_PARTIAL", atasanName: users.atasan.name, orderPeriodDays: 5 });
    expect(objection.letters.map((l) => l.kind).sort()).toEqual(["ATASAN_ANSWER", "OBJECTION_RECEIPT"]);
    await expect(completeFollowUpTask(users.citizen, { taskId: reopened.tasks[0]!.id, note: "x" })).rejects.toThrow(/tidak berwenang/);
    const done = await completeFollowUpTask(users.utama, { taskId: reopened.tasks[0]!.id, note: "Salinan dikirim melalui surel." }, wita("2026-04-24T10:00"));
    expect(done.late).toBe(false);
    await expect(completeFollowUpTask(users.utama, { taskId: reopened.tasks[0]!.id, note: "lagi" })).rejects.toThrow(/sudah dinyatakan selesai/);
  });

  it("records a dispute inside the 14 working days; outside only with a logged override; the bundle is one PDF", async () => {
    const request = await refusedOn("2026-06-01");
    const filed = await fileObjection(users.citizen, objectionInput(request.number, ["REFUSED_PASAL_17"]), wita("2026-06-01T10:00"));
    const answer = await answerObjection(users.atasan, { objectionId: filed.id, decision: "REJECT", reason: "Dikecualikan Pasal 17 huruf b." }, wita("2026-06-03T10:00"));
    await respondToObjectionAnswer(users.citizen, { objectionId: filed.id, response: "ESCALATE" }, wita("2026-06-04T10:00"));
    const late = addWorkingDays(answer.disputeDueDate!, 1, await loadCalendarConfig(t.client)).date;
    await expect(recordDispute(users.citizen, { objectionId: filed.id, filedOn: "2026-06-05" })).rejects.toThrow(/tidak berwenang/);
    await expect(recordDispute(users.desk, { objectionId: filed.id, filedOn: late }, wita(`${late}T12:00`))).rejects.toThrow(/Batas waktu pengajuan sengketa berakhir/);
    const overridden = await recordDispute(
      users.desk,
      { objectionId: filed.id, filedOn: late, registerNumber: "012/REG-PSI/VI/2026", overrideReason: "Komisi Informasi menerima pengajuan (surat KI 2026)." },
      wita(`${late}T12:00`),
    );
    expect(overridden.outsideWindow).toBe(true);
    const row = await t.client.dispute.findUniqueOrThrow({ where: { id: overridden.id } });
    expect(row.lateFilingReason).toMatch(/Komisi Informasi menerima/);
    const logged = await t.client.caseEvent.findFirstOrThrow({ where: { disputeId: row.id } });
    expect((logged.data as { override: { refusal: string } }).override.refusal).toMatch(/Batas waktu/);

    const other = await refusedOn("2026-06-08");
    const o2 = await fileObjection(users.citizen, objectionInput(other.number, ["REFUSED_PASAL_17"]), wita("2026-06-08T10:00"));
    await answerObjection(users.atasan, { objectionId: o2.id, decision: "REJECT", reason: "Dikecualikan." }, wita("2026-06-09T10:00"));
    const inTime = await recordDispute(users.utama, { objectionId: o2.id, filedOn: "2026-06-10" }, wita("2026-06-10T12:00"));
    expect(inTime.outsideWindow).toBe(false);
    expect((await t.client.dispute.findUniqueOrThrow({ where: { id: inTime.id } })).commission).toMatch(/Komisi Informasi Provinsi/);

    const { GET } = await import("@/app/api/kantor/sengketa/[id]/bundle/route");
    const call = () => GET(new Request(`http://localhost/api/kantor/sengketa/${overridden.id}/bundle`), { params: Promise.resolve({ id: overridden.id }) });
    session.user = null;
    expect((await call()).status).toBe(401);
    session.user = { ...users.atasan, email: "atasan@kupang.demo", unitName: null };
    expect((await call()).status).toBe(403);
    session.user = { ...users.desk, email: "meja@kupang.demo", unitName: null };
    const response = await call();
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 4).toString("latin1")).toBe("%PDF");
    expect(bytes.length).toBeGreaterThan(5000);
  });

  it("pages the objection register newest first, with the same rows as the export", async () => {
    const actor = { role: users.utama.role, userId: users.utama.id, unitId: users.utama.unitId };
    const now = wita("2026-06-15T10:00");
    const all = await listObjectionRegister(actor, {}, now);
    expect(all.rows.length).toBeGreaterThanOrEqual(5);
    const first = await listObjectionRegister(actor, {}, now, { pageSize: 2 });
    expect(first).toMatchObject({ page: 1, total: all.rows.length, pageCount: Math.ceil(all.rows.length / 2) });
    expect(first.rows.map((r) => r.number)).toEqual(all.rows.slice(0, 2).map((r) => r.number));
    const second = await listObjectionRegister(actor, { halaman: 2 }, now, { pageSize: 2 });
    expect(second.rows.map((r) => r.number)).toEqual(all.rows.slice(2, 4).map((r) => r.number));
    // Past the end: the last page, not an empty one.
    const beyond = await listObjectionRegister(actor, { halaman: 99 }, now, { pageSize: 2 });
    expect(beyond.page).toBe(first.pageCount);
    expect(beyond.rows.length).toBeGreaterThan(0);
    // With the ground filter (applied after loading), the pages come from the filtered rows.
    const byGround = await listObjectionRegister(actor, { alasan: "REFUSED_PASAL_17" }, now);
    const groundPage = await listObjectionRegister(actor, { alasan: "REFUSED_PASAL_17", halaman: 1 }, now, { pageSize: 2 });
    expect(groundPage.total).toBe(byGround.rows.length);
    expect(groundPage.rows.map((r) => r.number)).toEqual(byGround.rows.slice(0, 2).map((r) => r.number));
  });
});
