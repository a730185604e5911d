// The notification table beyond the request's own way, against a real database and a real SMTP
// receiver: an objection outside its window ruled inadmissible (the requester gets the Atasan's
// answer with its letter and the dispute window "sejak diterima"), a partial settlement, the
// recorded receipt of a letter that fixes a window, and the dispute's steps at the Komisi
// Informasi and in court — each step sends exactly the messages the table names, to those who
// must act or should know.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { computeDeadline, computeDisputeFilingDeadline } from "@/lib/domain/calendar";
import { formatDateId } from "@/lib/domain/format-date";
import { mailSettings } from "@/lib/server/mail/mail-settings";
import { drainOutbox, smtpTransport } from "@/lib/server/mail/send-outbox";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { advanceDispute } from "@/lib/server/services/advance-dispute";
import { answerObjection } from "@/lib/server/services/answer-objection";
import { fileObjection } from "@/lib/server/services/file-objection";
import { goToCourt } from "@/lib/server/services/go-to-court";
import type { CaseUser } from "@/lib/server/services/objection-common";
import { recordCourtRuling } from "@/lib/server/services/record-court-ruling";
import { recordDispute } from "@/lib/server/services/record-dispute";
import { recordLetterReceipt } from "@/lib/server/services/record-letter-receipt";
import { setStorageForTests, type StorageBackend } from "@/lib/server/storage";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { startSmtpReceiver, type SmtpReceiver } from "../support/smtp-receiver";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
let smtp: SmtpReceiver;
const users = {} as Record<"citizen" | "desk" | "atasan" | "utama", CaseUser>;
const wita = (local: string) => new Date(`${local}:00+08:00`);
const day = (ymd: string) => new Date(`${ymd}T00:00:00Z`);
const files = new Map<string, Uint8Array>();
const memory: StorageBackend = { put: async (k, b) => void files.set(k, b), get: async () => null, delete: async (k) => void files.delete(k) };
const settings = () => ({ ...mailSettings({ PUBLIC_URL: "https://ppid.example.go.id", SMTP_URL: smtp.url, MAIL_FROM: "PPID <ppid@kupang.example>" }), maxAttempts: 3 });
const env = process.env as Record<string, string | undefined>;
let unitId: string;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
  smtp = await startSmtpReceiver();
  env.PUBLIC_URL = "https://ppid.example.go.id";
  for (const [who, email] of [["citizen", "warga"], ["desk", "meja"], ["atasan", "atasan"], ["utama", "utama"]] as const) {
    const u = await t.client.user.findUniqueOrThrow({ where: { email: `${email}@kupang.demo` } });
    users[who] = { id: u.id, role: u.role, unitId: u.unitId };
  }
  unitId = (await t.client.unit.findUniqueOrThrow({ where: { code: "DINKES" } })).id;
  setStorageForTests(memory);
});
afterAll(async () => {
  delete env.PUBLIC_URL;
  setStorageForTests(undefined);
  await smtp.close();
  await t.close();
});
beforeEach(async () => {
  await drainOutbox({ transport: smtpTransport(settings()), settings: settings() });
  smtp.clear();
});

type Seen = { to: string; subject: string; pdfs: number; text: string };
async function delivered(): Promise<Seen[]> {
  await drainOutbox({ transport: smtpTransport(settings()), settings: settings() });
  const seen = smtp.messages.map((m) => ({
    to: (Array.isArray(m.to) ? m.to[0] : m.to)?.text ?? "",
    subject: m.subject ?? "",
    pdfs: m.attachments.filter((a) => a.contentType === "application/pdf" && a.content.subarray(0, 5).toString() === "%PDF-").length,
    text: m.text ?? "",
  }));
  smtp.clear();
  return seen.sort((a, b) => a.to.localeCompare(b.to) || a.subject.localeCompare(b.subject));
}
const heads = (seen: Seen[]) => seen.map(({ to, subject, pdfs }) => ({ to, subject, pdfs }));

let seq = 700;
/** A request refused (ground a) with its written notice on `noticeDate`. */
async function refusedOn(noticeDate: string) {
  seq += 1;
  const config = await loadCalendarConfig(t.client);
  const submittedAt = wita(`${noticeDate}T08:30`);
  const response = computeDeadline("REQUEST_RESPONSE", submittedAt, config);
  return t.client.informationRequest.create({
    data: {
      number: `${seq}/PMH/PPID-KPG/2026`, year: 2026, sequence: seq, accessCode: "ABCD2345", channel: "ONLINE", submittedAt,
      receivedDate: day(response.receivedDate!), requesterUserId: users.citizen.id, requesterType: "INDIVIDUAL", requesterName: "Maria Bria",
      address: "Kupang", phone: "081234567890", email: "maria@contoh.id", informationRequested: "Laporan realisasi anggaran 2025",
      purpose: "Penelitian", obtainMethod: "SOFTCOPY", deliveryMethod: "EMAIL", dueDate: day(response.dueDate), dueRule: "REQUEST_RESPONSE",
      status: "CLOSED", outcome: "REJECTED", noticeDate: day(noticeDate), refusalArticle: "Pasal 17 huruf b", unitId,
    },
  });
}
const objectionOf = (requestNumber: string, grounds: string[]) => ({ requestNumber, grounds, casePosition: "Informasi anggaran bersifat terbuka.", purpose: "Penelitian" });

