import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startJobEngineOnce } from "@/lib/server/jobs/engine";
import { probeJobQueue, probeStartup } from "@/lib/server/health";
import { runStartupPrefill } from "@/lib/server/startup-prefill";
import { createTestDb, type TestDb } from "../support/test-db";

// /api/health's job probe: an instance whose own job engine failed to start reports it (503), so a
// load balancer or process manager sees the instance instead of it running silently without jobs.

const engineHolder = globalThis as unknown as { ppidJobEngine?: unknown; ppidJobEngineState?: unknown; ppidStartupPrefill?: unknown };
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  engineHolder.ppidJobEngine = undefined;
  engineHolder.ppidJobEngineState = undefined;
  engineHolder.ppidStartupPrefill = undefined;
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

describe("health: the start-up pre-fill of holiday years", () => {
  it("is not ready while the pre-fill runs, ready once it ended (also when it failed)", async () => {
    expect(await probeStartup()).toBe("tidak dijalankan di instans ini");
    let finish: (value?: unknown) => void = () => {};
    runStartupPrefill(() => new Promise((resolve) => (finish = resolve)));
    await expect(probeStartup()).rejects.toThrow("pra-isi hari libur sementara masih berjalan");
    finish();
    await new Promise((r) => setTimeout(r, 0));
    expect(await probeStartup()).toBe("selesai");
    engineHolder.ppidStartupPrefill = undefined;
    runStartupPrefill(() => Promise.reject(new Error("boom")));
    await new Promise((r) => setTimeout(r, 0));
    expect(await probeStartup()).toMatch(/gagal/);
  });
});
