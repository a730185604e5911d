// Filing and registering requests (UU 14/2008 Pasal 22): gap-free numbers under concurrency, one
// transaction (rollback), idempotency, the receipt's deadline, citizen scoping, withdrawal and
// completion. Runs on PGlite, and on PostgreSQL with TEST_DATABASE_URL.

import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LetterContent } from "@/lib/server/letters/letter-content";
import { ZCreateRequestInput, ZRegisterRequestInput, type TCreateRequestInput } from "@/lib/schemas/request";
import { UserError } from "@/lib/server/errors";
import { getMyRequest } from "@/lib/server/queries/my-requests";
import { trackRequest } from "@/lib/server/queries/track-request";
import { createRequest } from "@/lib/server/services/create-request";
import { registerRequest } from "@/lib/server/services/register-request";
import { requestCompletion } from "@/lib/server/services/request-completion";
import { submitCompletion } from "@/lib/server/services/submit-completion";
import { withdrawRequest } from "@/lib/server/services/withdraw-request";
import { setStorageForTests, type StorageBackend } from "@/lib/server/storage";
import type { CurrentUser } from "@/lib/server/session";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
let citizen: CurrentUser;
let other: CurrentUser;
let desk: CurrentUser;
const files = new Map<string, Uint8Array>();
const memoryStorage: StorageBackend = {
  put: async (key, bytes) => void files.set(key, bytes),
  get: async () => null,
  delete: async (key) => void files.delete(key),
};

const wita = (local: string) => new Date(`${local}:00+08:00`);
const pdf = (name = "ktp.pdf") => new File([new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n")], name, { type: "application/pdf" });
const notAPdf = () => new File([new TextEncoder().encode("just text, not a scan")], "ktp.pdf", { type: "application/pdf" });

function form(over: Record<string, unknown> = {}): TCreateRequestInput {
  return ZCreateRequestInput.parse({
    requesterType: "INDIVIDUAL",
    name: "Maria Bria",
    nik: "5371015508900002",
    address: "Jl. Timor Raya No. 10, Oesapa, Kupang",
    phone: "0812 3456 7890",
    email: "maria@contoh.id",
    occupation: "Wiraswasta",
    informationRequested: "Data cakupan imunisasi dasar lengkap per puskesmas tahun 2025",
    purpose: "Bahan penelitian skripsi tentang kesehatan anak",
    obtainMethod: "SOFTCOPY",
    deliveryMethod: "EMAIL",
    submissionKey: randomUUID(),
    document: pdf(),
    ...over,
  });
}

async function counts() {
  const [requests, events, letters, outbox, attachments, sequence] = await Promise.all([
    t.client.informationRequest.count(),
    t.client.caseEvent.count(),
    t.client.letter.count(),
    t.client.emailOutbox.count(),
    t.client.attachment.count(),
    t.client.numberSequence.findUnique({ where: { kind_year: { kind: "REQUEST", year: 2026 } } }),
  ]);
  return { requests, events, letters, outbox, attachments, sequence: sequence?.value ?? 0, stored: files.size };
}

async function user(email: string): Promise<CurrentUser> {
  const u = await t.client.user.findUniqueOrThrow({ where: { email } });
  return { id: u.id, name: u.name, email: u.email, role: u.role, unitId: u.unitId, unitName: null };
}

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
  setStorageForTests(memoryStorage);
  citizen = await user("warga@kupang.demo");
  desk = await user("meja@kupang.demo");
  const o = await t.client.user.create({ data: { email: "lain@contoh.id", name: "Warga Lain", role: "CITIZEN", passwordHash: "x" } });
  other = { id: o.id, name: o.name, email: o.email, role: "CITIZEN", unitId: null, unitName: null };
});
afterAll(async () => {
  setStorageForTests(undefined);
  await t.close();
});

