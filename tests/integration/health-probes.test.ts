import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startJobEngineOnce } from "@/lib/server/jobs/engine";
import { probeJobQueue } from "@/lib/server/health";
import { createTestDb, type TestDb } from "../support/test-db";

// /api/health's job probe: an instance whose own job engine failed to start reports it (503), so a
// load balancer or process manager sees the instance instead of it running silently without jobs.

const engineHolder = globalThis as unknown as { ppidJobEngine?: unknown; ppidJobEngineState?: unknown };
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  engineHolder.ppidJobEngine = undefined;
  engineHolder.ppidJobEngineState = undefined;
  await t.close();
});

describe("health: the job engine of this instance", () => {
  it("says the engine does not run here, then that it failed to start", async () => {
    expect(await probeJobQueue()).toMatch(/; mesin tugas tidak berjalan di instans ini$/);
    // A database server that does not answer: the engine's start fails.
    const env = { ...process.env, DATABASE_URL: "postgresql://postgres@127.0.0.1:1/none", SMTP_URL: "" };
    await expect(startJobEngineOnce({ env, log: () => {} })).rejects.toThrow();
    await expect(probeJobQueue()).rejects.toThrow(/^mesin tugas instans ini gagal dimulai: /);
  });
});
