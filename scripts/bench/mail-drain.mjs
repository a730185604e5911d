#!/usr/bin/env node
// Mail drain benchmark (issue 10), for `npm run bench` to call — not a timed test:
//   node scripts/bench/mail-drain.mjs [--count 10000] [--db pglite|postgres] [--json]
// Queues N messages in the outbox and drains them to a local SMTP receiver (smtp-server) with the
// portal's own sender; reports messages/s, the same transport without the outbox (the baseline in
// the same run), the outbox's overhead per message, and pg-boss's overhead per no-op job.
// --db postgres uses TEST_DATABASE_URL (a throw-away database is created and dropped).
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench/mail-drain-run.ts", ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production" },
});
child.on("exit", (code) => process.exit(code ?? 1));
