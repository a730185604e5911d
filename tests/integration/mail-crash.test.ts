// A sender process killed with SIGKILL in the middle of a batch, then started again, delivers every
// message: at most the one in flight twice, and then with the same Message-ID. Runs the real
// `npm run worker` script as a child process, so it needs a PostgreSQL server (TEST_DATABASE_URL):
// an in-memory PGlite cannot be shared with another process. The worker also attaches the letter PDF
// a step issued (rendered with @react-pdf in the worker process itself).

import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { ZCreateRequestInput } from "@/lib/schemas/request";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";
import { createRequest } from "@/lib/server/services/create-request";
import { setStorageForTests } from "@/lib/server/storage";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { startSmtpReceiver, type SmtpReceiver } from "../support/smtp-receiver";
import { createTestDb, type TestDb } from "../support/test-db";

const ROOT = path.resolve(__dirname, "../..");
let t: TestDb;
let smtp: SmtpReceiver;
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

beforeAll(async () => {
  if (!onPostgres) return;
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
  smtp = await startSmtpReceiver();
});
afterAll(async () => {
  if (!onPostgres) return;
  await smtp.close();
  await t.close();
});

function startWorker(): ChildProcess {
  // As `npm run worker` does: one node process, so SIGKILL really kills the sender.
  return spawn(process.execPath, ["scripts/worker.mjs"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: t.url, SMTP_URL: smtp.url, MAIL_POLL_SECONDS: "1", MAIL_LEASE_SECONDS: "3", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
}
const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve())));

describe.skipIf(!onPostgres)("a sender killed mid-batch", () => {
  it("delivers everything after a restart, at most the in-flight message twice with the same Message-ID", async () => {
    const total = 40;
    for (let i = 0; i < total; i += 1) await enqueueMail(null, { to: `warga${i}@contoh.id`, subject: `[TES] Pesan ${i}`, text: "Isi", category: "TEST" });
    smtp.delayMs = 150; // a slow server: the kill lands while a message is on the wire
    const first = startWorker();
    await smtp.waitFor(8, 60_000);
    first.kill("SIGKILL");
    await exited(first);
    const beforeRestart = smtp.messages.length;
    expect(beforeRestart).toBeLessThan(total);
    expect(await t.client.emailOutbox.count({ where: { status: "PENDING" } })).toBeGreaterThan(0);

    const second = startWorker();
    try {
      const deadline = Date.now() + 90_000;
      while (new Set(smtp.messages.map((m) => m.messageId)).size < total) {
        if (Date.now() > deadline) throw new Error(`only ${new Set(smtp.messages.map((m) => m.messageId)).size} of ${total} delivered`);
        await new Promise((r) => setTimeout(r, 200));
      }
      await new Promise((r) => setTimeout(r, 1500)); // nothing more arrives
    } finally {
      second.kill("SIGTERM");
      await exited(second);
    }
    const ids = smtp.messages.map((m) => m.messageId!);
    const queued = (await t.client.emailOutbox.findMany({ select: { messageId: true, status: true } }));
    expect(new Set(ids)).toEqual(new Set(queued.map((q) => q.messageId)));
    expect(ids.length - new Set(ids).size).toBeLessThanOrEqual(1);
    expect(queued.every((q) => q.status === "SENT")).toBe(true);
  }, 180_000);

  it("attaches the letter PDF of the step (the receipt of a new request)", async () => {
    const files = new Map<string, Uint8Array>();
    setStorageForTests({ put: async (k, b) => void files.set(k, b), get: async () => null, delete: async (k) => void files.delete(k) });
    try {
      const citizen = await t.client.user.findUniqueOrThrow({ where: { email: "warga@kupang.demo" } });
      const pdf = new File([new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n")], "ktp.pdf", { type: "application/pdf" });
      const filed = await createRequest({ id: citizen.id, role: "CITIZEN" }, ZCreateRequestInput.parse({
        requesterType: "INDIVIDUAL", name: "Maria Bria", nik: "5371015508900002", address: "Jl. Timor Raya No. 10, Kupang", phone: "081234567890", email: "maria@contoh.id",
        occupation: "Wiraswasta", informationRequested: "Jadwal posyandu 2026", purpose: "Imunisasi anak", obtainMethod: "SOFTCOPY", deliveryMethod: "EMAIL",
        submissionKey: randomUUID(), document: pdf,
      }));
      smtp.clear();
      smtp.delayMs = 0;
      const worker = startWorker();
      try {
        const deadline = Date.now() + 90_000;
        let receipt;
        while (!(receipt = smtp.messages.find((m) => m.subject === `[${filed.number}] Permohonan informasi diterima`))) {
          if (Date.now() > deadline) throw new Error("the receipt mail did not arrive");
          await new Promise((r) => setTimeout(r, 200));
        }
        const pdfs = receipt.attachments.filter((a) => a.contentType === "application/pdf");
        expect(pdfs).toHaveLength(1);
        expect(pdfs[0]!.content.subarray(0, 5).toString()).toBe("%PDF-");
        expect(pdfs[0]!.content.length).toBeGreaterThan(5000); // a rendered letter, not the upload
      } finally {
        worker.kill("SIGTERM");
        await exited(worker);
      }
    } finally {
      setStorageForTests(undefined);
    }
  }, 180_000);
});
