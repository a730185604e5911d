import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { loggedPool, setRateLimitStoreForTests } from "@/lib/server/rate-limit";
import { attemptSignIn } from "@/lib/server/services/attempt-sign-in";
import { createTestDb, type TestDb } from "../support/test-db";

const PASSWORD = "demo-ppid-2026";
let t: TestDb;
let pools: pg.Pool[] = [];

/** On PostgreSQL the counters live in the database; a second pool stands for a second app instance. */
function freshStore() {
  if (!t.url) return setRateLimitStoreForTests({ kind: "memory" });
  const pool = loggedPool(t.url);
  pools.push(pool);
  setRateLimitStoreForTests({ kind: "postgres", pool });
}

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.client, { passwordCost: 4 });
});
afterEach(() => vi.useRealTimers());
afterAll(async () => {
  setRateLimitStoreForTests(undefined);
  await Promise.all(pools.map((p) => p.end()));
  await t.close();
});

describe(`sign-in limits (${process.env.TEST_DATABASE_URL ? "PostgreSQL store" : "memory store"})`, () => {
  it("lets five wrong passwords through, delays the sixth attempt even with the right password, then lets it in", async () => {
    freshStore();
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-12-01T01:00:00Z") });
    for (let i = 0; i < 5; i++) expect(await attemptSignIn("meja@kupang.demo", "salah-salah-salah", "10.0.0.1")).toMatchObject({ code: "invalid" });
    const delayed = await attemptSignIn("meja@kupang.demo", PASSWORD, "10.0.0.1");
    expect(delayed).toMatchObject({ ok: false, code: "limited", message: expect.stringContaining("5 detik") });
    vi.setSystemTime(new Date("2026-12-01T01:00:06Z"));
    expect(await attemptSignIn("meja@kupang.demo", PASSWORD, "10.0.0.1")).toMatchObject({ ok: true });
    // Success starts the count again.
    expect(await attemptSignIn("meja@kupang.demo", "salah-salah-salah", "10.0.0.1")).toMatchObject({ code: "invalid" });
  });

  it("locks the account after ten failures (from any address) and the lock lifts after 15 minutes", async () => {
    freshStore();
    let now = new Date("2026-12-01T02:00:00Z").getTime();
    vi.useFakeTimers({ toFake: ["Date"], now });
    for (let i = 0; i < 10; i++) {
      now += 85_000; // past each delay (at most 80 s), all ten within the 15-minute window
      vi.setSystemTime(now);
      await attemptSignIn("utama@kupang.demo", "salah-salah-salah", `10.0.1.${i}`);
    }
    vi.setSystemTime((now += 5 * 60_000));
    expect(await attemptSignIn("utama@kupang.demo", PASSWORD, "10.0.9.9")).toMatchObject({ code: "limited", message: expect.stringContaining("menit") });
    vi.setSystemTime((now += 16 * 60_000));
    expect(await attemptSignIn("utama@kupang.demo", PASSWORD, "10.0.9.9")).toMatchObject({ ok: true });
  });

  it("counts failures across app instances (a second store shares the counters on PostgreSQL)", async () => {
    if (!t.url) return;
    freshStore();
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-12-01T03:00:00Z") });
    for (let i = 0; i < 5; i++) await attemptSignIn("atasan@kupang.demo", "salah-salah-salah", "10.0.2.1");
    freshStore(); // "another instance": new pool, new limiter objects
    expect(await attemptSignIn("atasan@kupang.demo", PASSWORD, "10.0.2.2")).toMatchObject({ code: "limited" });
  });
});
