// PRISMA_BRIDGE_LOG=<file>: the bridge appends one line per event (requests, timings) to <file>.
import fs from "node:fs";

const started = Date.now();

export function trace(message) {
  const file = process.env.PRISMA_BRIDGE_LOG;
  if (!file) return;
  const t = ((Date.now() - started) / 1000).toFixed(2);
  fs.appendFileSync(file, `${new Date().toISOString()} pid=${process.pid} +${t}s ${message}\n`);
}
