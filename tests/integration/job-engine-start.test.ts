import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JOBS, startJobEngine, type JobEngine } from "@/lib/server/jobs/engine";
import { createTestDb, type TestDb } from "../support/test-db";

// Several instances deployed together on a fresh PostgreSQL database start their job engines at
// the same moment. Each must come up (an engine that failed to start would leave its instance
// without jobs for its whole life), and each queue exists once.

describe.skipIf(!process.env.TEST_DATABASE_URL)("job engines starting together (PostgreSQL)", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => {
    await t.close();
  });

  it("all start, and every queue and schedule exists once", async () => {
    const env = { ...process.env, DATABASE_URL: t.url!, SMTP_URL: "" };
    const started = await Promise.allSettled([1, 2, 3].map(() => startJobEngine({ env, log: () => {} })));
    const engines = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
    try {
      expect(started.map((s) => (s.status === "rejected" ? String(s.reason) : "started"))).toEqual(["started", "started", "started"]);
      const queues = await t.client.$queryRawUnsafe<{ name: string; n: number }[]>(
        `SELECT name, count(*)::int AS n FROM pgboss.queue WHERE name NOT LIKE '\\_\\_%' GROUP BY name ORDER BY name`,
      );
      expect(queues).toEqual(Object.keys(JOBS).sort().map((name) => ({ name, n: 1 })));
      expect((await engines[0]!.boss.getSchedules()).map((s) => s.name).sort()).toEqual(Object.keys(JOBS).sort());
    } finally {
      await Promise.all(engines.map((e: JobEngine) => e.stop()));
    }
  });
});
