#!/usr/bin/env node
// `npm test`: type check, unit tests (in two process time zones), integration tests on a real
// database (in-memory PGlite, or PostgreSQL when TEST_DATABASE_URL is set), then the Playwright
// suite against the built app in Debian's Chromium. Ends with one "N passed, N failed" line.
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { buildIfNeeded, ensureAuthSecret, generateClientIfMissing } from "./lib/app-setup.mjs";
import { chromiumVersion, ensureChromium } from "./lib/chromium.mjs";
import { BIN, ROOT, run, step } from "./lib/run.mjs";

const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : null;
const want = (part) => !only || only === part;
const results = [];
const out = (name) => path.join(ROOT, "test-results", `${name}.json`);
rmSync(path.join(ROOT, "test-results"), { recursive: true, force: true });
mkdirSync(path.join(ROOT, "test-results"), { recursive: true });

async function vitest(name, project, env = {}) {
  step(`${name}`);
  const code = await run(BIN("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile=${out(name)}`], { env });
  const json = existsSync(out(name)) ? JSON.parse(readFileSync(out(name), "utf8")) : null;
  results.push({ name, code, passed: json?.numPassedTests ?? 0, failed: json?.numFailedTests ?? (code ? 1 : 0), skipped: json?.numPendingTests ?? 0 });
}

await generateClientIfMissing();

if (!only) {
  step("Pemeriksaan tipe (tsc --noEmit)");
  const code = await run(BIN("tsc"), ["--noEmit", "-p", "."]);
  results.push({ name: "typecheck", code, passed: code ? 0 : 1, failed: code ? 1 : 0, skipped: 0 });
}
if (want("unit")) {
  await vitest("unit (TZ=UTC)", "unit", { TZ: "UTC" });
  await vitest("unit (TZ=America/New_York)", "unit", { TZ: "America/New_York" });
}
if (want("integration")) {
  const where = process.env.TEST_DATABASE_URL ? "PostgreSQL (TEST_DATABASE_URL)" : "PGlite in-memory";
  await vitest(`integration (${where})`, "integration");
}
if (want("e2e")) {
  const chromium = await ensureChromium();
  console.log(`\n✓ Chromium: ${chromium} (${chromiumVersion(chromium)})`);
  ensureAuthSecret();
  await buildIfNeeded();
  step("End-to-end (Playwright + Chromium)");
  const code = await run(BIN("playwright"), ["test"], { env: { CHROMIUM_PATH: chromium } });
  const json = existsSync(out("e2e")) ? JSON.parse(readFileSync(out("e2e"), "utf8")) : null;
  const s = json?.stats ?? {};
  results.push({ name: "e2e", code, passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: s.unexpected ?? (code ? 1 : 0), skipped: s.skipped ?? 0 });
}

console.log("\nRingkasan:");
for (const r of results) console.log(`  ${r.code === 0 ? "✓" : "✗"} ${r.name}: ${r.passed} lulus, ${r.failed} gagal${r.skipped ? `, ${r.skipped} dilewati` : ""}`);
const total = results.reduce((a, r) => ({ passed: a.passed + r.passed, failed: a.failed + r.failed, skipped: a.skipped + r.skipped }), { passed: 0, failed: 0, skipped: 0 });
const failedParts = results.filter((r) => r.code !== 0);
console.log(`Total: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failedParts.length ? 1 : 0);
