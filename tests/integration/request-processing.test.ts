// Processing information requests (UU 14/2008 Pasal 22) against a real database: every service of
// the staff half (verify, completion, lapse, forward, prepare, return, extend, decide, deliver),
// the role/scope matrix from the workflow table, the one extension before the deadline, refusals
// that need a Pasal 17 letter and a consequence test, full rollback, the lapse job, the register
// and its exports, and the letters (every item of Pasal 22(7); a real PDF).

import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeDeadline, DEADLINE_RULES } from "@/lib/domain/calendar";
import { can } from "@/lib/domain/permissions";
import { REQUEST_WORKFLOW, type RequestEvent } from "@/lib/domain/request-workflow";
import type { Role } from "@/lib/domain/roles";
import { actorMayFire, fromStates } from "@/lib/domain/workflow";
import type { LetterContent } from "@/lib/server/letters/letter-content";
import { renderLetterPdf } from "@/lib/server/letters/render-letter-pdf";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { loadRequestCase } from "@/lib/server/queries/request-case";
import { listRequestRegister, listRequestRegisterForExport } from "@/lib/server/queries/request-register";
import { registerColumns, registerCsv, registerXlsx } from "@/lib/server/request-register-export";
import { decideRequest } from "@/lib/server/services/decide-request";
import { deliverRequest } from "@/lib/server/services/deliver-request";
import { extendRequest } from "@/lib/server/services/extend-request";
import { forwardRequest } from "@/lib/server/services/forward-request";
import { lapseIncompleteRequests } from "@/lib/server/services/lapse-incomplete-requests";
import { prepareAnswer } from "@/lib/server/services/prepare-answer";
import { requestCompletion } from "@/lib/server/services/request-completion";
import type { StaffActor } from "@/lib/server/services/request-processing-common";
import { returnForRevision } from "@/lib/server/services/return-for-revision";
import { verifyRequest } from "@/lib/server/services/verify-request";
import { setStorageForTests, type StorageBackend } from "@/lib/server/storage";
import { parseRegisterQueryLenient } from "@/lib/schemas/request-register-query";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
type Who = "desk" | "utama" | "pelaksana" | "otherPelaksana" | "atasan" | "admin" | "citizen";
const users = {} as Record<Who, StaffActor>;
const units = {} as Record<"DINKES" | "DIKBUD", string>;
const wita = (local: string) => new Date(`${local}:00+08:00`); // the demo office is in Kupang (WITA)
const day = (ymd: string) => new Date(`${ymd}T00:00:00Z`);
const ymd = (d: Date | null | undefined) => d?.toISOString().slice(0, 10) ?? null;
const stored = new Map<string, Uint8Array>();
const memory: StorageBackend = {
  put: async (key, bytes) => void stored.set(key, bytes),
  get: async () => null,
  delete: async (key) => void stored.delete(key),
};
const pdfFile = (name = "draf.pdf") => new File([new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")], name, { type: "application/pdf" });

// Monday 6 April 2026, 09:00 WITA: received that day; 10 working days → Monday 20 April 2026.
const SUBMITTED = wita("2026-04-06T09:00");
const DURING = wita("2026-04-08T10:00");

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
  users.citizen = await pick("warga@kupang.demo");
  setStorageForTests(memory);
});
afterAll(async () => {
  setStorageForTests(undefined);
  await t.close();
});

let seq = 700;
type Spec = {
  status?: "RECEIVED" | "AWAITING_COMPLETION" | "VERIFIED" | "IN_PROCESS" | "ANSWER_PREPARED" | "DECIDED" | "CLOSED";
  unit?: "DINKES" | "DIKBUD" | null;
  submittedAt?: Date;
  email?: string | null;
  outcome?: "GRANTED_FULL" | "GRANTED_PARTIAL" | "REJECTED" | "NOT_HELD" | "LAPSED" | null;
  completionDueDate?: string | null;
  nik?: string;
  name?: string;
};

