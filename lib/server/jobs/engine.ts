import "server-only";
import PgBoss from "pg-boss";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { pgliteOf } from "@/lib/server/create-prisma-client";
import { db } from "@/lib/server/db";
import { mailSettings } from "@/lib/server/mail/mail-settings";
import { drainOutbox } from "@/lib/server/mail/send-outbox";
import { closeObjectionsAfterWindow } from "@/lib/server/services/close-objections-after-window";
import { lapseIncompleteRequests } from "@/lib/server/services/lapse-incomplete-requests";
import { releaseExpiredExemptions } from "@/lib/server/services/release-expired-exemptions";
import { watchDeadlines } from "@/lib/server/services/watch-deadlines";
import { prefillProvisionalYears } from "@/lib/server/services/prefill-provisional-years";
import { resolveDatabaseUrl } from "@/scripts/pglite-lock.mjs";
import { env } from "@/lib/server/env";
import { setJobEngineState } from "@/lib/server/jobs/engine-state";
import { parseEnv, type TEnv } from "@/lib/server/env-schema";

// The job engine: pg-boss (10.4.2, the release that runs on Node 20) on the portal's own database.
// On PostgreSQL it connects itself; on the embedded PGlite it gets `db.executeSql` on its own two
// connections to the database's thread (pgliteOf). Cron schedules fire once per slot however many
// instances run (pg-boss keeps the schedule in the database; workers fetch with SKIP LOCKED). The outbox is drained by a short
// poll loop here (its own SKIP LOCKED claim, lib/server/mail/send-outbox.ts).

/** Job name → cron (office time zone) and the work. Each job is idempotent. */
export const JOBS: Record<string, { cron: string; run: (now: Date) => Promise<unknown> }> = {
  // Each working morning from 07:00, again every hour of office time: the dedupe keys make each
  // reminder go once per case and day, and a missed 07:00 (restart) is caught up at 08:00.
  "deadline-watch": { cron: "0 7-15 * * *", run: watchDeadlines },
  "lapse-requests": { cron: "5 * * * *", run: lapseIncompleteRequests },
  "release-exemptions": { cron: "10 * * * *", run: releaseExpiredExemptions },
  "close-objections": { cron: "15 * * * *", run: closeObjectionsAfterWindow },
  "prefill-calendar": { cron: "20 0 * * *", run: prefillProvisionalYears },
};

export type JobEngine = { boss: PgBoss; stop: () => Promise<void>; drainNow: () => Promise<void> };

export type EngineOptions = {
  client?: PrismaClient;
  /** Raw variables (tests); parsed by the one env schema. Default: the process's parsed env(). */
  env?: Record<string, string | undefined>;
  /** Seconds between outbox drains (env MAIL_POLL_SECONDS, default 5). */
  mailPollSeconds?: number;
  log?: (message: string) => void;
};

function bossFor(client: PrismaClient, settings: TEnv): PgBoss {
  const target = resolveDatabaseUrl({ DATABASE_URL: settings.DATABASE_URL });
  const common = { schema: "pgboss", retryLimit: 2, retryDelay: 60, retryBackoff: true } as const;
  if (target.kind === "postgres") return new PgBoss({ ...common, connectionString: target.url, max: 4 });
  const pglite = pgliteOf(client);
  if (!pglite) throw new Error("job engine: the embedded database is not reachable");
  return new PgBoss({
    ...common,
    db: {
      async executeSql(text: string, values: unknown[]) {
        if (values && values.length > 0) return { rows: (await pglite.query(text, values)).rows };
        const results = await pglite.exec(text); // several statements (pg-boss's own schema)
        return { rows: results.at(-1)?.rows ?? [] };
      },
    },
  });
}

/**
 * Creates the queue unless it exists. Instances starting together on a fresh database race to
 * create it: one wins, the other gets a deadlock or a duplicate error (and, unhandled, would run
 * with no job engine at all); it looks again after a short random pause and finds the winner's.
 */
async function ensureQueue(boss: PgBoss, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    if (await boss.getQueue(name)) return;
    try {
      await boss.createQueue(name, { name, policy: "short" });
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((r) => setTimeout(r, 100 * attempt + Math.random() * 200));
    }
  }
}

export async function startJobEngine(options: EngineOptions = {}): Promise<JobEngine> {
  const settingsEnv = options.env ? parseEnv(options.env) : env();
  const client = options.client ?? db();
  const log = options.log ?? ((m: string) => console.info(`[jobs] ${m}`));
  const boss = bossFor(client, settingsEnv);
  boss.on("error", (error) => console.error("[jobs]", error));
  await boss.start();
  const office = await client.officeSetting.findUnique({ where: { id: 1 }, select: { timeZone: true } });
  const tz = office?.timeZone ?? "Asia/Jakarta";
  for (const [name, job] of Object.entries(JOBS)) {
    await ensureQueue(boss, name);
    await boss.schedule(name, job.cron, {}, { tz });
    await boss.work(name, { pollingIntervalSeconds: 10 }, async () => {
      await job.run(new Date());
    });
  }
  const settings = mailSettings(settingsEnv);
  if (!settings.smtpUrl) log("SMTP_URL belum diatur: surel tidak dikirim, tersimpan di Kotak keluar (/kantor/kotak-keluar).");
  let draining: Promise<void> | null = null;
  const drainNow = () => {
    draining ??= drainOutbox({ client, settings })
      .then(() => undefined)
      .catch((error) => console.error("[jobs] outbox", error))
      .finally(() => {
        draining = null;
      });
    return draining;
  };
  const pollSeconds = options.mailPollSeconds ?? (Number(settingsEnv.MAIL_POLL_SECONDS) || 5);
  const timer = settings.smtpUrl ? setInterval(() => void drainNow(), pollSeconds * 1000) : null;
  timer?.unref();
  log(`mesin tugas berjalan (${Object.keys(JOBS).join(", ")}; zona waktu ${tz})`);
  return {
    boss,
    drainNow,
    stop: async () => {
      if (timer) clearInterval(timer);
      await draining;
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}

const globalEngine = globalThis as unknown as { ppidJobEngine?: Promise<JobEngine> };

/** Once per process (instrumentation.ts, scripts/worker.ts). */
export function startJobEngineOnce(options: EngineOptions = {}): Promise<JobEngine> {
  if (!globalEngine.ppidJobEngine) {
    setJobEngineState({ state: "starting" });
    globalEngine.ppidJobEngine = startJobEngine(options).then(
      (engine) => {
        setJobEngineState({ state: "running" });
        return engine;
      },
      (error: unknown) => {
        setJobEngineState({ state: "failed", error: error instanceof Error ? error.message : String(error) });
        throw error;
      },
    );
  }
  return globalEngine.ppidJobEngine;
}
