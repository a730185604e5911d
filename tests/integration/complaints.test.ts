// Pengaduan against a real database: gap-free numbers under concurrent submissions, tracking by
// number + access code, register scope (the register for complaint.manage, a citizen only their
// own, the public nothing), the register's steps, evidence checked and access-controlled, and bad
// input refused with a message while nothing is stored.

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { attachmentAccess } from "@/lib/domain/attachment-access";
import { ZFileComplaintInput, type TFileComplaintInput } from "@/lib/schemas/complaint";
import { getComplaintDetail, listComplaints, listMyComplaints, trackComplaint } from "@/lib/server/queries/complaints";
import { loadAttachmentForDownload } from "@/lib/server/queries/attachment-download";
import { addComplaintNote } from "@/lib/server/services/add-complaint-note";
import { assignComplaint } from "@/lib/server/services/assign-complaint";
import { closeComplaint } from "@/lib/server/services/close-complaint";
import { fileComplaint } from "@/lib/server/services/file-complaint";
import { setStorageForTests, type StorageBackend } from "@/lib/server/storage";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createTestDb, type TestDb } from "../support/test-db";

const session = vi.hoisted(() => ({ user: null as null | Record<string, unknown> }));
vi.mock("@/lib/server/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "10.8.0.1" }) }));
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

let t: TestDb;
type U = { id: string; role: "CITIZEN" | "DESK_OFFICER" | "PPID_UTAMA" | "ATASAN_PPID"; unitId: string | null; name: string; email: string };
const users = {} as Record<"citizen" | "other" | "desk" | "utama", U>;
const files = new Map<string, Uint8Array>();
const memory: StorageBackend = { put: async (k, b) => void files.set(k, b), get: async () => null, delete: async (k) => void files.delete(k) };
const wita = (local: string) => new Date(`${local}:00+08:00`);
const pdf = () => new File([new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n")], "bukti.pdf", { type: "application/pdf" });
const notAPdf = () => new File([new TextEncoder().encode("MZ this is an executable")], "bukti.pdf", { type: "application/pdf" });
let key = 0;

const input = (extra: Partial<Record<string, unknown>> = {}): TFileComplaintInput =>
  ZFileComplaintInput.parse({
    category: "SERVICE_QUALITY",
    officialConcerned: "Petugas meja layanan",
    description: "Petugas meminta uang untuk mempercepat salinan dokumen anggaran.",
    incidentDate: "2026-03-02",
    submissionKey: `complaint-key-${String(++key).padStart(6, "0")}`,
    ...extra,
  });

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
  await t.client.user.create({ data: { email: "lain@kupang.demo", name: "Warga Lain", role: "CITIZEN", passwordHash: "x" } });
  const pick = async (email: string) => {
    const u = await t.client.user.findUniqueOrThrow({ where: { email } });
    return { id: u.id, role: u.role, unitId: u.unitId, name: u.name, email: u.email } as U;
  };
  users.citizen = await pick("warga@kupang.demo");
  users.other = await pick("lain@kupang.demo");
  users.desk = await pick("meja@kupang.demo");
  users.utama = await pick("utama@kupang.demo");
  setStorageForTests(memory);
});
afterAll(async () => {
  setStorageForTests(undefined);
  await t.close();
});

describe(`complaints (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("numbers concurrent complaints 001, 002, … without gaps or duplicates; a failed one gives its number back", async () => {
    const filed = await Promise.all(Array.from({ length: 10 }, () => fileComplaint(null, input(), wita("2026-03-03T10:00"))));
    const seqs = filed.map((f) => Number(f.number.split("/")[0])).sort((a, b) => a - b);
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(filed[0]!.number).toMatch(/^\d{3}\/ADU\/PPID-KPG\/2026$/);

    const before = await t.client.complaint.count();
    await expect(fileComplaint(null, input({ evidence: notAPdf() }), wita("2026-03-03T11:00"))).rejects.toThrow("Jenis berkas tidak diizinkan");
    expect(await t.client.complaint.count()).toBe(before);
    const next = await fileComplaint(null, input(), wita("2026-03-03T11:05"));
    expect(next.number).toBe("011/ADU/PPID-KPG/2026");
  });

  it("returns the same complaint for a resubmitted form", async () => {
    const once = input();
    const [a, b] = await Promise.all([fileComplaint(null, once), fileComplaint(null, once)]);
    expect(a.number).toBe(b.number);
    expect(await t.client.complaint.count({ where: { submissionKey: once.submissionKey } })).toBe(1);
  });

  it("tracks by number + access code only, with the answer once closed and no internal notes", async () => {
    const filed = await fileComplaint(null, input({ evidence: pdf(), email: "pelapor@contoh.id", name: "Yohanes" }), wita("2026-03-04T09:00"));
    expect(filed.anonymous).toBe(false);
    const mail = await t.client.emailOutbox.findFirstOrThrow({ where: { to: "pelapor@contoh.id" } });
    expect(mail.subject).toBe(`[${filed.number}] Pengaduan diterima`);
    expect(mail.text).toContain(filed.number);

    const typed = filed.number.replace(/^0+/, "").toLowerCase();
    const spaced = `${filed.accessCode.slice(0, 4).toLowerCase()}-${filed.accessCode.slice(4)}`;
    expect(await trackComplaint(typed, spaced)).toMatchObject({ number: filed.number, status: "RECEIVED", statusLabel: "Diterima", closingAnswer: null });
    expect(await trackComplaint(filed.number, "ZZZZ2222")).toBeNull();
    expect(await trackComplaint("001/PMH/PPID-KPG/2026", filed.accessCode)).toBeNull();

    await addComplaintNote(users.utama, { complaintId: filed.id, text: "Catatan internal: klarifikasi ke kepala bidang." });
    await closeComplaint(users.utama, { complaintId: filed.id, answer: "Petugas telah diberi teguran tertulis dan pungutan dikembalikan." }, wita("2026-03-10T14:00"));
    const closed = await trackComplaint(filed.number, filed.accessCode);
    expect(closed).toMatchObject({ status: "CLOSED", closingAnswer: "Petugas telah diberi teguran tertulis dan pungutan dikembalikan.", closedOn: "2026-03-10" });
    expect(JSON.stringify(closed)).not.toContain("klarifikasi");
    expect(await t.client.emailOutbox.count({ where: { to: "pelapor@contoh.id", subject: { contains: "Jawaban" } } })).toBe(1);
  });

  it("keeps the register to complaint.manage and a citizen to their own complaints", async () => {
    const mine = await fileComplaint({ id: users.citizen.id, role: "CITIZEN" }, input({ evidence: pdf() }));
    const theirs = await fileComplaint({ id: users.other.id, role: "CITIZEN" }, input());
    expect((await listMyComplaints(users.citizen)).map((c) => c.number)).toEqual([mine.number]);
    expect((await listMyComplaints(users.other)).map((c) => c.number)).toEqual([theirs.number]);
    expect(await listComplaints(users.citizen)).toEqual([]);
    expect(await listComplaints(users.desk)).toEqual([]);
    expect(await getComplaintDetail(users.citizen, mine.id)).toBeNull();
    expect((await listComplaints(users.utama)).length).toBeGreaterThanOrEqual(13);
    expect(await getComplaintDetail(users.utama, mine.id)).toMatchObject({ number: mine.number, evidence: [expect.objectContaining({ fileName: "bukti.pdf" })] });

    const evidence = (await getComplaintDetail(users.utama, mine.id))!.evidence[0]!;
    const facts = (await loadAttachmentForDownload(evidence.id))!.facts;
    const actor = (u: U) => ({ role: u.role, userId: u.id, unitId: u.unitId });
    expect(attachmentAccess(facts, null)).toBe("denied");
    expect(attachmentAccess(facts, actor(users.other))).toBe("denied");
    expect(attachmentAccess(facts, actor(users.desk))).toBe("denied");
    expect(attachmentAccess(facts, actor(users.citizen))).toBe("allowed");
    expect(attachmentAccess(facts, actor(users.utama))).toBe("allowed");
  });

  it("walks the register: assign → in follow-up, notes, close once; other roles are refused", async () => {
    const filed = await fileComplaint(null, input());
    await expect(assignComplaint(users.desk, { complaintId: filed.id, assigneeId: users.desk.id })).rejects.toThrow("Anda tidak berwenang menangani pengaduan.");
    await expect(assignComplaint(users.utama, { complaintId: filed.id, assigneeId: users.citizen.id })).rejects.toThrow("Petugas tidak ditemukan.");
    expect(await assignComplaint(users.utama, { complaintId: filed.id, assigneeId: users.desk.id })).toEqual({ status: "IN_FOLLOW_UP" });
    await addComplaintNote(users.utama, { complaintId: filed.id, text: "Meminta keterangan petugas." });
    const detail = (await getComplaintDetail(users.utama, filed.id))!;
    expect(detail).toMatchObject({ status: "IN_FOLLOW_UP", assignee: users.desk.name, anonymous: true });
    expect(detail.notes.map((n) => n.text)).toEqual([`Ditugaskan kepada ${users.desk.name}.`, "Meminta keterangan petugas."]);
    await closeComplaint(users.utama, { complaintId: filed.id, answer: "Tidak ditemukan pelanggaran; prosedur dijelaskan ulang." });
    await expect(addComplaintNote(users.utama, { complaintId: filed.id, text: "lagi" })).rejects.toThrow("sudah selesai");
    await expect(closeComplaint(users.utama, { complaintId: filed.id, answer: "Jawaban kedua yang tidak boleh." })).rejects.toThrow("sudah selesai");
  });

  it("refuses bad input through the action with an Indonesian message and stores nothing", async () => {
    const { fileComplaintAction, assignComplaintAction } = await import("@/lib/actions/complaint-actions");
    const form = (fields: Record<string, string | File>) => {
      const fd = new FormData();
      for (const [k, v] of Object.entries(fields)) fd.append(k, v);
      return fd;
    };
    const base = { category: "ABUSE_OF_AUTHORITY", officialConcerned: "Kepala bidang", description: "Uraian yang cukup panjang tentang kejadian itu.", submissionKey: "action-key-0000000001" };
    session.user = null;
    const before = { complaints: await t.client.complaint.count(), files: files.size, seq: (await t.client.numberSequence.findFirst({ where: { kind: "COMPLAINT" } }))!.value };

    const short = await fileComplaintAction(null, form({ ...base, description: "pendek" }));
    expect(short).toMatchObject({ ok: false, message: "Periksa kembali isian yang ditandai.", fieldErrors: { description: "Uraian kejadian minimal 20 karakter." } });
    const badMail = await fileComplaintAction(null, form({ ...base, email: "bukan-surel" }));
    expect(badMail.ok ? null : badMail.fieldErrors).toMatchObject({ email: "Alamat surel tidak valid." });
    const future = await fileComplaintAction(null, form({ ...base, incidentDate: "2999-01-01" }));
    expect(future).toMatchObject({ ok: false, message: "Tanggal kejadian tidak boleh setelah hari ini." });
    const badFile = await fileComplaintAction(null, form({ ...base, evidence: notAPdf() }));
    expect(badFile).toMatchObject({ ok: false, fieldErrors: { evidence: expect.stringContaining("Jenis berkas tidak diizinkan") } });
    const hostile = await fileComplaintAction(null, form({ ...base, category: "'; DROP TABLE \"Complaint\"; --", unitId: "x".repeat(5000) }));
    expect(hostile.ok).toBe(false);

    expect(await t.client.complaint.count()).toBe(before.complaints);
    expect(files.size).toBe(before.files);
    expect((await t.client.numberSequence.findFirst({ where: { kind: "COMPLAINT" } }))!.value).toBe(before.seq);

    const ok = await fileComplaintAction(null, form(base));
    expect(ok).toMatchObject({ ok: true, data: { number: expect.stringMatching(/\/ADU\//), anonymous: true } });

    session.user = { ...users.citizen, unitName: null };
    const refused = await assignComplaintAction(null, form({ complaintId: "x", assigneeId: "" }));
    expect(refused).toMatchObject({ ok: false, message: "Anda tidak berwenang melakukan tindakan ini." });
  });
});
