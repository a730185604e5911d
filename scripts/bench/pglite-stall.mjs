#!/usr/bin/env node
// Does one slow query stall everything else in the process? The app runs PGlite in its own thread
// (scripts/pglite-worker.mjs); beside it PGlite in the caller's thread (as the app did before) and
// PostgreSQL in its own processes. Runs one CPU-heavy statement on each while a 10 ms timer
// (standing for every other request the server would be answering) counts how often it got to run.
//   node scripts/bench/pglite-stall.mjs [postgresql://…]   → one JSON line
import { performance } from "node:perf_hooks";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { startPgliteWorker } from "../pglite-worker.mjs";

const SQL = `SELECT count(*) FROM generate_series(1, 2000000) g WHERE md5(g::text) LIKE 'a%'`;

async function measure(run) {
  await run(); // warm
  let ticks = 0;
  let longestGap = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
    ticks += 1;
  }, 10);
  const t = performance.now();
  await run();
  // Let the timer report the gap that ends now.
  await new Promise((resolve) => setTimeout(resolve, 30));
  clearInterval(timer);
  const queryMs = Math.round(performance.now() - t - 30);
  return { queryMs, timerTicks: ticks, expectedTicks: Math.floor(queryMs / 10), longestGapMs: Math.round(longestGap) };
}

const lite = new PGlite();
const out = { pglite: await measure(() => lite.query(SQL)) };
await lite.close();
const thread = startPgliteWorker();
const threadPool = thread.pool(1);
out.pgliteThread = await measure(() => threadPool.query(SQL));
await thread.close();
const url = process.argv[2] ?? process.env.DATABASE_URL;
if (url && /^postgres/.test(url)) {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  out.postgres = await measure(() => pool.query(SQL));
  await pool.end();
}
process.stdout.write(JSON.stringify(out) + "\n");
