// Notifications end to end against a real database and a real SMTP server (smtp-server in this
// process): each step of the request and objection workflows queues exactly the messages of the
// table (recipients, subject, PDF), a rolled-back step queues none, a refusing server leads to
// retries, "failed", and a resend that delivers the same message; two senders send each once.

import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { computeDeadline } from "@/lib/domain/calendar";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { ZCreateRequestInput } from "@/lib/schemas/request";
import { db } from "@/lib/server/db";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";
import { mailSettings } from "@/lib/server/mail/mail-settings";
import { drainOutbox, sendOutboxBatch, smtpTransport } from "@/lib/server/mail/send-outbox";
import { loadCalendarConfig } from "@/lib/server/queries/calendar";
import { answerObjection } from "@/lib/server/services/answer-objection";
import { createRequest } from "@/lib/server/services/create-request";
import { decideRequest } from "@/lib/server/services/decide-request";
import { deliverRequest } from "@/lib/server/services/deliver-request";
import { extendRequest } from "@/lib/server/services/extend-request";
import { fileObjection } from "@/lib/server/services/file-objection";
import { forwardRequest } from "@/lib/server/services/forward-request";
import { prepareAnswer } from "@/lib/server/services/prepare-answer";
import { recordCaseEvent } from "@/lib/server/services/record-case-event";
import { requestCompletion } from "@/lib/server/services/request-completion";
import { resendOutboxMessage } from "@/lib/server/services/resend-outbox-message";
import { updateMailPreferences } from "@/lib/server/services/update-mail-preferences";
import type { StaffActor } from "@/lib/server/services/request-processing-common";
import { verifyRequest } from "@/lib/server/services/verify-request";
import { setStorageForTests, type StorageBackend } from "@/lib/server/storage";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { startSmtpReceiver, type SmtpReceiver } from "../support/smtp-receiver";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
let smtp: SmtpReceiver;
const users = {} as Record<"desk" | "utama" | "pelaksana" | "atasan" | "citizen", StaffActor>;
const wita = (local: string) => new Date(`${local}:00+08:00`);
const day = (ymd: string) => new Date(`${ymd}T00:00:00Z`);
const files = new Map<string, Uint8Array>();
const memory: StorageBackend = { put: async (k, b) => void files.set(k, b), get: async () => null, delete: async (k) => void files.delete(k) };
const pdf = () => new File([new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n")], "ktp.pdf", { type: "application/pdf" });
const settings = () => ({ ...mailSettings({ PUBLIC_URL: "https://ppid.example.go.id", SMTP_URL: smtp.url, MAIL_FROM: "PPID Kota Kupang <ppid@kupang.example>" }), maxAttempts: 3 });
const env = process.env as Record<string, string | undefined>;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
  smtp = await startSmtpReceiver();
  env.PUBLIC_URL = "https://ppid.example.go.id";
  for (const [who, email] of [["desk", "meja"], ["utama", "utama"], ["pelaksana", "pelaksana"], ["atasan", "atasan"], ["citizen", "warga"]] as const) {
    const u = await t.client.user.findUniqueOrThrow({ where: { email: `${email}@kupang.demo` } });
    users[who] = { id: u.id, role: u.role, unitId: u.unitId } as StaffActor;
  }
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
  smtp.refuse = false;
  smtp.rejectRecipient = null;
  smtp.clear();
});

type Seen = { to: string; subject: string; pdfs: number };
/** Sends what is queued and returns what the SMTP server received, sorted by recipient. */
async function delivered(): Promise<Seen[]> {
  await drainOutbox({ transport: smtpTransport(settings()), settings: settings() });
  const seen = smtp.messages.map((m) => ({
    to: (Array.isArray(m.to) ? m.to[0] : m.to)?.text ?? "",
    subject: m.subject ?? "",
    pdfs: m.attachments.filter((a) => a.contentType === "application/pdf" && a.content.subarray(0, 5).toString() === "%PDF-").length,
  }));
  smtp.clear();
  return seen.sort((a, b) => a.to.localeCompare(b.to) || a.subject.localeCompare(b.subject));
}

function form() {
  return ZCreateRequestInput.parse({
    requesterType: "INDIVIDUAL", name: "Maria Bria", nik: "5371015508900002", address: "Jl. Timor Raya No. 10, Kupang",
    phone: "0812 3456 7890", email: "maria@contoh.id", occupation: "Wiraswasta",
    informationRequested: "Data cakupan imunisasi dasar per puskesmas 2025", purpose: "Penelitian skripsi",
    obtainMethod: "SOFTCOPY", deliveryMethod: "EMAIL", submissionKey: randomUUID(), document: pdf(),
  });
}