async function makeRequest(spec: Spec = {}) {
  seq += 1;
  const config = await loadCalendarConfig(t.client);
  const submittedAt = spec.submittedAt ?? SUBMITTED;
  const response = computeDeadline("REQUEST_RESPONSE", submittedAt, config);
  const year = Number(response.receivedDate!.slice(0, 4));
  return t.client.informationRequest.create({
    data: {
      number: `${seq}/PMH/PPID-KPG/${year}`,
      year,
      sequence: seq,
      accessCode: "ABCD2345",
      channel: "WALK_IN",
      submittedAt,
      receivedDate: day(response.receivedDate!),
      requesterUserId: users.citizen.id,
      requesterType: "INDIVIDUAL",
      requesterName: spec.name ?? "Maria Bria",
      nik: spec.nik ?? "5371012345670001",
      address: "Jl. Timor Raya 10, Kupang",
      phone: "081234567890",
      email: spec.email === undefined ? "maria@contoh.id" : spec.email,
      occupation: "Peneliti",
      informationRequested: "Data cakupan imunisasi dasar per puskesmas 2025",
      purpose: "Penelitian skripsi",
      obtainMethod: "SOFTCOPY",
      deliveryMethod: "EMAIL",
      unitId: spec.unit ? units[spec.unit] : null,
      status: spec.status ?? "RECEIVED",
      outcome: spec.outcome ?? null,
      dueDate: day(response.dueDate),
      dueRule: "REQUEST_RESPONSE",
      completionRequestedOn: spec.completionDueDate ? day("2026-04-06") : null,
      completionDueDate: spec.completionDueDate ? day(spec.completionDueDate) : null,
    },
  });
}

const eventsOf = (requestId: string) => t.client.caseEvent.findMany({ where: { requestId }, orderBy: { at: "asc" } });
const sequenceValue = async (kind: "LETTER_WRITTEN_NOTICE" | "LETTER_REFUSAL_DECISION" | "LETTER_EXTENSION_NOTICE") =>
  (await t.client.numberSequence.findUnique({ where: { kind_year: { kind, year: 2026 } } }))?.value ?? 0;

const grantInput = (requestId: string) => ({
  requestId,
  outcome: "GRANTED_FULL" as const,
  notes: "Rekap cakupan imunisasi dasar 2025 per puskesmas (12 halaman).",
  informationForm: "Softcopy (PDF)",
  medium: "Surel",
  feeAmount: 0,
  deliveryTime: "Paling lambat 3 hari kerja setelah pemberitahuan ini",
});
const newTest = {
  consequences: "Membuka data pribadi pasien dapat merugikan pasien dan melanggar rahasia medis.",
  publicInterest: "Kepentingan melindungi rahasia pribadi lebih besar daripada manfaat membukanya.",
  conclusion: "EXEMPT" as const,
  exemptionPeriod: "Selama pasien hidup",
  participants: "PPID Utama, PPID Pelaksana Dinas Kesehatan, Bagian Hukum",
  decisionNumber: "188.45/09/PPID-KPG/2026",
  decisionDate: "2026-04-07",
};

describe("the desk's steps", () => {
  it("verifies a complete request and logs it; a PPID Pelaksana (unassigned case) and a citizen are refused", async () => {
    const r = await makeRequest();
    // Outside the scope the case does not exist for them: the answer a missing id gets.
    await expect(verifyRequest(users.pelaksana, { requestId: r.id }, DURING)).rejects.toThrow("Permohonan tidak ditemukan.");
    await expect(verifyRequest(users.citizen, { requestId: r.id }, DURING)).rejects.toThrow("tidak berwenang");
    const done = await verifyRequest(users.desk, { requestId: r.id, note: "Identitas sesuai KTP" }, DURING);
    expect(done.status).toBe("VERIFIED");
    const events = await eventsOf(r.id);
    expect(events.map((e) => [e.event, e.fromStatus, e.toStatus, e.actorRole, e.note])).toEqual([
      ["VERIFY_COMPLETE", "RECEIVED", "VERIFIED", "DESK_OFFICER", "Identitas sesuai KTP"],
    ]);
    await expect(verifyRequest(users.desk, { requestId: r.id }, DURING)).rejects.toThrow("tidak dapat dilakukan");
  });

  it("asks for completion with the office's period from today, keeps the 10-day deadline, and e-mails the requester", async () => {
    const r = await makeRequest();
    await expect(requestCompletion(users.desk, { requestId: r.id, reason: "  " }, DURING)).rejects.toThrow("persyaratan yang belum lengkap");
    const result = await requestCompletion(users.desk, { requestId: r.id, reason: "Pindaian KTP tidak terbaca." }, DURING);
    const config = await loadCalendarConfig(t.client);
    expect(result.completionDueDate).toBe(computeDeadline("REQUIREMENTS_COMPLETION", "2026-04-08", config).dueDate);
    expect(result.completionDueDate).toBe("2026-04-10");
    const row = await t.client.informationRequest.findUniqueOrThrow({ where: { id: r.id } });
    expect([row.status, ymd(row.completionRequestedOn), ymd(row.completionDueDate), ymd(row.dueDate)]).toEqual([
      "AWAITING_COMPLETION", "2026-04-08", "2026-04-10", "2026-04-20",
    ]);
    const mail = await t.client.emailOutbox.findFirstOrThrow({ where: { subject: { contains: r.number } } });
    expect(mail.to).toBe("maria@contoh.id");
    expect(mail.text).toContain("10 April 2026");
    const silent = await makeRequest({ email: null });
    const before = await t.client.emailOutbox.count();
    await requestCompletion(users.desk, { requestId: silent.id, reason: "Tujuan belum diisi." }, DURING);
    expect(await t.client.emailOutbox.count()).toBe(before);
  });

  it("forwards to a unit; only then does that unit's PPID Pelaksana see the case", async () => {
    const r = await makeRequest({ status: "VERIFIED" });
    await expect(forwardRequest(users.desk, { requestId: r.id, unitId: "" }, DURING)).rejects.toThrow("Pilih unit");
    await forwardRequest(users.desk, { requestId: r.id, unitId: units.DINKES }, DURING);
    const row = await t.client.informationRequest.findUniqueOrThrow({ where: { id: r.id } });
    expect([row.status, row.unitId]).toEqual(["IN_PROCESS", units.DINKES]);
    const own = { role: users.pelaksana.role, userId: users.pelaksana.id, unitId: users.pelaksana.unitId };
    const other = { role: users.otherPelaksana.role, userId: users.otherPelaksana.id, unitId: users.otherPelaksana.unitId };
    expect((await loadRequestCase(own, r.id)).kind).toBe("ok");
    expect((await loadRequestCase(other, r.id)).kind).toBe("forbidden");
  });
});

