// Uploads (checked by content, nothing written on refusal) and the download route's access
// rules, called as a route handler with the signed-in user mocked.
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as download } from "@/app/api/dokumen/[id]/route";
import type { CurrentUser } from "@/lib/server/session";
import { attachDipDocument } from "@/lib/server/services/attach-dip-document";
import { createDipEntry } from "@/lib/server/services/create-dip-entry";
import { transitionDipEntry } from "@/lib/server/services/transition-dip-entry";
import { recordUpload, storage, storeUpload, withStagedUploads } from "@/lib/server/storage";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createTestDb, type TestDb } from "../support/test-db";
import { entryInput, oversizePdf, PDF_BYTES, pdfFile, renamedExe, unitId, userByEmail } from "./dip-fixtures";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/server/session", () => ({
  getCurrentUser: async () => session.user,
  requirePermission: async () => {
    throw new Error("not used in this test");
  },
}));

const uploadDir = mkdtempSync(path.join(tmpdir(), "ppid-dip-docs-"));
process.env.UPLOAD_DIR = uploadDir;

let t: TestDb;
let u: Record<"utama" | "pelaksana" | "warga" | "meja" | "atasan" | "admin" | "otherPelaksana" | "otherWarga", CurrentUser>;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
  const bpkad = await unitId(t.client, "BPKAD");
  await t.client.user.create({ data: { email: "pelaksana.bpkad@kupang.demo", name: "PPID BPKAD", role: "PPID_PELAKSANA", unitId: bpkad, passwordHash: "x" } });
  await t.client.user.create({ data: { email: "warga2@kupang.demo", name: "Warga Lain", role: "CITIZEN", passwordHash: "x" } });
  const get = (email: string) => userByEmail(t.client, email);
  u = {
    utama: await get("utama@kupang.demo"),
    pelaksana: await get("pelaksana@kupang.demo"),
    warga: await get("warga@kupang.demo"),
    meja: await get("meja@kupang.demo"),
    atasan: await get("atasan@kupang.demo"),
    admin: await get("admin@kupang.demo"),
    otherPelaksana: await get("pelaksana.bpkad@kupang.demo"),
    otherWarga: await get("warga2@kupang.demo"),
  };
});
afterAll(() => t.close());

const storedFiles = () => readdirSync(uploadDir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).length;

async function fetchAs(user: CurrentUser | null, id: string, query = ""): Promise<Response> {
  session.user = user;
  return download(new Request(`http://localhost/api/dokumen/${id}${query}`), { params: Promise.resolve({ id }) });
}

describe("uploads", () => {
  it("refuses a renamed program and an oversize file, and writes nothing", async () => {
    const entry = await createDipEntry(u.pelaksana, entryInput());
    const before = { files: storedFiles(), rows: await t.client.attachment.count(), events: await t.client.dipEvent.count() };
    await expect(attachDipDocument(u.pelaksana, entry.id, renamedExe())).rejects.toMatchObject({
      message: "Jenis berkas tidak diizinkan: hanya PDF, JPG, PNG, DOCX, XLSX, CSV, TXT.",
    });
    await expect(attachDipDocument(u.pelaksana, entry.id, oversizePdf())).rejects.toMatchObject({
      message: "Ukuran berkas melebihi 5 MB.",
      fieldErrors: { file: "Ukuran berkas melebihi 5 MB." },
    });
    // A chosen but empty file (0 bytes) is named as such, at its field, not taken for "no file".
    const empty = new File([], "Profil Kesehatan.pdf", { type: "application/pdf" });
    await expect(attachDipDocument(u.pelaksana, entry.id, empty)).rejects.toMatchObject({
      fieldErrors: { file: 'Berkas "Profil Kesehatan.pdf" kosong (0 byte). Pilih berkas yang berisi dokumen.' },
    });
    await expect(storeUpload(renamedExe(), { purpose: "KTP" })).rejects.toThrow("Jenis berkas tidak diizinkan: hanya PDF, JPG, PNG.");
    expect({ files: storedFiles(), rows: await t.client.attachment.count(), events: await t.client.dipEvent.count() }).toEqual(before);
  });

  it("stores a good file under a random key with its hash, and discards it when the transaction fails", async () => {
    const entry = await createDipEntry(u.pelaksana, entryInput());
    const row = await attachDipDocument(u.pelaksana, entry.id, pdfFile("../../Profil Kesehatan.PDF"));
    expect(row).toMatchObject({ purpose: "DIP_DOCUMENT", fileName: "Profil Kesehatan.pdf", mimeType: "application/pdf", size: PDF_BYTES.length });
    expect(row.storageKey).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{32}$/);
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
    const files = storedFiles();
    await expect(
      withStagedUploads([{ file: pdfFile(), purpose: "DIP_DOCUMENT" }], ([file]) =>
        t.client.$transaction((tx) => recordUpload(tx, file!, { purpose: "DIP_DOCUMENT", uploadedById: u.pelaksana.id, dipEntryId: "no-such-entry" })),
      ),
    ).rejects.toThrow();
    expect(storedFiles()).toBe(files);
  });
});

