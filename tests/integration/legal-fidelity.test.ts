// Windows that count from receipt, and the dispute after the Komisi Informasi, against a real
// database: the day a letter reached the requester moves the objection ground date and the
// dispute window (UU 14/2008 Pasal 36(1), 37(2)); the letters say "sejak ... diterima" instead of
// an early date; a KI ruling taken to the PTUN is recorded with its deadline (Pasal 48(1)), its
// ruling opens the information and moves the DIP entry out of the exempt list (Pasal 11(2)),
// logged on the entry, and the tracking chain shows the court stage.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeDeadline, computeDisputeFilingDeadline } from "@/lib/domain/calendar";
import type { LetterContent } from "@/lib/server/letters/letter-content";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { groundsForRequest } from "@/lib/server/queries/objection-facts";
import { objectionChainForRequest } from "@/lib/server/queries/objection-chain";
import { advanceDispute } from "@/lib/server/services/advance-dispute";
import { answerObjection } from "@/lib/server/services/answer-objection";
import { decideRequest } from "@/lib/server/services/decide-request";
import { fileObjection } from "@/lib/server/services/file-objection";
import { goToCourt } from "@/lib/server/services/go-to-court";
import type { CaseUser } from "@/lib/server/services/objection-common";
import { recordCourtRuling } from "@/lib/server/services/record-court-ruling";
import { recordDispute } from "@/lib/server/services/record-dispute";
import { recordLetterReceipt } from "@/lib/server/services/record-letter-receipt";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
const users = {} as Record<"citizen" | "desk" | "atasan" | "utama", CaseUser>;
const wita = (local: string) => new Date(`${local}:00+08:00`);
const day = (ymd: string) => new Date(`${ymd}T00:00:00Z`);
const ymd = (d: Date | null | undefined) => d?.toISOString().slice(0, 10) ?? null;
let unitId: string;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
  const pick = async (email: string) => {
    const u = await t.client.user.findUniqueOrThrow({ where: { email } });
    return { id: u.id, role: u.role, unitId: u.unitId };
  };
  users.citizen = await pick("warga@kupang.demo");
  users.desk = await pick("meja@kupang.demo");
  users.atasan = await pick("atasan@kupang.demo");
  users.utama = await pick("utama@kupang.demo");
  unitId = (await t.client.unit.findUniqueOrThrow({ where: { code: "DINKES" } })).id;
});
afterAll(async () => {
  await t.close();
});

async function inProcess(n: number) {
  const config = await loadCalendarConfig(t.client);
  const submittedAt = wita("2026-04-06T09:00");
  const response = computeDeadline("REQUEST_RESPONSE", submittedAt, config);
  return t.client.informationRequest.create({
    data: {
      number: `${n}/PMH/PPID-KPG/2026`, year: 2026, sequence: n, accessCode: "ABCD2345", channel: "ONLINE", submittedAt,
      receivedDate: day(response.receivedDate!), requesterUserId: users.citizen.id, requesterType: "INDIVIDUAL", requesterName: "Maria Bria",
      address: "Kupang", phone: "081234567890", email: "maria@contoh.id", informationRequested: "Kontrak pengadaan alat kesehatan 2025",
      purpose: "Pengawasan", obtainMethod: "SOFTCOPY", deliveryMethod: "EMAIL", unitId, status: "IN_PROCESS",
      dueDate: day(response.dueDate), dueRule: "REQUEST_RESPONSE",
    },
  });
}