describe(`notifications of answers, receipts and disputes (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("an objection outside its window ruled inadmissible: the requester gets the answer, its letter and the dispute window from receipt", async () => {
    const request = await refusedOn("2026-03-02"); // its 30 working days end 21 April 2026
    const late = await fileObjection(users.citizen, objectionOf(request.number, ["REFUSED_PASAL_17"]), wita("2026-04-22T09:00"));
    expect(heads(await delivered())).toEqual([
      { to: "atasan@kupang.demo", subject: `[${late.number}] Keberatan baru menunggu tanggapan`, pdfs: 0 },
      { to: "maria@contoh.id", subject: `[${late.number}] Keberatan diterima`, pdfs: 1 },
    ]);

    const ruled = await answerObjection(users.atasan, { objectionId: late.id, decision: "DECLARE_INADMISSIBLE", reason: "Diajukan setelah 30 hari kerja sejak pemberitahuan diterima." }, wita("2026-04-23T09:00"));
    const answer = await delivered();
    expect(heads(answer)).toEqual([{ to: "maria@contoh.id", subject: `[${late.number}] Keberatan tidak dapat diterima`, pdfs: 1 }]);
    const letter = await t.client.letter.findUniqueOrThrow({ where: { id: ruled.letterId! } });
    expect(answer[0]!.text).toContain(`Surat tanggapan nomor ${letter.number} terlampir`);
    expect(answer[0]!.text).toContain("Alasan: Diajukan setelah 30 hari kerja");
    expect(answer[0]!.text).toMatch(/Komisi Informasi .* paling lambat 14 hari kerja sejak tanggapan ini Anda terima/);

    // The answer reaches the requester by post on Monday 27 April: now the mail can name the day.
    const recorded = await recordLetterReceipt(users.desk, { letterId: letter.id, deliveredVia: "POST", receivedOn: "2026-04-27" }, wita("2026-04-28T09:00"));
    const config = await loadCalendarConfig(t.client);
    const due = computeDisputeFilingDeadline({ answerReceivedDate: "2026-04-27", objectionResponseDueDate: late.dueDate }, config).dueDate;
    expect(recorded.disputeDueDate).toBe(due);
    const receipt = await delivered();
    expect(heads(receipt)).toEqual([{ to: "maria@contoh.id", subject: `[${late.number}] Penerimaan tanggapan Atasan PPID dicatat`, pdfs: 0 }]);
    expect(receipt[0]!.text).toContain(`tercatat Anda terima pada 27 April 2026`);
    expect(receipt[0]!.text).toContain(`Komisi Informasi`);
    expect(receipt[0]!.text).toContain(formatDateId(due));
  });

  it("a partial settlement beside ground (a) is told to the requester; the recorded receipt of a refusal names the objection deadline", async () => {
    const request = await refusedOn("2026-04-08");
    const refusal = await t.client.letter.create({
      data: { kind: "REFUSAL_DECISION", number: `${seq}/SKP/PPID-KPG/2026`, date: day("2026-04-08"), requestId: request.id, content: {} },
    });
    await recordLetterReceipt(users.desk, { letterId: refusal.id, deliveredVia: "POST", receivedOn: "2026-04-13" }, wita("2026-04-14T09:00"));
    const config = await loadCalendarConfig(t.client);
    const window = computeDeadline("OBJECTION_FILING", "2026-04-13", config).dueDate;
    const receipt = await delivered();
    expect(heads(receipt)).toEqual([{ to: "maria@contoh.id", subject: `[${request.number}] Penerimaan surat dicatat`, pdfs: 0 }]);
    expect(receipt[0]!.text).toContain(`keberatan dapat diajukan kepada Atasan PPID paling lambat ${formatDateId(window)}`);

    const objection = await fileObjection(users.citizen, objectionOf(request.number, ["REFUSED_PASAL_17", "PERIODIC_NOT_PUBLISHED"]), wita("2026-04-14T10:00"));
    // The objection's own receipt letter fixes no window of the requester's: its receipt sends nothing.
    const own = await t.client.letter.findFirstOrThrow({ where: { objectionId: objection.id } });
    await delivered();
    await recordLetterReceipt(users.desk, { letterId: own.id, deliveredVia: "IN_PERSON", receivedOn: "2026-04-14" }, wita("2026-04-14T11:00"));
    expect(await delivered()).toEqual([]);

    await answerObjection(users.atasan, { objectionId: objection.id, decision: "SETTLE_IN_PART", note: "Laporan berkala diumumkan di laman PPID pekan ini." }, wita("2026-04-16T10:00"));
    const settled = await delivered();
    expect(heads(settled)).toEqual([{ to: "maria@contoh.id", subject: `[${objection.number}] Sebagian keberatan diselesaikan secara musyawarah`, pdfs: 0 }]);
    expect(settled[0]!.text).toContain("Laporan berkala diumumkan");
    expect(settled[0]!.text).toContain(`tetap ditanggapi secara tertulis oleh Atasan PPID paling lambat ${formatDateId(objection.dueDate)}`);
  });

  it("the dispute's steps: staff hear what they must prepare or carry out, the requester what was recorded", async () => {
    const request = await refusedOn("2026-04-08");
    const objection = await fileObjection(users.citizen, objectionOf(request.number, ["REFUSED_PASAL_17"]), wita("2026-04-09T10:00"));
    await answerObjection(users.atasan, { objectionId: objection.id, decision: "REJECT", reason: "Dikecualikan berdasarkan uji konsekuensi." }, wita("2026-04-15T10:00"));
    await delivered();
    const o = objection.number;

    const dispute = await recordDispute(users.desk, { objectionId: objection.id, filedOn: "2026-04-20", registerNumber: "031/REG-PSI/IV/2026" }, wita("2026-04-20T12:00"));
    const filed = await delivered();
    expect(heads(filed)).toEqual([
      { to: "atasan@kupang.demo", subject: `[${o}] Sengketa informasi di Komisi Informasi`, pdfs: 0 },
      { to: "maria@contoh.id", subject: `[${o}] Pengajuan sengketa informasi dicatat`, pdfs: 0 },
      { to: "utama@kupang.demo", subject: `[${o}] Sengketa informasi di Komisi Informasi`, pdfs: 0 },
    ]);
    expect(filed[0]!.text).toContain("nomor register 031/REG-PSI/IV/2026");
    expect(filed[0]!.text).toContain(`https://ppid.example.go.id/kantor/sengketa/${dispute.id}`);
    expect(filed[1]!.text).toContain("https://ppid.example.go.id/lacak?nomor=");

    await advanceDispute(users.desk, { disputeId: dispute.id, event: "START_ADJUDICATION", date: "2026-05-04" }, wita("2026-05-04T12:00"));
    expect(heads(await delivered())).toEqual([
      { to: "atasan@kupang.demo", subject: `[${o}] Ajudikasi sengketa dimulai`, pdfs: 0 },
      { to: "utama@kupang.demo", subject: `[${o}] Ajudikasi sengketa dimulai`, pdfs: 0 },
    ]); // the KI summons the requester itself

    await advanceDispute(users.desk, { disputeId: dispute.id, event: "RULE_GRANTED", date: "2026-06-15", rulingText: "Informasi anggaran dibuka seluruhnya." }, wita("2026-06-15T12:00"));
    const ruling = await delivered();
    expect(heads(ruling)).toEqual([
      { to: "atasan@kupang.demo", subject: `[${o}] Putusan Komisi Informasi`, pdfs: 0 },
      { to: "maria@contoh.id", subject: `[${o}] Putusan Komisi Informasi dicatat`, pdfs: 0 },
      { to: "pelaksana@kupang.demo", subject: `[${o}] Putusan Komisi Informasi: siapkan pelaksanaannya`, pdfs: 0 },
      { to: "utama@kupang.demo", subject: `[${o}] Putusan Komisi Informasi`, pdfs: 0 },
    ]);
    expect(ruling[1]!.text).toContain("15 Juni 2026: Permohonan pemohon dikabulkan");
    expect(ruling[1]!.text).toContain("gugatan ke pengadilan paling lambat 14 hari kerja sejak salinan putusan diterima");

    await goToCourt(users.desk, { disputeId: dispute.id, court: "PTUN", courtName: "PTUN Kupang", filedBy: "BODY", filedOn: "2026-06-25", decisionReceivedOn: "2026-06-16", registerNumber: "14/G/KI/2026/PTUN.KPG" }, wita("2026-06-25T09:00"));
    const court = await delivered();
    expect(heads(court)).toEqual([
      { to: "atasan@kupang.demo", subject: `[${o}] Putusan sengketa dibawa ke pengadilan`, pdfs: 0 },
      { to: "maria@contoh.id", subject: `[${o}] Putusan sengketa dibawa ke pengadilan`, pdfs: 0 },
      { to: "utama@kupang.demo", subject: `[${o}] Putusan sengketa dibawa ke pengadilan`, pdfs: 0 },
    ]);
    expect(court[1]!.text).toContain("Pengadilan Tata Usaha Negara (PTUN) dengan nomor perkara 14/G/KI/2026/PTUN.KPG pada 25 Juni 2026");

    await recordCourtRuling(users.desk, { disputeId: dispute.id, rulingDate: "2026-08-10", rulingReceivedOn: "2026-08-11", rulingText: "Menolak gugatan badan publik." }, wita("2026-08-12T09:00"));
    const courtRuling = await delivered();
    expect(heads(courtRuling)).toEqual([
      { to: "maria@contoh.id", subject: `[${o}] Putusan pengadilan dicatat`, pdfs: 0 },
      { to: "pelaksana@kupang.demo", subject: `[${o}] Putusan pengadilan dicatat`, pdfs: 0 },
      { to: "utama@kupang.demo", subject: `[${o}] Putusan pengadilan dicatat`, pdfs: 0 },
    ]);
    expect(courtRuling[0]!.text).toContain("kasasi ke Mahkamah Agung paling lambat 14 hari");

    await advanceDispute(users.desk, { disputeId: dispute.id, event: "RECORD_COMPLIANCE", note: "Informasi diserahkan kepada pemohon 20 Agustus 2026." }, wita("2026-08-20T12:00"));
    expect(heads(await delivered())).toEqual([{ to: "maria@contoh.id", subject: `[${o}] Putusan sengketa telah dilaksanakan`, pdfs: 0 }]);
  });

  it("a mediation agreement names no court (it is final, Pasal 39); a withdrawn dispute is told to the requester only", async () => {
    const request = await refusedOn("2026-04-08");
    const objection = await fileObjection(users.citizen, objectionOf(request.number, ["REFUSED_PASAL_17"]), wita("2026-04-09T10:00"));
    await answerObjection(users.atasan, { objectionId: objection.id, decision: "REJECT", reason: "Dikecualikan." }, wita("2026-04-15T10:00"));
    const o = objection.number;
    const dispute = await recordDispute(users.desk, { objectionId: objection.id, filedOn: "2026-04-20" }, wita("2026-04-20T12:00"));
    await advanceDispute(users.desk, { disputeId: dispute.id, event: "START_MEDIATION", date: "2026-05-04" }, wita("2026-05-04T12:00"));
    await delivered();
    await advanceDispute(users.desk, { disputeId: dispute.id, event: "RECORD_MEDIATION_AGREEMENT", date: "2026-05-18", rulingText: "Badan publik memberikan rekap agregat." }, wita("2026-05-18T12:00"));
    const agreed = await delivered();
    expect(heads(agreed)).toEqual([
      { to: "atasan@kupang.demo", subject: `[${o}] Kesepakatan mediasi Komisi Informasi`, pdfs: 0 },
      { to: "maria@contoh.id", subject: `[${o}] Kesepakatan mediasi Komisi Informasi dicatat`, pdfs: 0 },
      { to: "pelaksana@kupang.demo", subject: `[${o}] Kesepakatan mediasi Komisi Informasi: siapkan pelaksanaannya`, pdfs: 0 },
      { to: "utama@kupang.demo", subject: `[${o}] Kesepakatan mediasi Komisi Informasi`, pdfs: 0 },
    ]);
    for (const m of agreed) expect(m.text).not.toContain("gugatan ke pengadilan");

    const other = await refusedOn("2026-04-08");
    const second = await fileObjection(users.citizen, objectionOf(other.number, ["REFUSED_PASAL_17"]), wita("2026-04-09T11:00"));
    await answerObjection(users.atasan, { objectionId: second.id, decision: "REJECT", reason: "Dikecualikan." }, wita("2026-04-15T11:00"));
    const withdrawn = await recordDispute(users.desk, { objectionId: second.id, filedOn: "2026-04-20" }, wita("2026-04-20T13:00"));
    await delivered();
    await advanceDispute(users.desk, { disputeId: withdrawn.id, event: "WITHDRAW", note: "Pemohon mencabut di sidang pertama." }, wita("2026-05-04T13:00"));
    expect(heads(await delivered())).toEqual([{ to: "maria@contoh.id", subject: `[${second.number}] Pencabutan sengketa dicatat`, pdfs: 0 }]);
  });
});
