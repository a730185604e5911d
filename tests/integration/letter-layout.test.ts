// The letters as a reader sees them: real PDFs rendered from a case that went the whole way
// (receipt, partial grant, refusal, objection, Atasan's answer, dispute bundle), read back with
// pdftotext/pdfinfo (poppler). Set LETTER_DUMP_DIR to keep the PDFs for looking at (pdftoppm).

import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/domain/roles";
import { ZCreateRequestInput } from "@/lib/schemas/request";
import type { LetterContent } from "@/lib/server/letters/letter-content";
import { renderDisputeBundlePdf } from "@/lib/server/letters/dispute-bundle-pdf";
import { renderLetterPdf } from "@/lib/server/letters/render-letter-pdf";
import { loadDisputeBundle } from "@/lib/server/queries/dispute-bundle";
import { loadLetterAnnotations } from "@/lib/server/queries/letter-annotations";
import { addHoliday } from "@/lib/server/services/add-holiday";
import { answerObjection } from "@/lib/server/services/answer-objection";
import { extendRequest } from "@/lib/server/services/extend-request";
import { createRequest } from "@/lib/server/services/create-request";
import { decideRequest } from "@/lib/server/services/decide-request";
import { fileObjection } from "@/lib/server/services/file-objection";
import { recordDispute } from "@/lib/server/services/record-dispute";
import { respondToObjectionAnswer } from "@/lib/server/services/respond-to-objection-answer";
import { verifyRequest } from "@/lib/server/services/verify-request";
import { setStorageForTests, type StorageBackend } from "@/lib/server/storage";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
const users = {} as Record<"citizen" | "desk" | "utama" | "atasan", { id: string; role: Role; unitId: string | null; name: string }>;
const wita = (local: string) => new Date(`${local}:00+08:00`);
const stored = new Map<string, Uint8Array>();
const memory: StorageBackend = { put: async (k, b) => void stored.set(k, b), get: async () => null, delete: async (k) => void stored.delete(k) };
const dumpDir = process.env.LETTER_DUMP_DIR;
const workDir = mkdtempSync(path.join(tmpdir(), "surat-"));

/** The PDF's text in reading order (pdftotext -layout) and its page count (pdfinfo). */
function readPdf(name: string, bytes: Buffer): { text: string; pages: string[] } {
  if (dumpDir) {
    mkdirSync(dumpDir, { recursive: true });
    writeFileSync(path.join(dumpDir, `${name}.pdf`), new Uint8Array(bytes));
  }
  const file = path.join(workDir, `${name}.pdf`);
  writeFileSync(file, new Uint8Array(bytes));
  const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString();
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file]).toString())![1]);
  const pages = text.split("\f").slice(0, count);
  return { text, pages };
}

const ordered = (text: string, pieces: string[]) => pieces.map((p) => text.indexOf(p));
const letterOf = async (requestId: string, kind: "RECEIPT" | "WRITTEN_NOTICE" | "REFUSAL_DECISION") =>
  (await t.client.letter.findFirstOrThrow({ where: { requestId, kind } })).content as unknown as LetterContent;

