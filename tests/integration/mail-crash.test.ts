// A sender process killed with SIGKILL in the middle of a batch, then started again, delivers every
// message: at most the one in flight twice, and then with the same Message-ID. Runs the real
// `npm run worker` script as a child process, so it needs a PostgreSQL server (TEST_DATABASE_URL):
// an in-memory PGlite cannot be shared with another process.

import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";
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
  // As `npm run worker` does: one node process (tsx as a loader), so SIGKILL really kills the sender.
  return spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
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
});
