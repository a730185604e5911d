// The handover receipt (Tanda Bukti Penyerahan Informasi Publik) against a real database: the
// delivery issues exactly one, numbered like the other letters, with what was handed over (each
// file's name, size and SHA-256), how, when and to whom; it rolls back with the delivery; a
// handover entered after the fact carries its own date (never a future one), and that date is the
// one objection grounds (d)/(e) of UU 14/2008 Pasal 35(1) count from.

import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeDeadline } from "@/lib/domain/calendar";
import type { Role } from "@/lib/domain/roles";
import type { LetterContent } from "@/lib/server/letters/letter-content";
import { renderLetterPdf } from "@/lib/server/letters/render-letter-pdf";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { groundsForRequest } from "@/lib/server/queries/objection-facts";
import { listRequestRegisterForExport } from "@/lib/server/queries/request-register";
import { deliverRequest } from "@/lib/server/services/deliver-request";
import type { StaffActor } from "@/lib/server/services/request-processing-common";
import { setStorageForTests, type StorageBackend } from "@/lib/server/storage";
import { parseRegisterQueryLenient } from "@/lib/schemas/request-register-query";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
let desk: StaffActor;
let citizenId: string;
const wita = (local: string) => new Date(`${local}:00+08:00`);
const day = (ymd: string) => new Date(`${ymd}T00:00:00Z`);
const stored = new Map<string, Uint8Array>();
const memory: StorageBackend = {
  put: async (key, bytes) => void stored.set(key, bytes),
  get: async () => null,
  delete: async (key) => void stored.delete(key),
};
const pdfBytes = (tag: string) => new TextEncoder().encode(`%PDF-1.4\n% ${tag}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);
const pdfFile = (name: string, tag = name) => new File([pdfBytes(tag)], name, { type: "application/pdf" });

// Received Monday 6 April 2026; decided (notice) Wednesday 8 April.
const SUBMITTED = wita("2026-04-06T09:00");
const NOW = wita("2026-04-20T10:00");

let seq = 800;
async function grantedRequest() {
  seq += 1;
  const config = await loadCalendarConfig(t.client);
  const response = computeDeadline("REQUEST_RESPONSE", SUBMITTED, config);
  return t.client.informationRequest.create({
    data: {
      number: `${seq}/PMH/PPID-KPG/2026`, year: 2026, sequence: seq, accessCode: "ABCD2345", channel: "WALK_IN",
      submittedAt: SUBMITTED, receivedDate: day(response.receivedDate!), requesterUserId: citizenId, requesterType: "INDIVIDUAL",
      requesterName: "Maria Bria", address: "Jl. Timor Raya 10, Kupang", phone: "081234567890", email: "maria@contoh.id",
      informationRequested: "Data cakupan imunisasi 2025", purpose: "Penelitian", obtainMethod: "SOFTCOPY", deliveryMethod: "PICKUP",
      status: "DECIDED", outcome: "GRANTED_FULL", dueDate: day(response.dueDate), dueRule: "REQUEST_RESPONSE",
      decidedAt: wita("2026-04-08T10:00"), noticeDate: day("2026-04-08"), informationForm: "Softcopy (PDF)", medium: "Flashdisk",
      feeAmount: 5000, paymentMethod: "Tunai di meja layanan",
    },
  });
}
const sequenceValue = async () =>
  (await t.client.numberSequence.findUnique({ where: { kind_year: { kind: "LETTER_HANDOVER_RECEIPT", year: 2026 } } }))?.value ?? 0;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
  const u = await t.client.user.findUniqueOrThrow({ where: { email: "meja@kupang.demo" } });
  desk = { id: u.id, role: u.role as Role, unitId: u.unitId };
  citizenId = (await t.client.user.findUniqueOrThrow({ where: { email: "warga@kupang.demo" } })).id;
  setStorageForTests(memory);
});
afterAll(async () => {
  setStorageForTests(undefined);
  await t.close();
});

describe("Tanda Bukti Penyerahan", () => {
  it("a delivery of two files in person, recorded after the fact, issues exactly one numbered receipt with their hashes", async () => {
    const r = await grantedRequest();
    const before = await sequenceValue();
    const result = await deliverRequest(
      desk,
      {
        requestId: r.id,
        files: [pdfFile("rekap-imunisasi.pdf"), pdfFile("lampiran.pdf")],
        note: "Disalin ke flashdisk pemohon",
        handoverMethod: "IN_PERSON",
        deliveredOn: "2026-04-14",
        recipientName: "Yohanes Bria",
        byProxy: true,
      },
      NOW,
    );
    expect(result.letterNumber).toBe(`${String(before + 1).padStart(3, "0")}/TBP/PPID-KPG/2026`);
    const letters = await t.client.letter.findMany({ where: { requestId: r.id } });
    expect(letters.map((l) => [l.kind, l.number, l.date.toISOString().slice(0, 10)])).toEqual([["HANDOVER_RECEIPT", result.letterNumber, "2026-04-14"]]);
    expect([letters[0]!.deliveredVia, letters[0]!.receivedOn?.toISOString().slice(0, 10)]).toEqual(["IN_PERSON", "2026-04-14"]);
    const row = await t.client.informationRequest.findUniqueOrThrow({ where: { id: r.id } });
    expect([row.status, row.deliveredOn?.toISOString().slice(0, 10), row.handoverMethod, row.handoverRecipient, row.handoverByProxy]).toEqual([
      "CLOSED", "2026-04-14", "IN_PERSON", "Yohanes Bria", true,
    ]);

    const content = letters[0]!.content as unknown as LetterContent;
    const text = JSON.stringify(content);
    for (const name of ["rekap-imunisasi.pdf", "lampiran.pdf"]) {
      const hash = createHash("sha256").update(pdfBytes(name)).digest("hex");
      expect(text).toContain(name);
      expect(text).toContain(hash.slice(0, 32));
      expect(text).toContain(hash.slice(32));
    }
    for (const piece of [r.number, "Softcopy (PDF)", "Flashdisk", "Rp5.000", "Tunai di meja layanan", "Diserahkan langsung", "14 April 2026", "Yohanes Bria (kuasa pemohon)", "Disalin ke flashdisk pemohon"]) {
      expect(text).toContain(piece);
    }
    // In person: the recipient signs beside the officer.
    expect(content.counterSigner?.name).toBe("Yohanes Bria");
    expect(content.trackingUrl).toContain("/lacak");
    expect((await renderLetterPdf(content, "http://localhost")).subarray(0, 5).toString("latin1")).toBe("%PDF-");

    // The register export carries the handover date and the requester's address (staff export).
    const actor = { role: "PPID_UTAMA" as const, userId: "x", unitId: null };
    const { rows } = await listRequestRegisterForExport(actor, parseRegisterQueryLenient({ q: r.number }), NOW);
    expect(rows.map((x) => [x.deliveredOn, x.address])).toEqual([["2026-04-14", "Jl. Timor Raya 10, Kupang"]]);

    // UU 14/2008 Pasal 35(1) huruf d/e count from the handover, not from the notice of 8 April.
    const config = await loadCalendarConfig(t.client);
    const grounds = groundsForRequest(row, config, NOW).availability;
    for (const g of ["ANSWERED_OTHERWISE", "NOT_FULFILLED"]) {
      const a = grounds.find((x) => x.ground === g)!;
      expect([a.available, a.groundDate]).toEqual([true, "2026-04-14"]);
    }
  });

  it("refuses a handover date in the future, and rolls back everything with a failed delivery", async () => {
    const r = await grantedRequest();
    const before = await sequenceValue();
    const attempt = deliverRequest(desk, { requestId: r.id, note: "Salinan cetak", handoverMethod: "IN_PERSON", deliveredOn: "2026-04-21" }, NOW);
    await expect(attempt).rejects.toThrow("tidak boleh melewati hari ini");
    await expect(deliverRequest(desk, { requestId: r.id, note: "x", deliveredOn: "2026-04-01" }, NOW)).rejects.toThrow("sebelum permohonan diajukan");
    // A file that fails the type check aborts the delivery after the receipt's number was taken.
    const bad = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00])], "virus.pdf", { type: "application/pdf" });
    await expect(deliverRequest(desk, { requestId: r.id, files: [pdfFile("ok.pdf"), bad], handoverMethod: "POST" }, NOW)).rejects.toThrow();
    expect(await sequenceValue()).toBe(before);
    expect(await t.client.letter.count({ where: { requestId: r.id } })).toBe(0);
    expect(await t.client.attachment.count({ where: { requestId: r.id } })).toBe(0);
    const row = await t.client.informationRequest.findUniqueOrThrow({ where: { id: r.id } });
    expect([row.status, row.deliveredOn, row.deliveredAt]).toEqual(["DECIDED", null, null]);
    expect(await t.client.caseEvent.count({ where: { requestId: r.id } })).toBe(0);
  });

  it("by post: no signature lines, today's date by default, electronic receipt", async () => {
    const r = await grantedRequest();
    const result = await deliverRequest(desk, { requestId: r.id, link: "https://data.kupang.demo/imunisasi.pdf", handoverMethod: "POST" }, NOW);
    const letter = await t.client.letter.findFirstOrThrow({ where: { requestId: r.id } });
    const content = letter.content as unknown as LetterContent;
    expect([letter.number, letter.date.toISOString().slice(0, 10), letter.receivedOn]).toEqual([result.letterNumber, "2026-04-20", null]);
    expect(content.counterSigner).toBeUndefined();
    expect(JSON.stringify(content)).toContain("https://data.kupang.demo/imunisasi.pdf");
    expect(JSON.stringify(content)).toContain("Maria Bria (pemohon)");
  });
});