const form = () =>
  ZCreateRequestInput.parse({
    requesterType: "INDIVIDUAL",
    name: "Maria Bria",
    nik: "5371015508900002",
    address: "Jl. Timor Raya No. 10, Oesapa, Kupang",
    phone: "0812 3456 7890",
    email: "maria@contoh.id",
    occupation: "Wiraswasta",
    informationRequested: "Data cakupan imunisasi dasar lengkap per puskesmas tahun 2025 beserta nama petugas pencatat",
    purpose: "Bahan penelitian skripsi tentang kesehatan anak",
    obtainMethod: "SOFTCOPY",
    deliveryMethod: "EMAIL",
    submissionKey: randomUUID(),
    document: new File([new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n")], "ktp.pdf", { type: "application/pdf" }),
  });

const test = {
  consequences: "Membuka nama dan diagnosis pasien dapat merugikan pasien dan melanggar rahasia medis.",
  publicInterest: "Kepentingan melindungi rahasia pribadi lebih besar daripada manfaat membukanya.",
  conclusion: "EXEMPT" as const,
  exemptionPeriod: "Selama pasien hidup",
  participants: "PPID Utama, PPID Pelaksana Dinas Kesehatan, Bagian Hukum",
  decisionDate: "2026-04-07",
};

async function verifiedRequest(at: string) {
  const filed = await createRequest({ id: users.citizen.id, role: "CITIZEN" }, form(), wita(at));
  await verifyRequest(users.desk, { requestId: filed.id }, wita(at));
  return filed;
}

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
  setStorageForTests(memory);
  for (const [who, email] of [["citizen", "warga@kupang.demo"], ["desk", "meja@kupang.demo"], ["utama", "utama@kupang.demo"], ["atasan", "atasan@kupang.demo"]] as const) {
    const u = await t.client.user.findUniqueOrThrow({ where: { email } });
    users[who] = { id: u.id, role: u.role as Role, unitId: u.unitId, name: u.name };
  }
});
afterAll(async () => {
  setStorageForTests(undefined);
  await t.close();
});

