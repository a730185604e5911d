import { performance } from "node:perf_hooks";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPgliteWorker, type PgliteThread } from "@/scripts/pglite-worker.mjs";

// The embedded database in its own thread (scripts/pglite-server.mjs): a slow statement leaves the
// app's event loop free, and its one session is shared by the pool's connections in turns, so no
// connection sees or lands in another's transaction.

const HEAVY = `SELECT count(*)::int AS n FROM generate_series(1, 2000000) g WHERE md5(g::text) LIKE 'a%'`;

let thread: PgliteThread;
let pool: pg.Pool;
beforeAll(async () => {
  thread = startPgliteWorker();
  pool = thread.pool(4);
  await pool.query(`CREATE TABLE note (id serial PRIMARY KEY, body text NOT NULL)`);
}, 120_000);
afterAll(async () => {
  await thread?.close();
});

/** Runs `work` while a 10 ms timer (standing for the other requests) counts how often it ran. */
async function ticksDuring(work: () => Promise<unknown>) {
  let ticks = 0;
  let longestGap = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
    ticks += 1;
  }, 10);
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
  await new Promise((r) => setTimeout(r, 30)); // the gap that ends now is counted too
  clearInterval(timer);
  return { ms, ticks, longestGap };
}

describe("PGlite in its own thread", () => {
  it("a slow statement does not stall the caller's event loop", async () => {
    const run = await ticksDuring(() => pool.query(HEAVY));
    expect(run.ms).toBeGreaterThan(300); // slow enough to tell (PGlite in the caller's thread: 1–3 ticks in 1.4 s)
    expect(run.ticks).toBeGreaterThan(run.ms / 10 / 4);
    expect(run.longestGap).toBeLessThan(run.ms / 3);
  }, 60_000);

  it("a connection inside a transaction keeps the turn: another waits and sees nothing uncommitted", async () => {
    const inTx = await pool.connect();
    const other = await pool.connect();
    try {
      await inTx.query("BEGIN");
      await inTx.query("INSERT INTO note (body) VALUES ($1)", ["belum disimpan"]);
      let seen: number | null = null;
      const otherRead = other.query<{ n: number }>("SELECT count(*)::int AS n FROM note").then((r) => (seen = r.rows[0]!.n));
      await new Promise((r) => setTimeout(r, 300));
      expect(seen).toBeNull(); // still waiting for its turn
      await inTx.query("INSERT INTO note (body) VALUES ('juga belum')");
      await inTx.query("ROLLBACK");
      await otherRead;
      expect(seen).toBe(0);
    } finally {
      inTx.release();
      other.release();
    }
  });

  it("a connection lost in the middle of a transaction is rolled back", async () => {
    const lost = await pool.connect();
    await lost.query("BEGIN");
    await lost.query("INSERT INTO note (body) VALUES ('hilang')");
    const ended = new Promise((r) => lost.once("end", r));
    lost.on("error", () => {});
    (lost as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    await ended;
    lost.release(true);
    const { rows } = await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM note");
    expect(rows[0]!.n).toBe(0);
    // The session is outside any transaction: a new one begins and commits normally.
    const next = await pool.connect();
    try {
      await next.query("BEGIN");
      await next.query("INSERT INTO note (body) VALUES ('tersimpan')");
      await next.query("COMMIT");
    } finally {
      next.release();
    }
    expect((await pool.query("SELECT body FROM note")).rows).toEqual([{ body: "tersimpan" }]);
  });

  it("answers parameters, errors and several statements in one simple query", async () => {
    const { rows } = await pool.query("SELECT $1::int AS i, $2::text AS t, $3::text AS n, $4::jsonb AS j, $5::bytea AS b", [
      7,
      "ä'\"",
      null,
      JSON.stringify({ a: [1] }),
      Buffer.from([0, 255]),
    ]);
    expect(rows).toEqual([{ i: 7, t: "ä'\"", n: null, j: { a: [1] }, b: Buffer.from([0, 255]) }]);
    await expect(pool.query("SELECT nope")).rejects.toMatchObject({ code: "42703" });
    await expect(pool.query("SELECT $1::int", ["bukan angka"])).rejects.toMatchObject({ code: "22P02" });
    const results = (await pool.query("SELECT 1 AS a; SELECT 'b' AS b")) as unknown as pg.QueryResult[];
    expect(results.map((r) => r.rows)).toEqual([[{ a: 1 }], [{ b: "b" }]]);
    // A failed transaction keeps the turn until its ROLLBACK; then the pool works on.
    const c = await pool.connect();
    try {
      await c.query("BEGIN");
      await expect(c.query("SELECT 1/0")).rejects.toMatchObject({ code: "22012" });
      await expect(c.query("SELECT 1")).rejects.toMatchObject({ code: "25P02" });
      await c.query("ROLLBACK");
    } finally {
      c.release();
    }
    expect((await pool.query("SELECT 2 AS x")).rows).toEqual([{ x: 2 }]);
  });

  it("large answers one after another arrive whole", async () => {
    // 256 KB of bytes read as 512 KB of hex, by several connections at once, many times.
    const reads = Array.from({ length: 12 }, (_, i) =>
      pool.query<{ b: Buffer }>("SELECT decode(repeat(lpad(to_hex($1::int), 2, '0'), 262144), 'hex') AS b", [i]),
    );
    const answers = await Promise.all(reads);
    answers.forEach((answer, i) => {
      expect(answer.rows[0]!.b.length).toBe(262144);
      expect(answer.rows[0]!.b.every((byte) => byte === i)).toBe(true);
    });
  }, 60_000);
});