describe(`notifications (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("sends exactly the table's messages along a request's way, with links, numbers and letters", async () => {
    const filed = await createRequest({ id: users.citizen.id, role: "CITIZEN" }, form(), wita("2026-04-06T09:00"));
    const n = filed.number;
    const receipt = smtp.messages; // not yet: nothing is sent before the sender runs
    expect(receipt).toHaveLength(0);
    expect(await delivered()).toEqual([
      { to: "maria@contoh.id", subject: `[${n}] Permohonan informasi diterima`, pdfs: 1 },
      { to: "meja@kupang.demo", subject: `[${n}] Permohonan daring baru`, pdfs: 0 },
    ]);

    await verifyRequest(users.desk, { requestId: filed.id }, wita("2026-04-06T10:00"));
    expect(await delivered()).toEqual([]);

    const dinkes = await t.client.unit.findUniqueOrThrow({ where: { code: "DINKES" } });
    await forwardRequest(users.desk, { requestId: filed.id, unitId: dinkes.id }, wita("2026-04-06T11:00"));
    await drainOutbox({ transport: smtpTransport(settings()), settings: settings() });
    const forwarded = smtp.messages.find((m) => m.subject?.includes("diteruskan ke unit Anda"));
    expect(forwarded?.text).toContain(`https://ppid.example.go.id/kantor/permohonan/${filed.id}`);
    const tracking = smtp.messages.find((m) => m.subject?.includes("sedang diproses"));
    expect(tracking?.text).toContain("https://ppid.example.go.id/lacak?nomor=");
    expect(tracking?.messageId).toMatch(/^<[0-9a-f-]{36}@ppid\.example\.go\.id>$/);
    expect(await delivered()).toEqual([
      { to: "maria@contoh.id", subject: `[${n}] Permohonan informasi sedang diproses`, pdfs: 0 },
      { to: "pelaksana@kupang.demo", subject: `[${n}] Permohonan diteruskan ke unit Anda`, pdfs: 0 },
    ]);

    await prepareAnswer(users.pelaksana, { requestId: filed.id, notes: "Data tersedia di seksi imunisasi.", suggestedOutcome: "GRANTED_FULL" }, wita("2026-04-07T10:00"));
    expect(await delivered()).toEqual([{ to: "utama@kupang.demo", subject: `[${n}] Jawaban disiapkan, menunggu keputusan`, pdfs: 0 }]);

    await extendRequest(users.utama, { requestId: filed.id, reason: "Data harus dihimpun dari 11 puskesmas." }, wita("2026-04-08T10:00"));
    expect(await delivered()).toEqual([{ to: "maria@contoh.id", subject: `[${n}] Perpanjangan waktu jawaban`, pdfs: 1 }]);

    await decideRequest(users.utama, {
      requestId: filed.id, outcome: "GRANTED_FULL", notes: "Rekap cakupan imunisasi dasar 2025.", informationForm: "Softcopy (PDF)",
      medium: "Surel", feeAmount: 0, deliveryTime: "Paling lambat 3 hari kerja",
    }, wita("2026-04-09T10:00"));
    expect(await delivered()).toEqual([{ to: "maria@contoh.id", subject: `[${n}] Keputusan atas permohonan informasi`, pdfs: 1 }]);

    await deliverRequest(users.desk, { requestId: filed.id, note: "Dikirim lewat surel." }, wita("2026-04-09T11:00"));
    expect(await delivered()).toEqual([{ to: "maria@contoh.id", subject: `[${n}] Informasi telah diserahkan`, pdfs: 1 }]);
  });

  it("asks for completion, and tells the Atasan of an objection and the requester of the answer with its letter", async () => {
    const filed = await createRequest({ id: users.citizen.id, role: "CITIZEN" }, form(), wita("2026-04-13T09:00"));
    await delivered();
    await requestCompletion(users.desk, { requestId: filed.id, reason: "Unggah KTP yang terbaca jelas." }, wita("2026-04-13T10:00"));
    expect(await delivered()).toEqual([{ to: "maria@contoh.id", subject: `[${filed.number}] Permohonan informasi perlu dilengkapi`, pdfs: 0 }]);

    const config = await loadCalendarConfig(t.client);
    const response = computeDeadline("REQUEST_RESPONSE", wita("2026-04-08T08:30"), config);
    const dinkes = await t.client.unit.findUniqueOrThrow({ where: { code: "DINKES" } });
    const refused = await t.client.informationRequest.create({
      data: {
        number: "901/PMH/PPID-KPG/2026", year: 2026, sequence: 901, accessCode: "ABCD2345", channel: "ONLINE",
        submittedAt: wita("2026-04-08T08:30"), receivedDate: day(response.receivedDate!), requesterUserId: users.citizen.id,
        requesterType: "INDIVIDUAL", requesterName: "Maria Bria", address: "Kupang", phone: "081234567890", email: "maria@contoh.id",
        informationRequested: "Laporan realisasi anggaran 2025", purpose: "Penelitian", obtainMethod: "SOFTCOPY", deliveryMethod: "EMAIL",
        dueDate: day(response.dueDate), dueRule: "REQUEST_RESPONSE", status: "CLOSED", outcome: "REJECTED", noticeDate: day("2026-04-08"),
        refusalArticle: "Pasal 17 huruf b", unitId: dinkes.id,
      },
    });
    const objection = await fileObjection(users.citizen, {
      requestNumber: refused.number, grounds: ["REFUSED_PASAL_17"], casePosition: "Informasi anggaran bersifat terbuka.", purpose: "Penelitian",
    }, wita("2026-04-08T15:00"));
    const o = objection.number;
    expect(await delivered()).toEqual([
      { to: "atasan@kupang.demo", subject: `[${o}] Keberatan baru menunggu tanggapan`, pdfs: 0 },
      { to: "maria@contoh.id", subject: `[${o}] Keberatan diterima`, pdfs: 1 },
    ]);

    await answerObjection(users.atasan, { objectionId: objection.id, decision: "ACCEPT_PARTIAL", reason: "Rincian belanja dibuka.", orderPeriodDays: 5 }, wita("2026-04-22T10:00"));
    expect(await delivered()).toEqual([
      { to: "maria@contoh.id", subject: `[${o}] Tanggapan Atasan PPID atas keberatan`, pdfs: 1 },
      { to: "pelaksana@kupang.demo", subject: `[${refused.number}] Perintah Atasan PPID atas keberatan`, pdfs: 0 },
      { to: "utama@kupang.demo", subject: `[${refused.number}] Perintah Atasan PPID atas keberatan`, pdfs: 0 },
    ]);
  });

  it("queues nothing when the step's transaction rolls back", async () => {
    const filed = await createRequest({ id: users.citizen.id, role: "CITIZEN" }, form(), wita("2026-04-14T09:00"));
    await delivered();
    const before = await t.client.emailOutbox.count();
    await expect(
      db().$transaction(async (tx) => {
        await recordCaseEvent(tx, { caseKind: "REQUEST", requestId: filed.id }, { event: "WITHDRAW", actor: { id: users.citizen.id, role: "CITIZEN" } });
        expect(await tx.emailOutbox.count()).toBe(before + 1); // queued inside the transaction …
        throw new Error("later step fails");
      }),
    ).rejects.toThrow("later step fails");
    expect(await t.client.emailOutbox.count()).toBe(before); // … and gone with it
    expect(await delivered()).toEqual([]);
  });

  it("retries a refusing server with backoff, marks the message failed, and a resend delivers the same message", async () => {
    await enqueueMail(null, { to: "maria@contoh.id", subject: "[TES] Coba kirim", text: "Isi", category: "TEST" });
    const row = await t.client.emailOutbox.findFirstOrThrow({ where: { subject: "[TES] Coba kirim" } });
    smtp.refuse = true;
    let clock = Date.now();
    const opts = () => ({ transport: smtpTransport(settings()), settings: settings(), now: () => new Date(clock) });
    expect(await sendOutboxBatch(opts())).toMatchObject({ claimed: 1, retried: 1 });
    expect(await sendOutboxBatch(opts())).toMatchObject({ claimed: 0 }); // backing off
    clock += 61_000;
    expect(await sendOutboxBatch(opts())).toMatchObject({ claimed: 1, retried: 1 });
    clock += 60_000;
    expect(await sendOutboxBatch(opts())).toMatchObject({ claimed: 0 }); // the second wait is 2 minutes
    clock += 61_000;
    expect(await sendOutboxBatch(opts())).toMatchObject({ claimed: 1, failed: 1 });
    const failed = await t.client.emailOutbox.findUniqueOrThrow({ where: { id: row.id } });
    expect(failed).toMatchObject({ status: "FAILED", attempts: 3 });
    expect(failed.lastError).toMatch(/451|tidak tersedia/);
    expect(smtp.messages).toHaveLength(0);

    smtp.refuse = false;
    await expect(resendOutboxMessage(users.desk, row.id)).rejects.toThrow("tidak berwenang");
    await resendOutboxMessage(users.utama, row.id);
    await drainOutbox({ transport: smtpTransport(settings()), settings: settings() });
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]!.messageId).toBe(row.messageId);
    expect(await t.client.emailOutbox.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "SENT" });
  });

  it("a permanent refusal (550) is failed at once, without retries, and is the only message held back", async () => {
    smtp.rejectRecipient = /@tidak-ada\.example$/;
    try {
      await enqueueMail(null, { to: "salah-ketik@tidak-ada.example", subject: "[TES] Alamat salah", text: "Isi", category: "TEST" });
      await enqueueMail(null, { to: "maria@contoh.id", subject: "[TES] Alamat benar", text: "Isi", category: "TEST" });
      expect(await sendOutboxBatch({ transport: smtpTransport(settings()), settings: settings() })).toMatchObject({ claimed: 2, sent: 1, failed: 1, retried: 0 });
      const row = await t.client.emailOutbox.findFirstOrThrow({ where: { subject: "[TES] Alamat salah" } });
      expect(row).toMatchObject({ status: "FAILED", attempts: 1 });
      expect(row.lastError).toMatch(/550/);
      expect(smtp.messages.map((m) => m.subject)).toEqual(["[TES] Alamat benar"]);
    } finally {
      smtp.rejectRecipient = null;
    }
  });

  it("two senders on one database send each message exactly once", async () => {
    for (let i = 0; i < 60; i += 1) await enqueueMail(null, { to: `warga${i}@contoh.id`, subject: `[TES] Pesan ${i}`, text: "Isi", category: "TEST" });
    const second = t.url ? new PrismaClient({ adapter: new PrismaPg({ connectionString: t.url }) }) : t.client;
    try {
      const run = (client: PrismaClient) => drainOutbox({ client, transport: smtpTransport(settings()), settings: settings(), limit: 7 });
      const [a, b] = await Promise.all([run(t.client), run(second)]);
      expect(a.sent + b.sent).toBe(60);
      if (t.url) expect(Math.min(a.sent, b.sent)).toBeGreaterThan(0); // both really worked
    } finally {
      if (second !== t.client) await second.$disconnect();
    }
    const ids = smtp.messages.map((m) => m.messageId);
    expect(ids).toHaveLength(60);
    expect(new Set(ids).size).toBe(60);
  });

  it("reminder keys queue a message once, however often the job runs", async () => {
    const key = `TEST:${randomUUID()}`;
    expect(await enqueueMail(null, { to: "utama@kupang.demo", subject: "[X] Pengingat", text: "Isi", category: "REMINDER.REQUEST_DUE", dedupeKey: key })).toBe(true);
    expect(await enqueueMail(null, { to: "utama@kupang.demo", subject: "[X] Pengingat", text: "Isi", category: "REMINDER.REQUEST_DUE", dedupeKey: key })).toBe(false);
    expect(await delivered()).toHaveLength(1);
  });

  it("honours turned-off optional mails; statutory notices are sent regardless", async () => {
    await updateMailPreferences(users.citizen, []); // the citizen turns every optional mail off
    await updateMailPreferences(users.pelaksana, ["REMINDER.REQUEST_DUE"]); // keeps only the reminders
    try {
      const filed = await createRequest({ id: users.citizen.id, role: "CITIZEN" }, form(), wita("2026-04-15T09:00"));
      await verifyRequest(users.desk, { requestId: filed.id }, wita("2026-04-15T10:00"));
      const dinkes = await t.client.unit.findUniqueOrThrow({ where: { code: "DINKES" } });
      await forwardRequest(users.desk, { requestId: filed.id, unitId: dinkes.id }, wita("2026-04-15T11:00"));
      expect(await delivered()).toEqual([
        { to: "maria@contoh.id", subject: `[${filed.number}] Permohonan informasi diterima`, pdfs: 1 }, // statutory: still sent
        { to: "meja@kupang.demo", subject: `[${filed.number}] Permohonan daring baru`, pdfs: 0 },
      ]);
    } finally {
      await updateMailPreferences(users.citizen, ["REQUEST.FORWARD_TO_UNIT.REQUESTER", "REMINDER.DISPUTE_WINDOW"]);
      await updateMailPreferences(users.pelaksana, ["REQUEST.FORWARD_TO_UNIT.UNIT_PELAKSANA", "REQUEST.RETURN_FOR_REVISION.UNIT_PELAKSANA", "REQUEST.FOLLOW_UP_ORDER.UNIT_PELAKSANA", "REMINDER.REQUEST_DUE", "REMINDER.OVERDUE_DIGEST"]);
    }
  });
});
