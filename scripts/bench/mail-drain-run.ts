// The body of scripts/bench/mail-drain.mjs (run with tsx so it can use the portal's TypeScript).
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import nodemailer from "nodemailer";
import PgBoss from "pg-boss";
import { SMTPServer } from "smtp-server";
import { pgliteOf } from "@/lib/server/create-prisma-client";
import { mailSettings } from "@/lib/server/mail/mail-settings";
import { drainOutbox } from "@/lib/server/mail/send-outbox";
import { createTestDb } from "@/tests/support/test-db";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const count = Number(arg("count", "10000"));
const target = arg("db", "pglite");
const json = process.argv.includes("--json");
const CONCURRENCY = 4;

async function main() {
  if (target === "postgres" && !process.env.TEST_DATABASE_URL) throw new Error("--db postgres needs TEST_DATABASE_URL");
  if (target !== "postgres") delete process.env.TEST_DATABASE_URL;
  let received = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    disableReverseLookup: true,
    onData(stream, _s, done) {
      stream.on("data", () => {});
      stream.on("end", () => {
        received += 1;
        done();
      });
    },
  });
  await new Promise<void>((r) => smtp.listen(0, "127.0.0.1", r));
  const url = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  const t = await createTestDb();
  try {
    const transport = nodemailer.createTransport({ url, pool: true, maxConnections: CONCURRENCY } as Parameters<typeof nodemailer.createTransport>[0]);
    const settings = { ...mailSettings({ SMTP_URL: url, PUBLIC_URL: "http://localhost:3000" }), maxAttempts: 3 };

    // Baseline: the same transport and concurrency, no outbox.
    const baseStart = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < count) {
          const i = next++;
          await transport.sendMail({ from: settings.from, to: `warga${i}@contoh.id`, subject: `[BENCH] ${i}`, text: "Isi pesan uji." });
        }
      }),
    );
    const baseMs = performance.now() - baseStart;
    received = 0;

    for (let i = 0; i < count; i += 1000) {
      await t.client.emailOutbox.createMany({
        data: Array.from({ length: Math.min(1000, count - i) }, (_, k) => ({
          messageId: `<${randomUUID()}@bench.local>`,
          to: `warga${i + k}@contoh.id`,
          subject: `[BENCH] ${i + k}`,
          text: "Isi pesan uji.",
          category: "BENCH",
        })),
      });
    }
    const drainStart = performance.now();
    const summary = await drainOutbox({ client: t.client, transport, settings, limit: 200, concurrency: CONCURRENCY });
    const drainMs = performance.now() - drainStart;
    if (summary.sent !== count || received !== count) throw new Error(`sent ${summary.sent}, received ${received} of ${count}`);

    // pg-boss: send and work N no-op jobs (the queue's own cost per job).
    const jobs = Math.min(count, 2000);
    const pglite = pgliteOf(t.client);
    const boss = new PgBoss(
      t.url
        ? { connectionString: t.url, schema: "pgboss", max: 4 }
        : {
            schema: "pgboss",
            db: {
              executeSql: async (text: string, values: unknown[]) =>
                values?.length ? { rows: (await pglite!.query(text, values)).rows } : { rows: (await pglite!.exec(text)).at(-1)?.rows ?? [] },
            },
          },
    );
    // Dropping the throw-away database at the end terminates pg-boss's idle connections: not an error.
    boss.on("error", (error) => {
      if ((error as { code?: string }).code !== "57P01") console.error("[bench mail-drain] pg-boss", error);
    });
    await boss.start();
    await boss.createQueue("bench");
    const jobStart = performance.now();
    for (let i = 0; i < jobs; i += 500) await boss.insert(Array.from({ length: Math.min(500, jobs - i) }, () => ({ name: "bench", data: {} })));
    let done = 0;
    await new Promise<void>((resolve) => {
      void boss.work("bench", { batchSize: 100, pollingIntervalSeconds: 0.5 }, async (batch) => {
        done += batch.length;
        if (done >= jobs) resolve();
      });
    });
    const jobMs = performance.now() - jobStart;
    await boss.stop({ graceful: false, wait: true });
    transport.close();

    const result = {
      database: t.kind,
      messages: count,
      drainSeconds: +(drainMs / 1000).toFixed(2),
      messagesPerSecond: +(count / (drainMs / 1000)).toFixed(1),
      baselineMessagesPerSecond: +(count / (baseMs / 1000)).toFixed(1),
      ratioToBaseline: +(baseMs / drainMs).toFixed(3),
      outboxOverheadMsPerMessage: +((drainMs - baseMs) / count).toFixed(3),
      pgBossJobs: jobs,
      pgBossMsPerJob: +(jobMs / jobs).toFixed(3),
    };
    if (json) console.log(JSON.stringify(result));
    else {
      console.log(`mail drain on ${result.database}: ${count} messages in ${result.drainSeconds} s = ${result.messagesPerSecond} msg/s`);
      console.log(`  same SMTP transport without the outbox: ${result.baselineMessagesPerSecond} msg/s (ratio ${result.ratioToBaseline})`);
      console.log(`  outbox overhead: ${result.outboxOverheadMsPerMessage} ms per message; pg-boss: ${result.pgBossMsPerJob} ms per no-op job (${jobs} jobs)`);
    }
  } finally {
    await t.close();
    await new Promise<void>((r) => smtp.close(() => r()));
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error("[bench mail-drain]", error);
    process.exit(1);
  },
);