describe("download access", () => {
  let published: string, draft: string, exempt: string;

  beforeAll(async () => {
    const make = async (title: string, over = {}) => {
      const entry = await createDipEntry(u.pelaksana, entryInput({ title, ...over }));
      const doc = await attachDipDocument(u.pelaksana, entry.id, pdfFile());
      return { entry, doc };
    };
    const pub = await make("Laporan Kinerja Dinas Kesehatan 2025");
    await transitionDipEntry(u.pelaksana, { entryId: pub.entry.id, event: "SUBMIT" });
    await transitionDipEntry(u.utama, { entryId: pub.entry.id, event: "PUBLISH" });
    published = pub.doc.id;
    draft = (await make("Draf Rencana Strategis 2026")).doc.id;
    const test = await t.client.consequenceTest.findFirstOrThrow({ where: { decisionNumber: "188.45/02/PPID-KPG/2026" } });
    const ex = await make("Rekam medis pasien rujukan", { category: "DIKECUALIKAN", consequenceTestId: test.id });
    await transitionDipEntry(u.pelaksana, { entryId: ex.entry.id, event: "SUBMIT" });
    await transitionDipEntry(u.utama, { entryId: ex.entry.id, event: "PUBLISH" });
    exempt = ex.doc.id;
  });

  it("serves a published document to anyone, with safe headers", async () => {
    const res = await fetchAs(null, published);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-disposition")).toBe(`inline; filename="profil-kesehatan.pdf"; filename*=UTF-8''profil-kesehatan.pdf`);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PDF_BYTES);
    expect((await fetchAs(null, published, "?unduh=1")).headers.get("content-disposition")).toMatch(/^attachment;/);
  });

  it("hides drafts and exempt documents from the public and from staff without rights (404, as if missing)", async () => {
    for (const id of [draft, exempt]) {
      expect((await fetchAs(null, id)).status).toBe(404);
      expect((await fetchAs(u.warga, id)).status).toBe(404);
      expect((await fetchAs(u.meja, id)).status).toBe(404);
      expect((await fetchAs(u.admin, id)).status).toBe(404);
      expect((await fetchAs(u.otherPelaksana, id)).status).toBe(404);
      expect((await fetchAs(u.pelaksana, id)).status).toBe(200);
      expect((await fetchAs(u.utama, id)).status).toBe(200);
    }
    expect((await fetchAs(null, "tidak-ada")).status).toBe(404);
    expect((await fetchAs(u.utama, "tidak-ada")).status).toBe(404);
  });

  it("applies case scoping to request files, and personal-data rights to KTP scans", async () => {
    const dinkes = await unitId(t.client, "DINKES");
    const request = await t.client.informationRequest.create({
      data: {
        number: "900/PMH/PPID-KPG/2026", year: 2026, sequence: 900, accessCode: "ABCD2345", channel: "ONLINE",
        submittedAt: new Date(), receivedDate: new Date("2026-04-08T00:00:00Z"), requesterUserId: u.warga.id,
        requesterType: "INDIVIDUAL", requesterName: "Maria Bria", address: "Kupang", phone: "081234567890",
        informationRequested: "Data stunting per kelurahan", purpose: "Penelitian", obtainMethod: "SOFTCOPY", deliveryMethod: "EMAIL",
        unitId: dinkes,
      },
    });
    const save = (purpose: "KTP" | "SUPPORTING" | "ANSWER_DRAFT") =>
      withStagedUploads([{ file: pdfFile(`${purpose}.pdf`), purpose }], ([file]) =>
        t.client.$transaction((tx) => recordUpload(tx, file!, { purpose, uploadedById: u.warga.id, requestId: request.id })),
      );
    const [ktp, supporting, draftAnswer] = [await save("KTP"), await save("SUPPORTING"), await save("ANSWER_DRAFT")];
    const expectations: [string, Record<string, number>][] = [
      // owner, other citizen, unit's PPID Pelaksana, other unit's, desk, PPID Utama, Atasan, admin.
      // 403 only for those who may open the case (they know the file exists); outsiders get 404.
      [ktp.id, { warga: 200, otherWarga: 404, pelaksana: 403, otherPelaksana: 404, meja: 200, utama: 200, atasan: 200, admin: 404 }],
      [supporting.id, { warga: 200, otherWarga: 404, pelaksana: 200, otherPelaksana: 404, meja: 200, utama: 200, atasan: 200, admin: 404 }],
      [draftAnswer.id, { warga: 403, otherWarga: 404, pelaksana: 200, otherPelaksana: 404, meja: 200, utama: 200, atasan: 200, admin: 404 }],
    ];
    for (const [id, byUser] of expectations) {
      expect((await fetchAs(null, id)).status, `${id} anonymous`).toBe(404);
      for (const [name, code] of Object.entries(byUser)) {
        expect((await fetchAs(u[name as keyof typeof u], id)).status, `${id} ${name}`).toBe(code);
      }
    }
  });

  it("answers 404, not 500, when the stored file is gone", async () => {
    const row = await t.client.attachment.findUniqueOrThrow({ where: { id: published } });
    await storage().delete(row.storageKey);
    const res = await fetchAs(null, published);
    expect(res.status).toBe(404);
  });
});