describe(`request intake on ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  it("numbers 50 concurrent submissions 001..050 without duplicates or gaps", async () => {
    const now = wita("2026-03-17T10:00");
    const results = await Promise.all(Array.from({ length: 50 }, () => createRequest({ id: citizen.id, role: "CITIZEN" }, form(), now)));
    const sequences = results.map((r) => Number(r.number.split("/")[0])).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(results.map((r) => r.number)).size).toBe(50);
    expect(results.every((r) => /^\d{3}\/PMH\/PPID-KPG\/2026$/.test(r.number))).toBe(true);
    const letters = await t.client.letter.findMany({ where: { kind: "RECEIPT" }, select: { number: true } });
    expect(letters.map((l) => Number(l.number.split("/")[0])).sort((a, b) => a - b)).toEqual(sequences);
    expect((await counts()).sequence).toBe(50);
    expect(new Set(results.map((r) => r.accessCode)).size).toBe(50);
  });

  it("stores the request with its receipt, event, KTP and e-mail; the receipt is due 2026-04-08", async () => {
    // Tuesday 17 March 2026, 10:00 WITA: Nyepi, Idul Fitri and the cuti bersama days are skipped.
    const result = await createRequest({ id: citizen.id, role: "CITIZEN" }, form(), wita("2026-03-17T10:00"));
    expect(result).toMatchObject({ receivedDate: "2026-03-17", dueDate: "2026-04-08", created: true });
    const row = await t.client.informationRequest.findUniqueOrThrow({
      where: { id: result.id },
      include: { events: true, letters: true, attachments: true },
    });
    expect(row).toMatchObject({ status: "RECEIVED", channel: "ONLINE", requesterUserId: citizen.id, dueRule: "REQUEST_RESPONSE", nik: "5371015508900002", phone: "081234567890" });
    expect(row.dueDate?.toISOString().slice(0, 10)).toBe("2026-04-08");
    expect(row.events.map((e) => [e.event, e.fromStatus, e.toStatus, e.actorRole])).toEqual([["SUBMIT", null, "RECEIVED", "CITIZEN"]]);
    expect(row.attachments.map((a) => [a.purpose, a.mimeType])).toEqual([["KTP", "application/pdf"]]);
    expect(row.letters).toHaveLength(1);
    const content = row.letters[0]!.content as unknown as LetterContent;
    expect(content.number).toBe(row.letters[0]!.number);
    // The code is printed on the receipt, never carried in its link (logs, history).
    expect(content.trackingUrl).toBe(`/lacak?nomor=${encodeURIComponent(row.number)}`);
    expect(JSON.stringify(content.trackingUrl)).not.toContain(row.accessCode);
    const rows = content.sections.flatMap((s) => s.rows ?? []);
    expect(rows).toContainEqual({ label: "Nomor pendaftaran", value: row.number });
    expect(rows).toContainEqual({ label: "Waktu diterima", value: "17 Maret 2026 pukul 10.00 WITA" });
    expect(JSON.stringify(content)).toContain("8 April 2026");
    expect(JSON.stringify(content)).not.toContain("5371015508900002");
    const mail = await t.client.emailOutbox.findFirstOrThrow({ where: { subject: { contains: row.number } } });
    expect(mail.to).toBe("maria@contoh.id");
    // The code travels in the attached receipt, never in a link of the mail.
    expect(mail.text).not.toContain(row.accessCode);
    expect(mail.letterId).toBe(row.letters[0]!.id);
    expect(rows).toContainEqual({ label: "Kode akses pelacakan", value: expect.stringContaining(row.accessCode.slice(0, 4)) });
  });

  it("rolls everything back when a step fails after the number was allocated", async () => {
    const before = await counts();
    const failing = createRequest({ id: citizen.id, role: "CITIZEN" }, form({ document: notAPdf() }), wita("2026-03-18T09:00"));
    await expect(failing).rejects.toBeInstanceOf(UserError);
    await expect(failing).rejects.toMatchObject({ fieldErrors: { document: expect.stringMatching(/Jenis berkas/) } });
    expect(await counts()).toEqual(before);
    const next = await createRequest({ id: citizen.id, role: "CITIZEN" }, form(), wita("2026-03-18T09:00"));
    expect(Number(next.number.split("/")[0])).toBe(before.sequence + 1);
  });

  it("returns the same request for the same submission key (resubmitted or double-clicked form)", async () => {
    const input = form();
    const first = await createRequest({ id: citizen.id, role: "CITIZEN" }, input, wita("2026-03-18T09:30"));
    const again = await createRequest({ id: citizen.id, role: "CITIZEN" }, { ...input, document: pdf() }, wita("2026-03-18T09:31"));
    expect(again).toMatchObject({ id: first.id, number: first.number, created: false, receiptLetterId: first.receiptLetterId });
    const twin = form();
    const before = await counts();
    const racing = await Promise.all([0, 1].map(() => createRequest({ id: citizen.id, role: "CITIZEN" }, { ...twin, document: pdf() }, wita("2026-03-18T09:40"))));
    expect(racing[0]!.id).toBe(racing[1]!.id);
    const after = await counts();
    expect(after.requests - before.requests).toBe(1);
    expect(after.sequence - before.sequence).toBe(1);
    expect(after.stored - before.stored).toBe(1);
    await expect(createRequest(null, input, wita("2026-03-18T09:45"))).rejects.toThrow(/sudah pernah dikirim/);
  });

  it("lets anyone file without an account, but not staff", async () => {
    const result = await createRequest(null, form(), wita("2026-03-18T10:00"));
    const row = await t.client.informationRequest.findUniqueOrThrow({ where: { id: result.id } });
    expect(row.requesterUserId).toBeNull();
    expect(await trackRequest(result.number, result.accessCode.toLowerCase())).toMatchObject({ number: result.number, status: "RECEIVED" });
    expect(await trackRequest(result.number, "ZZZZ-ZZZZ")).toBeNull();
    await expect(createRequest({ id: desk.id, role: "DESK_OFFICER" }, form(), wita("2026-03-18T10:00"))).rejects.toThrow(/tidak berwenang/);
  });

  it("registers a desk request at its real receipt time and refuses a time in the future", async () => {
    const now = wita("2026-03-24T09:00");
    const input = ZRegisterRequestInput.parse({ ...rawDesk(), receivedDate: "2026-03-17", receivedTime: "10:00" });
    const result = await registerRequest(desk, input, now);
    expect(result).toMatchObject({ receivedDate: "2026-03-17", dueDate: "2026-04-08" });
    const row = await t.client.informationRequest.findUniqueOrThrow({ where: { id: result.id }, include: { events: true, letters: true } });
    expect(row).toMatchObject({ channel: "WALK_IN", requesterUserId: null, createdById: desk.id, email: null });
    expect(row.events[0]).toMatchObject({ event: "REGISTER", actorRole: "DESK_OFFICER", toStatus: "RECEIVED" });
    expect(row.letters[0]!.date.toISOString().slice(0, 10)).toBe("2026-03-24");
    expect(await t.client.emailOutbox.count({ where: { subject: { contains: row.number } } })).toBe(0);
    // After closing time (16:00 on a Tuesday) the receipt date is the next working day.
    const late = await registerRequest(desk, ZRegisterRequestInput.parse({ ...rawDesk(), receivedDate: "2026-03-10", receivedTime: "16:30" }), now);
    expect(late.receivedDate).toBe("2026-03-11");
    const future = ZRegisterRequestInput.parse({ ...rawDesk(), receivedDate: "2026-03-24", receivedTime: "09:30" });
    await expect(registerRequest(desk, future, now)).rejects.toMatchObject({ fieldErrors: { receivedDate: expect.stringMatching(/masa depan/) } });
    await expect(registerRequest(citizen, input, now)).rejects.toThrow(/tidak berwenang/);
  });

  it("scopes a citizen to their own requests (load, withdraw, complete)", async () => {
    const mine = await createRequest({ id: citizen.id, role: "CITIZEN" }, form(), wita("2026-03-25T09:00"));
    const now = wita("2026-03-25T11:00");
    expect(await getMyRequest(other, mine.number, now)).toBeNull();
    await expect(withdrawRequest(other, { requestId: mine.id }, now)).rejects.toThrow("Permohonan tidak ditemukan.");
    await expect(submitCompletion(other, { requestId: mine.id, files: [pdf()] }, now)).rejects.toThrow("Permohonan tidak ditemukan.");
    const detail = await getMyRequest(citizen, mine.number, now);
    expect(detail).toMatchObject({ number: mine.number, actions: { withdraw: true, submitCompletion: false } });
    expect(detail?.timeline.map((e) => e.label)).toEqual(["Permohonan diajukan melalui portal"]);

    await withdrawRequest(citizen, { requestId: mine.id, reason: "Sudah saya peroleh dari situs dinas" }, now);
    const row = await t.client.informationRequest.findUniqueOrThrow({ where: { id: mine.id }, include: { events: { orderBy: { at: "asc" } } } });
    expect(row).toMatchObject({ status: "CLOSED", outcome: "WITHDRAWN" });
    expect(row.events.at(-1)).toMatchObject({ event: "WITHDRAW", fromStatus: "RECEIVED", toStatus: "CLOSED", actorId: citizen.id });
    await expect(withdrawRequest(citizen, { requestId: mine.id }, now)).rejects.toThrow(/tidak dapat dilakukan/);
    expect((await getMyRequest(citizen, mine.number, now))?.actions).toEqual({ withdraw: false, submitCompletion: false });
  });

  it("takes the missing documents while the completion period runs, then refuses", async () => {
    const a = await createRequest({ id: citizen.id, role: "CITIZEN" }, form(), wita("2026-04-06T09:00"));
    await requestCompletion(desk, { requestId: a.id, reason: "KTP tidak terbaca, unggah ulang" }, wita("2026-04-06T10:00"));
    const asked = await getMyRequest(citizen, a.number, wita("2026-04-06T11:00"));
    expect(asked).toMatchObject({ status: "AWAITING_COMPLETION", actions: { withdraw: true, submitCompletion: true } });
    expect(asked?.timeline.at(-1)).toMatchObject({ label: "Pemohon diminta melengkapi persyaratan", note: "KTP tidak terbaca, unggah ulang" });
    await submitCompletion(citizen, { requestId: a.id, note: "KTP baru", files: [pdf("ktp-baru.pdf")] }, wita("2026-04-07T09:00"));
    const row = await t.client.informationRequest.findUniqueOrThrow({ where: { id: a.id }, include: { attachments: true, events: { orderBy: { at: "asc" } } } });
    expect(row.status).toBe("RECEIVED");
    expect(row.attachments.map((x) => x.purpose).sort()).toEqual(["COMPLETION", "KTP"]);
    expect(row.events.find((e) => e.event === "SUBMIT_COMPLETION")).toMatchObject({ fromStatus: "AWAITING_COMPLETION", toStatus: "RECEIVED", note: "KTP baru" });

    const b = await createRequest({ id: citizen.id, role: "CITIZEN" }, form(), wita("2026-04-06T09:00"));
    await requestCompletion(desk, { requestId: b.id, reason: "Surat kuasa belum ada" }, wita("2026-04-06T10:00"));
    const before = await counts();
    await expect(submitCompletion(citizen, { requestId: b.id, files: [pdf()] }, wita("2026-04-20T09:00"))).rejects.toThrow(/sudah berakhir/);
    expect(await counts()).toEqual(before);
  });
});

describe("request form schema", () => {
  it("checks the NIK and the fields each requester type needs", () => {
    const base = { ...rawDesk(), receivedDate: "2026-03-17", receivedTime: "10:00" };
    const errors = (raw: Record<string, unknown>) => {
      const parsed = ZRegisterRequestInput.safeParse(raw);
      return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]));
    };
    expect(errors(base)).toEqual({});
    expect(errors({ ...base, nik: "537101150890" })).toEqual({ nik: "NIK harus 16 angka (sekarang 12)." });
    expect(errors({ ...base, nik: "9971011508900001" }).nik).toMatch(/kode provinsi/);
    expect(errors({ ...base, nik: "5371013208900001" }).nik).toMatch(/tanggal lahir/);
    expect(errors({ ...base, nik: "5371011508900000" }).nik).toMatch(/0000/);
    expect(errors({ ...base, requesterType: "LEGAL_ENTITY" })).toEqual({ organization: "Nama badan hukum atau kelompok wajib diisi." });
    expect(errors({ ...base, occupation: "" })).toEqual({ occupation: "Pekerjaan wajib diisi untuk pemohon perorangan." });
    expect(errors({ ...base, deliveryMethod: "EMAIL" }).email).toMatch(/surel/);
    expect(errors({ ...base, channel: "ONLINE" }).channel).toBe("Pilih saluran penerimaan permohonan.");
    expect(errors({ ...base, receivedTime: "25:00" }).receivedTime).toMatch(/JJ:MM/);
    const online = ZCreateRequestInput.safeParse({ ...base, document: undefined, email: "" });
    expect(online.success ? [] : online.error.issues.map((i) => i.path[0]).sort()).toEqual(["document", "email"]);
    // Cross-field messages come together with the field messages (the form shows all at once).
    const all = ZCreateRequestInput.safeParse({ ...base, nik: "1", purpose: "", document: undefined });
    const issues = all.success ? [] : all.error.issues;
    expect([...new Set(issues.map((i) => i.path[0]))].sort()).toEqual(["document", "email", "nik", "purpose"]);
    expect(issues.find((i) => i.path[0] === "purpose")?.message).toBe("Tujuan penggunaan informasi wajib diisi.");
  });
});

function rawDesk(): Record<string, string> {
  return {
    requesterType: "INDIVIDUAL",
    name: "Yakobus Tefa",
    nik: "5371011508900001",
    address: "Jl. Cak Doko No. 5, Oetete, Kupang",
    phone: "081339000111",
    email: "",
    occupation: "Petani",
    informationRequested: "Rencana kerja Dinas Kesehatan tahun 2026",
    purpose: "Mengetahui program kesehatan di kelurahan",
    obtainMethod: "HARDCOPY",
    deliveryMethod: "PICKUP",
    submissionKey: randomUUID(),
    channel: "WALK_IN",
  };
}
