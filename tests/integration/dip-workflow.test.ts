// The catalogue's review workflow against a real database (PGlite, or PostgreSQL with
// TEST_DATABASE_URL): publish end to end, each role's rights, the consequence-test requirement
// for exempt entries, gap-free numbering under concurrency, and the Pasal 20 release job.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as releaseJob } from "@/app/api/jobs/release-exemptions/route";
import type { TConsequenceTestInput } from "@/lib/schemas/consequence-test";
import type { CurrentUser } from "@/lib/server/session";
import { attachDipDocument } from "@/lib/server/services/attach-dip-document";
import { createConsequenceTest } from "@/lib/server/services/create-consequence-test";
import { createDipEntry } from "@/lib/server/services/create-dip-entry";
import { releaseExpiredExemptions } from "@/lib/server/services/release-expired-exemptions";
import { transitionDipEntry } from "@/lib/server/services/transition-dip-entry";
import { updateConsequenceTest } from "@/lib/server/services/update-consequence-test";
import { updateDipEntry } from "@/lib/server/services/update-dip-entry";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createTestDb, type TestDb } from "../support/test-db";
import { entryInput, pdfFile, unitId, userByEmail } from "./dip-fixtures";
import { resetEnvForTests, setEnvForTests } from "@/lib/server/env";

process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "ppid-dip-wf-"));

let t: TestDb;
let utama: CurrentUser, pelaksana: CurrentUser, warga: CurrentUser, meja: CurrentUser, atasan: CurrentUser;
let dinkes: string, bpkad: string;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
  [utama, pelaksana, warga, meja, atasan] = await Promise.all(
    ["utama", "pelaksana", "warga", "meja", "atasan"].map((n) => userByEmail(t.client, `${n}@kupang.demo`)),
  );
  [dinkes, bpkad] = await Promise.all([unitId(t.client, "DINKES"), unitId(t.client, "BPKAD")]);
});
afterAll(() => t.close());

const events = async (id: string) => (await t.client.dipEvent.findMany({ where: { dipEntryId: id }, orderBy: { at: "asc" } })).map((e) => e.event);
const status = async (id: string) => (await t.client.dipEntry.findUniqueOrThrow({ where: { id } })).status;

const EXEMPT_TEST: TConsequenceTestInput = {
  information: "Dokumen penawaran tender puskesmas",
  pasal17Letters: ["b"],
  consequences: "Membuka penawaran sebelum penetapan mengganggu persaingan usaha.",
  publicInterest: "Persaingan yang sehat lebih terlindungi bila ditutup sampai penetapan.",
  conclusion: "EXEMPT",
  exemptUntil: "2026-03-31",
  exemptionPeriod: "Sampai penetapan pemenang",
  participants: "PPID Utama, PPID Pelaksana Dinas Kesehatan",
  decisionNumber: "188.45/09/PPID-KPG/2026",
  decisionDate: "2026-01-15",
};

