#!/usr/bin/env node
// Mail drain benchmark (issue 10), a step of `npm run bench` (scripts/bench/run.mjs calls it), not a
// timed test:
//   node scripts/bench/mail-drain.mjs [--count 10000] [--db pglite|postgres] [--json]
// Queues N messages in the outbox and drains them to a local SMTP receiver (smtp-server) with the
// portal's own sender; reports messages/s, the same transport without the outbox (the baseline in
// the same run), the outbox's overhead per message, and pg-boss's overhead per no-op job.
// --db postgres uses TEST_DATABASE_URL (a throw-away database is created and dropped).
// Without --db it runs PGlite and then, when TEST_DATABASE_URL or DATABASE_URL names a PostgreSQL
// server, PostgreSQL; the last line of its output is then one JSON object { pglite, postgres }
// (what run.mjs records). BENCH_MAIL_COUNT sets the default count (10000).
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const args = process.argv.slice(2);
const withCount = args.includes("--count") ? args : [...args, "--count", process.env.BENCH_MAIL_COUNT || "10000"];

function runOnce(extra, env, capture) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench/mail-drain-run.ts", ...withCount, ...extra], {
      cwd: ROOT,
      stdio: ["ignore", capture ? "pipe" : "inherit", "inherit"],
      env: { ...process.env, NODE_ENV: "production", ...env },
    });
    let out = "";
    child.stdout?.on("data", (d) => (out += d));
    child.on("exit", (code) => resolve({ code: code ?? 1, out }));
  });
}

if (args.includes("--db")) {
  process.exit((await runOnce([], {}, false)).code);
}

const pgUrl = [process.env.TEST_DATABASE_URL, process.env.DATABASE_URL].find((u) => /^postgres(ql)?:\/\//i.test(u ?? ""));
const results = {};
for (const [name, extra, env] of [
  ["pglite", ["--db", "pglite"], {}],
  ...(pgUrl ? [["postgres", ["--db", "postgres"], { TEST_DATABASE_URL: pgUrl }]] : []),
]) {
  const { code, out } = await runOnce([...extra, "--json"], env, true);
  const last = out.trim().split("\n").pop() ?? "";
  try {
    results[name] = code === 0 ? JSON.parse(last) : { error: `exit ${code}` };
  } catch {
    results[name] = { error: last.slice(0, 300) };
  }
  const r = results[name];
  if (!r.error) console.log(`mail drain on ${name}: ${r.messagesPerSecond} msg/s (baseline ${r.baselineMessagesPerSecond}, ratio ${r.ratioToBaseline}), outbox ${r.outboxOverheadMsPerMessage} ms/msg, pg-boss ${r.pgBossMsPerJob} ms/job`);
}
console.log(JSON.stringify(results));
process.exit(Object.values(results).some((r) => r.error) ? 1 : 0);