describe("the unit and the PPID Utama", () => {
  it("lets the unit's PPID Pelaksana prepare the answer with a draft; another unit's is refused; the PPID Utama returns it", async () => {
    const r = await makeRequest({ status: "IN_PROCESS", unit: "DINKES" });
    const input = { requestId: r.id, notes: "Data tersedia di seksi imunisasi.", suggestedOutcome: "GRANTED_FULL" as const, files: [pdfFile()] };
    await expect(prepareAnswer(users.otherPelaksana, input, DURING)).rejects.toThrow("Permohonan tidak ditemukan.");
    expect(await t.client.attachment.count({ where: { requestId: r.id } })).toBe(0);
    await prepareAnswer(users.pelaksana, input, DURING);
    const row = await t.client.informationRequest.findUniqueOrThrow({ where: { id: r.id }, include: { attachments: true } });
    expect([row.status, row.preparedNotes, row.attachments.map((a) => a.purpose)]).toEqual(["ANSWER_PREPARED", input.notes, ["ANSWER_DRAFT"]]);
    await expect(returnForRevision(users.desk, { requestId: r.id, reason: "Lengkapi" }, DURING)).rejects.toThrow("tidak berwenang");
    await expect(returnForRevision(users.utama, { requestId: r.id, reason: "" }, DURING)).rejects.toThrow("perlu diperbaiki");
    await returnForRevision(users.utama, { requestId: r.id, reason: "Sertakan data per kecamatan." }, DURING);
    expect((await t.client.informationRequest.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("IN_PROCESS");
  });

  it("extends once by 7 working days from the original due date, with reasons and an extension notice", async () => {
    const r = await makeRequest({ status: "IN_PROCESS", unit: "DINKES" });
    await expect(extendRequest(users.utama, { requestId: r.id, reason: "" }, DURING)).rejects.toThrow("alasan perpanjangan");
    await expect(extendRequest(users.desk, { requestId: r.id, reason: "Banyak data" }, DURING)).rejects.toThrow("tidak berwenang");
    const result = await extendRequest(users.utama, { requestId: r.id, reason: "Data tersebar di 11 puskesmas." }, DURING);
    const config = await loadCalendarConfig(t.client);
    expect(result.dueDate).toBe(computeDeadline("REQUEST_EXTENSION", "2026-04-20", config).dueDate);
    expect(result.dueDate).toBe("2026-04-29");
    const row = await t.client.informationRequest.findUniqueOrThrow({ where: { id: r.id }, include: { letters: true } });
    expect([ymd(row.dueDate), row.dueRule, row.extensionReason, row.extendedAt?.toISOString()]).toEqual([
      "2026-04-29", "REQUEST_EXTENSION", "Data tersebar di 11 puskesmas.", DURING.toISOString(),
    ]);
    expect(row.letters.map((l) => [l.kind, l.number, ymd(l.date)])).toEqual([["EXTENSION_NOTICE", result.letterNumber, "2026-04-08"]]);
    const content = row.letters[0]!.content as unknown as LetterContent;
    expect(content.number).toBe(row.letters[0]!.number);
    expect(JSON.stringify(content)).toContain("29 April 2026");
    await expect(extendRequest(users.utama, { requestId: r.id, reason: "Lagi" }, DURING)).rejects.toThrow("satu kali");
  });

  it("refuses an extension once the original 10 working days have ended", async () => {
    const r = await makeRequest({ status: "IN_PROCESS", unit: "DINKES" });
    const before = await sequenceValue("LETTER_EXTENSION_NOTICE");
    await expect(extendRequest(users.utama, { requestId: r.id, reason: "Terlambat" }, wita("2026-04-21T08:00"))).rejects.toThrow("sudah berakhir");
    expect(await sequenceValue("LETTER_EXTENSION_NOTICE")).toBe(before);
    // The last minute of the due day is still in time.
    await extendRequest(users.utama, { requestId: r.id, reason: "Masih dalam waktu" }, wita("2026-04-20T23:59"));
  });
});

describe("decisions (UU 14/2008 Pasal 22(7))", () => {
  it("grants in full: written notice numbered and dated today, fee and form stored, e-mail; the desk then delivers and closes", async () => {
    const r = await makeRequest({ status: "ANSWER_PREPARED", unit: "DINKES" });
    await expect(decideRequest(users.desk, grantInput(r.id), DURING)).rejects.toThrow("tidak berwenang");
    await expect(decideRequest(users.pelaksana, grantInput(r.id), DURING)).rejects.toThrow("tidak berwenang");
    await expect(decideRequest(users.utama, { ...grantInput(r.id), feeAmount: -5 }, DURING)).rejects.toThrow("paling kecil 0");
    await expect(decideRequest(users.utama, { ...grantInput(r.id), feeAmount: 15000 }, DURING)).rejects.toThrow("cara pembayaran");
    const result = await decideRequest(users.utama, { ...grantInput(r.id), feeAmount: 15000, paymentMethod: "Tunai di meja layanan" }, DURING);
    const row = await t.client.informationRequest.findUniqueOrThrow({ where: { id: r.id }, include: { letters: true } });
    expect([row.status, row.outcome, ymd(row.noticeDate), row.feeAmount, row.paymentMethod, row.informationForm, row.medium]).toEqual([
      "DECIDED", "GRANTED_FULL", "2026-04-08", 15000, "Tunai di meja layanan", "Softcopy (PDF)", "Surel",
    ]);
    expect(row.letters.map((l) => [l.kind, l.number])).toEqual([["WRITTEN_NOTICE", result.letterNumber]]);
    expect(result.letterNumber).toMatch(/^\d{3}\/PT\/PPID-KPG\/2026$/);
    // Every item of Pasal 22(7) (a–g), the time of delivery, and the right to object with the rule's period.
    const notice = row.letters[0]!.content as unknown as LetterContent;
    const labels = notice.sections.flatMap((s) => [s.heading ?? "", ...(s.rows ?? []).map((r) => r.label)]).join("|");
    for (const item of ["a. Penguasaan", "b. Badan publik", "c. Keputusan", "d. Materi", "e. Bagian", "f. Bentuk", "g. Biaya", "Cara pembayaran", "Waktu penyediaan", "Hak mengajukan keberatan"]) {
      expect(labels).toContain(item);
    }
    const noticeText = JSON.stringify(notice);
    expect(noticeText).toContain("Rp15.000");
    expect(noticeText).toContain(`paling lambat ${DEADLINE_RULES.OBJECTION_FILING.workingDays} hari kerja`);
    expect(noticeText).toContain(DEADLINE_RULES.OBJECTION_FILING.article);
    expect(notice.number).toBe(result.letterNumber);
    expect((await renderLetterPdf(notice, "http://localhost")).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(await t.client.emailOutbox.count({ where: { subject: { contains: r.number }, text: { contains: result.letterNumber } } })).toBe(1);

    await expect(deliverRequest(users.desk, { requestId: r.id }, DURING)).rejects.toThrow("catat cara penyerahannya");
    await expect(deliverRequest(users.desk, { requestId: r.id, link: "javascript:alert(1)" }, DURING)).rejects.toThrow("https://");
    await deliverRequest(users.desk, { requestId: r.id, link: "https://data.kupang.demo/imunisasi-2025.pdf", files: [pdfFile("rekap.pdf")] }, DURING);
    const closed = await t.client.informationRequest.findUniqueOrThrow({ where: { id: r.id }, include: { attachments: true } });
    expect([closed.status, closed.outcome, closed.deliveredAt?.toISOString()]).toEqual(["CLOSED", "GRANTED_FULL", DURING.toISOString()]);
    expect(closed.attachments.map((a) => a.purpose)).toEqual(["DELIVERED_INFORMATION"]);
    expect((await eventsOf(r.id)).map((e) => e.event)).toEqual(["DECIDE_GRANT_FULL", "DELIVER"]);
  });

  it("refuses a refusal without a Pasal 17 letter, and writes nothing", async () => {
    const r = await makeRequest({ status: "IN_PROCESS", unit: "DINKES" });
    const [letters, tests, outbox] = [await sequenceValue("LETTER_REFUSAL_DECISION"), await t.client.consequenceTest.count(), await t.client.emailOutbox.count()];
    const attempt = decideRequest(users.utama, { requestId: r.id, outcome: "REJECTED", pasal17Letters: [], newConsequenceTest: newTest }, DURING);
    await expect(attempt).rejects.toThrow("huruf Pasal 17");
    await expect(decideRequest(users.utama, { requestId: r.id, outcome: "REJECTED", pasal17Letters: ["h"] }, DURING)).rejects.toThrow("uji konsekuensi");
    expect(await sequenceValue("LETTER_REFUSAL_DECISION")).toBe(letters);
    expect(await t.client.consequenceTest.count()).toBe(tests);
    expect(await t.client.emailOutbox.count()).toBe(outbox);
    expect(await eventsOf(r.id)).toEqual([]);
    expect((await t.client.informationRequest.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("IN_PROCESS");
  });

  it("refuses with a consequence test recorded on the spot; the refusal decision names the letters and the test; its PDF renders", async () => {
    const r = await makeRequest({ status: "IN_PROCESS", unit: "DINKES" });
    const result = await decideRequest(
      users.utama,
      { requestId: r.id, outcome: "REJECTED", pasal17Letters: ["h"], newConsequenceTest: newTest, notes: "Memuat nama dan diagnosis pasien." },
      DURING,
    );
    const row = await t.client.informationRequest.findUniqueOrThrow({ where: { id: r.id }, include: { letters: true, consequenceTest: true } });
    expect([row.status, row.outcome, row.refusalArticle, row.consequenceTest?.decisionNumber, row.consequenceTest?.pasal17Letters]).toEqual([
      "CLOSED", "REJECTED", "Pasal 17 huruf h", newTest.decisionNumber, ["h"],
    ]);
    expect(row.closedAt?.toISOString()).toBe(DURING.toISOString());
    expect(row.letters.map((l) => l.kind)).toEqual(["REFUSAL_DECISION"]);
    expect(result.letterNumber).toMatch(/\/SKP\//);
    const content = row.letters[0]!.content as unknown as LetterContent;
    const text = JSON.stringify(content);
    expect(text).toContain("Pasal 17 huruf h");
    expect(text).toContain("rahasia pribadi");
    expect(text).toContain(newTest.decisionNumber);
    expect(text).toContain(`${DEADLINE_RULES.OBJECTION_FILING.workingDays} hari kerja`);
    const pdf = await renderLetterPdf(content, "http://localhost");
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("checks an existing consequence test: it must exempt and cover the letters chosen", async () => {
    const r = await makeRequest({ status: "VERIFIED" });
    const test = await t.client.consequenceTest.findFirstOrThrow({ where: { pasal17Letters: { has: "b" }, conclusion: "EXEMPT" } });
    await expect(
      decideRequest(users.utama, { requestId: r.id, outcome: "REJECTED", pasal17Letters: ["h"], consequenceTestId: test.id }, DURING),
    ).rejects.toThrow("tidak mencakup Pasal 17 huruf h");
    await decideRequest(users.utama, { requestId: r.id, outcome: "REJECTED", pasal17Letters: ["b"], consequenceTestId: test.id }, DURING);
    expect((await t.client.informationRequest.findUniqueOrThrow({ where: { id: r.id } })).consequenceTestId).toBe(test.id);
  });

  it("grants in part with each withheld part's reason, and records 'not held' with the body that holds it", async () => {
    const partial = await makeRequest({ status: "IN_PROCESS", unit: "DINKES" });
    const test = await t.client.consequenceTest.findFirstOrThrow({ where: { conclusion: "PARTLY_OPEN" } });
    const base = { ...grantInput(partial.id), outcome: "GRANTED_PARTIAL" as const, consequenceTestId: test.id };
    await expect(decideRequest(users.utama, { ...base, withheldParts: [{ part: "Lampiran 2", reason: "" }] }, DURING)).rejects.toThrow("beserta alasannya");
    await decideRequest(users.utama, { ...base, withheldParts: [{ part: "Lampiran 2: nama pasien", reason: "Rahasia pribadi (Pasal 17 huruf h)" }] }, DURING);
    const row = await t.client.informationRequest.findUniqueOrThrow({ where: { id: partial.id }, include: { letters: true } });
    expect([row.status, row.outcome, row.withheldParts]).toEqual([
      "DECIDED", "GRANTED_PARTIAL", [{ part: "Lampiran 2: nama pasien", reason: "Rahasia pribadi (Pasal 17 huruf h)" }],
    ]);
    expect(JSON.stringify(row.letters[0]!.content)).toContain("Lampiran 2: nama pasien");

    const notHeld = await makeRequest({ status: "VERIFIED" });
    await decideRequest(users.utama, { requestId: notHeld.id, outcome: "NOT_HELD", holdingBody: "BPS Provinsi NTT" }, DURING);
    const closed = await t.client.informationRequest.findUniqueOrThrow({ where: { id: notHeld.id }, include: { letters: true } });
    expect([closed.status, closed.outcome, closed.holdingBody, closed.feeAmount]).toEqual(["CLOSED", "NOT_HELD", "BPS Provinsi NTT", null]);
    expect(closed.letters.map((l) => l.kind)).toEqual(["WRITTEN_NOTICE"]);
    expect(JSON.stringify(closed.letters[0]!.content)).toContain("BPS Provinsi NTT");
  });

  it("rolls a failing decision back completely: no test, no letter number, no event, no change", async () => {
    const r = await makeRequest({ status: "IN_PROCESS", unit: "DINKES" });
    // The e-mail is written last; make that insert fail inside the database.
    await t.client.$executeRawUnsafe(`CREATE FUNCTION ppid_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'outbox down'; END $$`);
    await t.client.$executeRawUnsafe(`CREATE TRIGGER ppid_test_fail BEFORE INSERT ON "EmailOutbox" FOR EACH ROW EXECUTE FUNCTION ppid_test_fail()`);
    const [letters, tests, allLetters] = [await sequenceValue("LETTER_REFUSAL_DECISION"), await t.client.consequenceTest.count(), await t.client.letter.count()];
    try {
      await expect(
        decideRequest(users.utama, { requestId: r.id, outcome: "REJECTED", pasal17Letters: ["h"], newConsequenceTest: { ...newTest, decisionNumber: "188.45/99/X/2026" } }, DURING),
      ).rejects.toThrow();
    } finally {
      await t.client.$executeRawUnsafe(`DROP TRIGGER ppid_test_fail ON "EmailOutbox"`);
      await t.client.$executeRawUnsafe(`DROP FUNCTION ppid_test_fail()`);
    }
    expect(await sequenceValue("LETTER_REFUSAL_DECISION")).toBe(letters);
    expect(await t.client.letter.count()).toBe(allLetters);
    expect(await t.client.consequenceTest.count()).toBe(tests);
    expect(await eventsOf(r.id)).toEqual([]);
    const row = await t.client.informationRequest.findUniqueOrThrow({ where: { id: r.id } });
    expect([row.status, row.outcome, row.noticeDate]).toEqual(["IN_PROCESS", null, null]);
    // The next refusal takes the number the failed one gave back.
    const next = await decideRequest(users.utama, { requestId: r.id, outcome: "REJECTED", pasal17Letters: ["h"], newConsequenceTest: { ...newTest, decisionNumber: "188.45/98/X/2026" } }, DURING);
    expect(next.letterNumber.startsWith(String(letters + 1).padStart(3, "0"))).toBe(true);
  });
});

describe("who may do what: exactly the workflow table, within the case scope", () => {
  type Case = { event: RequestEvent; spec: Spec; run: (actor: StaffActor, requestId: string) => Promise<unknown> };
  const cases: Case[] = [
    { event: "VERIFY_COMPLETE", spec: { status: "RECEIVED", unit: "DINKES" }, run: (a, id) => verifyRequest(a, { requestId: id }, DURING) },
    { event: "REQUEST_COMPLETION", spec: { status: "RECEIVED", unit: "DINKES" }, run: (a, id) => requestCompletion(a, { requestId: id, reason: "KTP" }, DURING) },
    { event: "FORWARD_TO_UNIT", spec: { status: "IN_PROCESS", unit: "DINKES" }, run: (a, id) => forwardRequest(a, { requestId: id, unitId: units.DIKBUD }, DURING) },
    { event: "PREPARE_ANSWER", spec: { status: "IN_PROCESS", unit: "DINKES" }, run: (a, id) => prepareAnswer(a, { requestId: id, notes: "Siap diberikan" }, DURING) },
    { event: "RETURN_FOR_REVISION", spec: { status: "ANSWER_PREPARED", unit: "DINKES" }, run: (a, id) => returnForRevision(a, { requestId: id, reason: "Perbaiki" }, DURING) },
    { event: "EXTEND", spec: { status: "IN_PROCESS", unit: "DINKES" }, run: (a, id) => extendRequest(a, { requestId: id, reason: "Data banyak" }, DURING) },
    { event: "DECIDE_GRANT_FULL", spec: { status: "ANSWER_PREPARED", unit: "DINKES" }, run: (a, id) => decideRequest(a, grantInput(id), DURING) },
    { event: "DECIDE_NOT_HELD", spec: { status: "IN_PROCESS", unit: "DINKES" }, run: (a, id) => decideRequest(a, { requestId: id, outcome: "NOT_HELD" }, DURING) },
    { event: "DELIVER", spec: { status: "DECIDED", unit: "DINKES", outcome: "GRANTED_FULL" }, run: (a, id) => deliverRequest(a, { requestId: id, note: "Diambil langsung" }, DURING) },
  ];
  const who: Who[] = ["desk", "utama", "pelaksana", "otherPelaksana", "atasan", "admin", "citizen"];

  for (const c of cases) {
    it(`${c.event}: allowed exactly for the table's roles that handle requests and have the case in scope`, async () => {
      const rows = REQUEST_WORKFLOW.rows.filter((row) => row.event === c.event && fromStates(row.from).includes(c.spec.status!));
      const outcome: Record<string, boolean> = {};
      const expected: Record<string, boolean> = {};
      for (const w of who) {
        const actor = users[w];
        const r = await makeRequest(c.spec);
        const inScope = actor.role !== "PPID_PELAKSANA" || actor.unitId === units.DINKES;
        expected[w] = rows.some((row) => actorMayFire(row, actor.role)) && can(actor.role, "request.handle") && inScope;
        outcome[w] = await c.run(actor, r.id).then(() => true, () => false);
        if (!outcome[w]) expect(await eventsOf(r.id)).toEqual([]);
      }
      expect(outcome).toEqual(expected);
    });
  }
});

describe("the lapse job", () => {
  it("closes only incomplete requests whose completion period has ended, once, as the system", async () => {
    const overdue = await makeRequest({ status: "AWAITING_COMPLETION", completionDueDate: "2026-04-08" });
    const lastDay = await makeRequest({ status: "AWAITING_COMPLETION", completionDueDate: "2026-04-09" });
    const other = await makeRequest({ status: "RECEIVED", completionDueDate: "2026-04-08" });
    const now = wita("2026-04-09T10:00");
    const result = await lapseIncompleteRequests(now);
    expect(result.today).toBe("2026-04-09");
    expect(result.lapsed.map((l) => l.number)).toEqual([overdue.number]);
    const rows = await t.client.informationRequest.findMany({ where: { id: { in: [overdue.id, lastDay.id, other.id] } }, orderBy: { sequence: "asc" } });
    expect(rows.map((r) => [r.status, r.outcome])).toEqual([["CLOSED", "LAPSED"], ["AWAITING_COMPLETION", null], ["RECEIVED", null]]);
    const [event] = await eventsOf(overdue.id);
    expect([event!.event, event!.actorRole, event!.actorId, event!.toStatus]).toEqual(["LAPSE", "SYSTEM", null, "CLOSED"]);
    expect((await lapseIncompleteRequests(now)).lapsed).toEqual([]);
    expect(await eventsOf(overdue.id)).toHaveLength(1);
  });
});

describe("the register and its exports", () => {
  it("scopes a PPID Pelaksana to their unit, filters overdue and due-soon requests, and exports the statutory columns", async () => {
    const fresh = await makeRequest({ name: "Yakobus Register", unit: "DIKBUD", submittedAt: wita("2026-04-14T09:00") });
    const late = await makeRequest({ name: "Yakobus Register", unit: "DINKES", status: "IN_PROCESS" });
    const now = wita("2026-04-22T09:00");
    const pelaksana = { role: users.pelaksana.role, userId: users.pelaksana.id, unitId: users.pelaksana.unitId };
    const utama = { role: users.utama.role, userId: users.utama.id, unitId: users.utama.unitId };
    const mine = await listRequestRegister(pelaksana, parseRegisterQueryLenient({ q: "Yakobus" }), now);
    expect(mine.rows.map((r) => r.number)).toEqual([late.number]);
    const all = await listRequestRegister(utama, parseRegisterQueryLenient({ q: "Yakobus", urut: "nomor", arah: "naik" }), now);
    expect(all.rows.map((r) => r.number)).toEqual([fresh.number, late.number]);
    // A word search alone over the whole register takes its total from the matches found; with
    // another filter or in a unit's scope the register counts.
    expect([all.total, all.totalIsAtLeast, mine.total]).toEqual([2, false, 1]);
    const overdue = await listRequestRegister(utama, parseRegisterQueryLenient({ q: "Yakobus", terlambat: "1" }), now);
    expect(overdue.rows.map((r) => [r.number, r.standing?.overdue])).toEqual([[late.number, true]]);
    expect(overdue.total).toBe(1);
    // fresh: received 14 April, due 28 April = 4 working days after 22 April.
    expect((await listRequestRegister(utama, parseRegisterQueryLenient({ q: "Yakobus", tenggat: "3" }), now)).rows).toEqual([]);
    const soon = await listRequestRegister(utama, parseRegisterQueryLenient({ q: "Yakobus", tenggat: "4" }), now);
    expect(soon.rows.map((r) => [r.number, r.standing?.daysLeft])).toEqual([[fresh.number, 4]]);

    const { rows, timeZone } = await listRequestRegisterForExport(utama, parseRegisterQueryLenient({ q: "Yakobus" }), now);
    const headers = registerColumns(timeZone).map((c) => c.header);
    for (const h of ["Nomor pendaftaran", "Tanggal diterima", "Nama pemohon", "Telepon", "Surel", "Pekerjaan", "Informasi yang diminta",
      "Tujuan penggunaan", "Penguasaan informasi", "Cara memperoleh (diminta)", "Jenis permohonan (saluran)", "Keputusan",
      "Alasan penolakan (Pasal 17)", "Tanggal pemberitahuan tertulis", "Biaya (Rp)"]) expect(headers).toContain(h);
    expect(headers).toContain("Waktu pengajuan (WITA)");
    const csv = registerCsv(rows, timeZone);
    expect(csv.startsWith("\uFEFFNomor pendaftaran,")).toBe(true);
    expect(csv).toContain("2026-04-06 09:00"); // submitted 09:00 WITA, not the server's zone
    expect(csv).not.toContain("5371012345670001"); // no NIK in the register
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await registerXlsx(rows, timeZone, "Register")) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(2).getCell(1).value).toBe("Nomor pendaftaran");
    expect(sheet.rowCount).toBe(2 + rows.length);
  });

  it("finds a request by the words of its requester and text as they are now, whatever else changed", async () => {
    const request = await makeRequest({ name: "Oktovianus Seran" });
    const utama = { role: users.utama.role, userId: users.utama.id, unitId: users.utama.unitId };
    const found = async (q: string) => (await listRequestRegister(utama, parseRegisterQueryLenient({ q }), wita("2026-04-22T09:00"))).rows.map((r) => r.number);
    expect(await found("oktovianus ser")).toEqual([request.number]);
    // The search vector lives beside the request (RequestSearch): a corrected name replaces it, a due date leaves it.
    await t.client.informationRequest.update({ where: { id: request.id }, data: { requesterName: "Oktaviana Seran" } });
    await t.client.informationRequest.update({ where: { id: request.id }, data: { dueDate: new Date("2026-05-01T00:00:00Z") } });
    expect(await found("oktovianus")).toEqual([]);
    expect(await found("oktaviana seran")).toEqual([request.number]);
  });

  it("masks the NIK and hides identity papers on the case page without personal_data.view", async () => {
    const r = await makeRequest({ status: "IN_PROCESS", unit: "DINKES" });
    await t.client.attachment.create({
      data: { purpose: "KTP", fileName: "ktp.pdf", mimeType: "application/pdf", size: 10, storageKey: `ktp-${r.id}`, sha256: "x", requestId: r.id },
    });
    const asPelaksana = await loadRequestCase({ role: "PPID_PELAKSANA", userId: users.pelaksana.id, unitId: users.pelaksana.unitId }, r.id);
    const asUtama = await loadRequestCase({ role: "PPID_UTAMA", userId: users.utama.id, unitId: users.utama.unitId }, r.id);
    if (asPelaksana.kind !== "ok" || asUtama.kind !== "ok") throw new Error("expected both to load");
    expect([asPelaksana.kase.nikShown, asPelaksana.kase.attachments.length, asPelaksana.kase.hiddenPersonalFiles]).toEqual(["5371••••••••0001", 0, 1]);
    expect([asUtama.kase.nikShown, asUtama.kase.attachments.map((a) => a.purpose)]).toEqual(["5371012345670001", ["KTP"]]);
    expect((await loadRequestCase({ role: "ADMIN", userId: users.admin.id, unitId: null }, r.id)).kind).toBe("forbidden");
  });
});