describe(`DIP review workflow (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("runs propose → return → fix → resubmit → publish, with an event for every step", async () => {
    const before = await t.client.dipEntry.count();
    const { id, number } = await createDipEntry(pelaksana, entryInput());
    expect(number).toBe(`DIP-${String(before + 1).padStart(3, "0")}`);
    const created = await t.client.dipEntry.findUniqueOrThrow({ where: { id } });
    expect(created).toMatchObject({ status: "DRAFT", unitId: dinkes, createdById: pelaksana.id });

    await attachDipDocument(pelaksana, id, pdfFile());
    await transitionDipEntry(pelaksana, { entryId: id, event: "SUBMIT" });
    await expect(transitionDipEntry(utama, { entryId: id, event: "RETURN", note: "ok" })).rejects.toThrow(/catatan perbaikan/);
    await transitionDipEntry(utama, { entryId: id, event: "RETURN", note: "Lengkapi data tenaga kesehatan." });
    expect(await t.client.dipEntry.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "RETURNED", reviewNote: "Lengkapi data tenaga kesehatan." });

    await updateDipEntry(pelaksana, { entryId: id, ...entryInput({ summary: "Data derajat kesehatan, sarana, dan tenaga kesehatan per puskesmas." }) });
    await transitionDipEntry(pelaksana, { entryId: id, event: "SUBMIT" });
    await expect(updateDipEntry(pelaksana, { entryId: id, ...entryInput() })).rejects.toThrow(/tidak dapat diubah/);
    const published = await transitionDipEntry(utama, { entryId: id, event: "PUBLISH" }, new Date("2026-04-08T02:00:00Z"));
    expect(published).toEqual({ number, status: "PUBLISHED" });
    const row = await t.client.dipEntry.findUniqueOrThrow({ where: { id } });
    expect(row.publishedAt?.toISOString()).toBe("2026-04-08T02:00:00.000Z");
    expect(row.reviewNote).toBeNull();
    expect(await events(id)).toEqual(["CREATE", "DOCUMENT_ADDED", "SUBMIT", "RETURN", "UPDATE", "SUBMIT", "PUBLISH"]);

    await expect(transitionDipEntry(utama, { entryId: id, event: "UNPUBLISH" })).rejects.toThrow(/alasan penarikan/);
    await transitionDipEntry(utama, { entryId: id, event: "UNPUBLISH", note: "Data direvisi oleh BPS." });
    await transitionDipEntry(utama, { entryId: id, event: "REPUBLISH" });
    expect((await t.client.dipEntry.findUniqueOrThrow({ where: { id } })).publishedAt?.toISOString()).toBe("2026-04-08T02:00:00.000Z");
    expect(await t.client.dipEvent.count({ where: { dipEntryId: id } })).toBe(9);
  });

  it("keeps a PPID Pelaksana to their unit and away from publishing", async () => {
    await expect(createDipEntry(pelaksana, entryInput({ unitId: bpkad }))).rejects.toThrow("PPID Pelaksana hanya dapat mengelola entri unitnya sendiri.");
    const other = await createDipEntry(utama, entryInput({ unitId: bpkad, title: "Laporan Aset Daerah 2025" }));
    // Another unit's entry does not exist for them: the answer a missing id gets (nothing to probe).
    await expect(transitionDipEntry(pelaksana, { entryId: other.id, event: "SUBMIT" })).rejects.toThrow("Entri DIP tidak ditemukan.");
    await expect(updateDipEntry(pelaksana, { entryId: other.id, ...entryInput() })).rejects.toThrow("Entri DIP tidak ditemukan.");
    await expect(attachDipDocument(pelaksana, other.id, pdfFile())).rejects.toThrow("Entri DIP tidak ditemukan.");
    await expect(transitionDipEntry(pelaksana, { entryId: "cmissing0000000000000000x", event: "SUBMIT" })).rejects.toThrow("Entri DIP tidak ditemukan.");

    const own = await createDipEntry(pelaksana, entryInput({ title: "Jadwal Posyandu 2026" }));
    await transitionDipEntry(pelaksana, { entryId: own.id, event: "SUBMIT" });
    await expect(transitionDipEntry(pelaksana, { entryId: own.id, event: "PUBLISH" })).rejects.toThrow(/PPID Pelaksana tidak berwenang/);
    await expect(transitionDipEntry(pelaksana, { entryId: own.id, event: "RETURN", note: "Perbaiki judul." })).rejects.toThrow(/tidak berwenang/);
    expect(await status(own.id)).toBe("SUBMITTED");
    // The PPID Utama submits for any unit.
    await transitionDipEntry(utama, { entryId: other.id, event: "SUBMIT" });
    expect(await status(other.id)).toBe("SUBMITTED");
  });

  it("lets a citizen, the desk and the Atasan do nothing", async () => {
    const own = await createDipEntry(pelaksana, entryInput({ title: "Rencana Kerja Dinas Kesehatan 2026" }));
    const count = await t.client.dipEntry.count();
    for (const actor of [warga, meja, atasan]) {
      await expect(createDipEntry(actor, entryInput({ unitId: dinkes }))).rejects.toThrow(/tidak berwenang/);
      await expect(transitionDipEntry(actor, { entryId: own.id, event: "SUBMIT" })).rejects.toThrow(/tidak berwenang/);
      await expect(updateDipEntry(actor, { entryId: own.id, ...entryInput() })).rejects.toThrow(/tidak dapat diubah/);
      await expect(attachDipDocument(actor, own.id, pdfFile())).rejects.toThrow(/hanya dapat ditambahkan/);
      await expect(createConsequenceTest(actor, { ...EXEMPT_TEST, otherLegalBasis: undefined })).rejects.toThrow(/tidak berwenang/);
    }
    expect(await t.client.dipEntry.count()).toBe(count);
    expect(await events(own.id)).toEqual(["CREATE"]);
  });

  it("submits an exempt entry only with an exempting consequence test", async () => {
    const entry = await createDipEntry(pelaksana, entryInput({ category: "DIKECUALIKAN", title: "Dokumen penawaran tender alat kesehatan" }));
    await expect(transitionDipEntry(pelaksana, { entryId: entry.id, event: "SUBMIT" })).rejects.toThrow(/harus merujuk pada uji konsekuensi/);
    const open = await createConsequenceTest(utama, { ...EXEMPT_TEST, conclusion: "OPEN", exemptUntil: undefined, decisionNumber: "188.45/10/PPID-KPG/2026" });
    await updateDipEntry(pelaksana, { entryId: entry.id, ...entryInput({ category: "DIKECUALIKAN", title: "Dokumen penawaran tender alat kesehatan", consequenceTestId: open.id }) });
    await expect(transitionDipEntry(pelaksana, { entryId: entry.id, event: "SUBMIT" })).rejects.toThrow(/menyimpulkan informasi ini terbuka/);
    const test = await createConsequenceTest(utama, { ...EXEMPT_TEST, exemptUntil: "2099-12-31" });
    await updateDipEntry(pelaksana, { entryId: entry.id, ...entryInput({ category: "DIKECUALIKAN", title: "Dokumen penawaran tender alat kesehatan", consequenceTestId: test.id }) });
    await transitionDipEntry(pelaksana, { entryId: entry.id, event: "SUBMIT" });
    await transitionDipEntry(utama, { entryId: entry.id, event: "PUBLISH" });
    expect(await status(entry.id)).toBe("PUBLISHED");
    // The test it rests on cannot silently turn "open" while the DIK entry is published.
    await expect(updateConsequenceTest(utama, test.id, { ...EXEMPT_TEST, conclusion: "OPEN" })).rejects.toThrow(/masih menjadi dasar/);
  });

  it("allocates gap-free, distinct numbers to concurrent proposals", async () => {
    const before = await t.client.dipEntry.count();
    const made = await Promise.all(
      Array.from({ length: 8 }, (_, i) => createDipEntry(i % 2 ? utama : pelaksana, entryInput({ unitId: dinkes, title: `Laporan bulanan puskesmas ${i + 1}` }))),
    );
    const numbers = made.map((m) => Number(m.number.slice(4))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 8 }, (_, i) => before + 1 + i));
  });
});

describe("exemptions that ended (UU 14/2008 Pasal 20)", () => {
  it("moves an exempt entry to the public catalogue the day after exemptUntil, office-local, with an event", async () => {
    const test = await createConsequenceTest(utama, { ...EXEMPT_TEST, decisionNumber: "188.45/11/PPID-KPG/2026" });
    const entry = await createDipEntry(pelaksana, entryInput({ category: "DIKECUALIKAN", consequenceTestId: test.id, title: "Penawaran tender ambulans" }), new Date("2026-02-01T00:00:00Z"));
    await transitionDipEntry(pelaksana, { entryId: entry.id, event: "SUBMIT" }, new Date("2026-02-02T00:00:00Z"));
    await transitionDipEntry(utama, { entryId: entry.id, event: "PUBLISH" }, new Date("2026-02-03T00:00:00Z"));

    // 31 March 23:30 WITA is still the last exempt day.
    const lastDay = await releaseExpiredExemptions(new Date("2026-03-31T15:30:00Z"));
    expect(lastDay.released.map((r) => r.number)).not.toContain(entry.number);
    // 1 April 00:30 WITA (still 31 March in UTC): released.
    const firstOpenDay = new Date("2026-03-31T16:30:00Z");
    const result = await releaseExpiredExemptions(firstOpenDay);
    expect(result.today).toBe("2026-04-01");
    expect(result.released).toContainEqual({ id: entry.id, number: entry.number, status: "PUBLISHED" });
    const row = await t.client.dipEntry.findUniqueOrThrow({ where: { id: entry.id } });
    expect(row).toMatchObject({ category: "SETIAP_SAAT", status: "PUBLISHED", consequenceTestId: test.id });
    expect(row.publishedAt?.toISOString()).toBe(firstOpenDay.toISOString());
    const last = await t.client.dipEvent.findFirstOrThrow({ where: { dipEntryId: entry.id }, orderBy: { at: "desc" } });
    expect(last).toMatchObject({ event: "EXEMPTION_ENDED", actorId: null, fromStatus: "PUBLISHED", toStatus: "PUBLISHED" });
    expect(last.note).toContain("31 Maret 2026");

    const again = await releaseExpiredExemptions(new Date("2026-04-02T00:00:00Z"));
    expect(again.released.map((r) => r.id)).not.toContain(entry.id);
    expect(await t.client.dipEvent.count({ where: { dipEntryId: entry.id, event: "EXEMPTION_ENDED" } })).toBe(1);
  });

  it("runs from the job route only with the job token", async () => {
    setEnvForTests({ JOB_TOKEN: "rahasia-tugas-123" });
    const call = (token?: string) =>
      releaseJob(new Request("http://localhost/api/jobs/release-exemptions", { method: "POST", headers: token ? { "x-job-token": token } : {} }));
    expect((await call()).status).toBe(401);
    expect((await call("salah")).status).toBe(401);
    const ok = await call("rahasia-tugas-123");
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ released: expect.any(Array), failed: 0 });
    resetEnvForTests();
    expect((await call("rahasia-tugas-123")).status).toBe(401);
  });
});