describe(`windows from receipt and court stages (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("refusal → objection → answer → KI ruling → PTUN; receipt dates move the windows; the court ruling opens the DIP entry", async () => {
    const config = await loadCalendarConfig(t.client);
    const test = await t.client.consequenceTest.create({
      data: {
        information: "Kontrak pengadaan alat kesehatan 2025", pasal17Letters: ["b"], consequences: "Mengganggu proses pengadaan",
        publicInterest: "Kepentingan umum lebih kecil", conclusion: "EXEMPT", participants: "PPID", decisionNumber: "SK-1/2026", decisionDate: day("2026-01-05"),
      },
    });
    const entry = await t.client.dipEntry.create({
      data: {
        number: "DIP-900", title: "Kontrak pengadaan alat kesehatan 2025", summary: "Kontrak", category: "DIKECUALIKAN", unitId,
        responsible: "Kabid", producedWhen: "2025", producedWhere: "Kupang", form: "SOFTCOPY", retention: "5 tahun", year: 2025,
        status: "PUBLISHED", consequenceTestId: test.id,
      },
    });
    const request = await inProcess(901);
    const decided = await decideRequest(users.utama, { requestId: request.id, outcome: "REJECTED", pasal17Letters: ["b"], consequenceTestId: test.id }, wita("2026-04-08T10:00"));
    // The refusal letter does not print a date that may be early: the window runs from receipt.
    const refusal = await t.client.letter.findUniqueOrThrow({ where: { id: decided.letterId } });
    expect(JSON.stringify(refusal.content)).toContain("30 hari kerja sejak surat ini Saudara terima");
    // Sent by post, received Monday 13 April: ground (a) dates from then (Pasal 36(1)).
    await expect(recordLetterReceipt(users.desk, { letterId: refusal.id, deliveredVia: "POST", receivedOn: "2026-04-07" }, wita("2026-04-14T09:00"))).rejects.toThrow(/sebelum tanggal surat/);
    await recordLetterReceipt(users.desk, { letterId: refusal.id, deliveredVia: "POST", receivedOn: "2026-04-13" }, wita("2026-04-14T09:00"));
    const refused = await t.client.informationRequest.findUniqueOrThrow({ where: { id: request.id } });
    const a = groundsForRequest(refused, config, wita("2026-04-14T10:00")).availability.find((g) => g.ground === "REFUSED_PASAL_17")!;
    expect([a.groundDate, a.filingDeadline]).toEqual(["2026-04-13", computeDeadline("OBJECTION_FILING", "2026-04-13", config).dueDate]);

    const objection = await fileObjection(users.citizen, { requestNumber: request.number, grounds: ["REFUSED_PASAL_17"], casePosition: "Kontrak pengadaan adalah informasi terbuka.", purpose: "Pengawasan" }, wita("2026-04-14T10:00"));
    const answer = await answerObjection(users.atasan, { objectionId: objection.id, decision: "REJECT", reason: "Dikecualikan berdasarkan uji konsekuensi." }, wita("2026-04-20T10:00"));
    const answerLetter = await t.client.letter.findUniqueOrThrow({ where: { id: answer.letterId! } });
    const answerText = JSON.stringify(answerLetter.content as unknown as LetterContent);
    expect(answerText).toContain("14 hari kerja sejak tanggapan ini Saudara terima");
    expect(answerText).not.toContain("yaitu sampai tanggal");
    // Received by e-mail two days later: the dispute window moves (Pasal 37(2)).
    const recorded = await recordLetterReceipt(users.desk, { letterId: answerLetter.id, deliveredVia: "EMAIL", receivedOn: "2026-04-22" }, wita("2026-04-22T12:00"));
    const expected = computeDisputeFilingDeadline({ answerReceivedDate: "2026-04-22", objectionResponseDueDate: objection.dueDate }, config).dueDate;
    expect(recorded.disputeDueDate).toBe(expected);
    const o = await t.client.objection.findUniqueOrThrow({ where: { id: objection.id } });
    expect([ymd(o.answerReceivedOn), ymd(o.disputeDueDate)]).toEqual(["2026-04-22", expected]);
    expect((await t.client.caseEvent.findFirstOrThrow({ where: { objectionId: objection.id, event: "RECORD_LETTER_RECEIPT" } })).note).toMatch(/diterima 22 April 2026/);

    const dispute = await recordDispute(users.desk, { objectionId: objection.id, filedOn: "2026-04-27", registerNumber: "021/REG-PSI/IV/2026" }, wita("2026-04-27T12:00"));
    await advanceDispute(users.desk, { disputeId: dispute.id, event: "START_ADJUDICATION", date: "2026-05-11" }, wita("2026-05-11T12:00"));
    await advanceDispute(users.desk, { disputeId: dispute.id, event: "RULE_REJECTED", date: "2026-06-15", rulingText: "Menolak permohonan pemohon." }, wita("2026-06-15T12:00"));

    // The requester takes the ruling to the PTUN: 14 working days from receipt (Pasal 48(1)).
    await expect(goToCourt(users.desk, { disputeId: dispute.id, court: "MA", filedBy: "REQUESTER", filedOn: "2026-06-20" }, wita("2026-06-22T09:00"))).rejects.toThrow(/Pasal 50/);
    const ptunDue = computeDeadline("COURT_FILING", "2026-06-16", config).dueDate;
    const late = await goToCourt(users.desk, { disputeId: dispute.id, court: "PTUN", filedBy: "REQUESTER", filedOn: "2026-07-20", decisionReceivedOn: "2026-06-16" }, wita("2026-07-20T09:00"))
      .then(() => "recorded", (e: Error) => e.message);
    expect(late).toMatch(new RegExp(`berakhir pada .*Bila tetap dicatat`));
    const stage = await goToCourt(
      users.desk,
      { disputeId: dispute.id, court: "PTUN", courtName: "PTUN Kupang", filedBy: "REQUESTER", filedOn: "2026-06-25", decisionReceivedOn: "2026-06-16", registerNumber: "12/G/KI/2026/PTUN.KPG" },
      wita("2026-06-25T09:00"),
    );
    expect([stage.deadline, stage.late, stage.status]).toEqual([ptunDue, false, "IN_COURT"]);
    expect(ymd((await t.client.dispute.findUniqueOrThrow({ where: { id: dispute.id } })).rulingReceivedOn)).toBe("2026-06-16");

    const ruled = await recordCourtRuling(users.desk, { disputeId: dispute.id, rulingDate: "2026-08-10", rulingReceivedOn: "2026-08-11", rulingText: "Mengabulkan gugatan; informasi dibuka.", opensInformation: true }, wita("2026-08-12T09:00"));
    expect([ruled.status, ruled.openedDipEntries]).toEqual(["RULED", ["DIP-900"]]);
    const opened = await t.client.dipEntry.findUniqueOrThrow({ where: { id: entry.id }, include: { events: true } });
    expect(opened.category).toBe("SETIAP_SAAT");
    expect(opened.events.map((e) => [e.event, e.note])).toEqual([["OPENED_BY_DECISION", expect.stringMatching(/^Putusan PTUN Kupang nomor 12\/G\/KI\/2026\/PTUN\.KPG tanggal 10 Agustus 2026 membuka/)]]);

    // The tracking chain (what the requester sees) carries the court stage.
    const chain = await objectionChainForRequest(request.id);
    expect(chain[0]!.disputes[0]!.courts).toEqual([
      { courtName: "PTUN Kupang", registerNumber: "12/G/KI/2026/PTUN.KPG", filedOn: "2026-06-25", rulingDate: "2026-08-10", rulingText: "Mengabulkan gugatan; informasi dibuka." },
    ]);
    // Cassation next: 14 days from receiving the PTUN decision (Pasal 50).
    const ma = await goToCourt(users.desk, { disputeId: dispute.id, court: "MA", filedBy: "BODY", filedOn: "2026-08-20" }, wita("2026-08-20T09:00"));
    expect(ma.deadline).toBe("2026-08-25");
  });
});