describe(`letters as PDFs (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("prints the receipt on one page, the QR code and its hint clear of the signature", async () => {
    const filed = await createRequest({ id: users.citizen.id, role: "CITIZEN" }, form(), wita("2026-04-06T09:00"));
    const { pages, text } = readPdf("receipt", await renderLetterPdf(await letterOf(filed.id, "RECEIPT"), "http://localhost"));
    expect(pages).toHaveLength(1);
    expect(text).toContain(filed.number);
    // The hint beside the QR code and the signer's lines never share a printed line.
    const signer = text.split("\n").find((line) => line.includes("Pindai kode QR"))!;
    expect(signer).not.toMatch(/PPID|Kupang,/);
  });

  it("lays out the partial grant's Pasal 22(7) items a to g in order and cites its consequence test", async () => {
    const r = await verifiedRequest("2026-04-06T09:30");
    await decideRequest(users.utama, {
      requestId: r.id,
      outcome: "GRANTED_PARTIAL",
      pasal17Letters: ["h"],
      newConsequenceTest: { ...test, conclusion: "PARTLY_OPEN", decisionNumber: "188.45/21/PPID-KPG/2026" },
      withheldParts: [{ part: "Kolom nama petugas pencatat", reason: "Data pribadi (Pasal 17 huruf h)" }],
      notes: "Rekap cakupan imunisasi per puskesmas tanpa kolom nama petugas.",
      informationForm: "Softcopy (PDF)",
      medium: "Surel",
      feeAmount: 0,
      deliveryTime: "Paling lambat 3 hari kerja setelah pemberitahuan ini",
    }, wita("2026-04-08T10:00"));
    const { text, pages } = readPdf("partial-grant", await renderLetterPdf(await letterOf(r.id, "WRITTEN_NOTICE"), "http://localhost"));
    const items = ["a. Penguasaan", "b. Badan publik", "c. Keputusan", "d. Materi", "e. Bagian", "f. Bentuk", "g. Biaya", "Uji konsekuensi", "Hak mengajukan keberatan"];
    const at = ordered(text, items);
    expect(at.every((i) => i >= 0), items.filter((_, i) => at[i] < 0).join()).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    expect(text).toContain("188.45/21/PPID-KPG/2026");
    expect(text).toContain("Terbuka sebagian");
    expect(pages.length).toBeLessThanOrEqual(2);
    // No page carries only the signature: the closing sentence travels with it.
    const last = pages.at(-1)!;
    expect(last).toContain("Demikian");
  });

  it("keeps the refusal's signature with its closing, and the bundle cites the consequence test without near-empty pages", async () => {
    const r = await verifiedRequest("2026-04-06T10:00");
    await decideRequest(users.utama, {
      requestId: r.id, outcome: "REJECTED", pasal17Letters: ["h"], notes: "Memuat nama dan diagnosis pasien.",
      newConsequenceTest: { ...test, decisionNumber: "188.45/22/PPID-KPG/2026" },
    }, wita("2026-04-08T10:00"));
    const refusal = readPdf("refusal", await renderLetterPdf(await letterOf(r.id, "REFUSAL_DECISION"), "http://localhost"));
    expect(refusal.pages.at(-1)).toContain("Demikian");

    const objection = await fileObjection(users.citizen, {
      requestNumber: r.number, grounds: ["REFUSED_PASAL_17"], purpose: "Penelitian",
      casePosition: "Permohonan saya ditolak padahal rekap cakupan imunisasi bersifat terbuka.",
    }, wita("2026-04-09T10:00"));
    await answerObjection(users.atasan, { objectionId: objection.id, decision: "REJECT", reason: "Dikecualikan Pasal 17 huruf h." }, wita("2026-04-13T10:00"));
    await respondToObjectionAnswer(users.citizen, { objectionId: objection.id, response: "ESCALATE" }, wita("2026-04-14T10:00"));
    const dispute = await recordDispute(users.desk, { objectionId: objection.id, filedOn: "2026-04-15", registerNumber: "031/REG-PSI/IV/2026" }, wita("2026-04-15T12:00"));
    const data = (await loadDisputeBundle(dispute.id, { role: users.desk.role, userId: users.desk.id, unitId: null }))!;
    const bundle = readPdf("bundle", await renderDisputeBundlePdf(data, "Asia/Makassar", "http://localhost", wita("2026-04-16T09:00")));
    expect(bundle.text).toContain("Uji konsekuensi");
    expect(bundle.text).toContain("188.45/22/PPID-KPG/2026");
    expect(bundle.text).toContain("rahasia pribadi lebih besar");
    // A page with fewer than six lines of text besides its footer is a page the reader turns for nothing.
    const thin = bundle.pages
      .map((page, i) => ({ page: i + 1, lines: page.split("\n").filter((l) => l.trim() && !/halaman \d+ dari/.test(l)).length }))
      .filter((p) => p.lines < 6);
    expect(thin).toEqual([]);
  });

  it("8b: an extension notice already issued carries a note when a calendar change moves its deadline, recorded on the case", async () => {
    const r = await verifiedRequest("2026-04-06T11:00"); // due Monday 20 April; extended: Wednesday 29 April
    const extended = await extendRequest(users.utama, { requestId: r.id, reason: "Data tersebar di 11 puskesmas." }, wita("2026-04-08T10:00"));
    expect(extended.dueDate).toBe("2026-04-29");
    const admin = await t.client.user.findFirstOrThrow({ where: { role: "ADMIN" } });
    await addHoliday({ date: "2026-04-24", name: "Libur daerah uji", kind: "LOCAL", source: undefined, provisional: false }, { id: admin.id, role: admin.role });
    const row = await t.client.informationRequest.findUniqueOrThrow({ where: { id: r.id } });
    expect(row.dueDate?.toISOString().slice(0, 10)).toBe("2026-04-30");
    const event = await t.client.caseEvent.findFirstOrThrow({ where: { requestId: r.id, event: "RECOMPUTE_DEADLINE" } });
    const letter = await t.client.letter.findFirstOrThrow({ where: { requestId: r.id, kind: "EXTENSION_NOTICE" } });
    expect(event.note).toContain(`Nomor ${letter.number} diberi catatan perubahan`);
    // The letter stays as issued; its PDF prints the note after it.
    expect(JSON.stringify(letter.content)).toContain("29 April 2026");
    const notes = (await loadLetterAnnotations([letter.id], "Asia/Makassar")).get(letter.id)!;
    const { text } = readPdf("extension-annotated", await renderLetterPdf(letter.content as unknown as LetterContent, "http://localhost", notes));
    expect(text).toContain("Catatan setelah surat ini diterbitkan");
    expect(text.replace(/\s+/g, " ")).toMatch(/29 April 2026, berubah menjadi 30 April 2026 karena perubahan kalender hari kerja/);
  });
});
