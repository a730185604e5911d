#!/usr/bin/env node
// `npm test`: type check, unit tests (in two process time zones), integration tests on a real
// database (in-memory PGlite, or PostgreSQL when TEST_DATABASE_URL is set), then the Playwright
// suite against the built app in Debian's Chromium, and — when TEST_DATABASE_URL names a PostgreSQL
// server — the two-instance suite (tests/multi-instance: two built instances on one database). Ends with one "N passed, N failed" line that
// counts each test ONCE: the unit suite runs twice (two zones); a unit test counts as passed when it
// passed in both runs and as failed when it failed in either. The type check is a check, not a test.
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { buildIfNeeded, ensureAuthSecret, generateClientIfMissing } from "./lib/app-setup.mjs";
import { chromiumVersion, ensureChromium } from "./lib/chromium.mjs";
import { BIN, ROOT, run, step } from "./lib/run.mjs";

// --only unit|integration|e2e|multi, or several with commas (--only integration,multi).
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1].split(",") : null;
const want = (part) => !only || only.includes(part);
const results = [];
const out = (name) => path.join(ROOT, "test-results", `${name}.json`);
rmSync(path.join(ROOT, "test-results"), { recursive: true, force: true });
mkdirSync(path.join(ROOT, "test-results"), { recursive: true });

/** Each test's status in a vitest JSON report, keyed by file + full name. */
function testStatuses(json) {
  const statuses = new Map();
  for (const file of json?.testResults ?? []) {
    for (const t of file.assertionResults ?? []) statuses.set(`${path.relative(ROOT, file.name)} › ${t.fullName}`, t.status);
  }
  return statuses;
}

async function vitest(name, project, env = {}, suite = name) {
  step(`${name}`);
  const file = out(name.replace(/[^A-Za-z0-9-]+/g, "_"));
  const code = await run(BIN("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile=${file}`], { env });
  const json = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
  results.push({ name, suite, code, statuses: testStatuses(json), passed: json?.numPassedTests ?? 0, failed: json?.numFailedTests ?? (code ? 1 : 0), skipped: json?.numPendingTests ?? 0 });
}

await generateClientIfMissing();

if (!only) {
  step("Pemeriksaan tipe (tsc --noEmit)");
  const code = await run(BIN("tsc"), ["--noEmit", "-p", "."]);
  results.push({ name: "typecheck", check: true, code, passed: 0, failed: 0, skipped: 0 });
}
if (want("unit")) {
  await vitest("unit (TZ=UTC)", "unit", { TZ: "UTC" }, "unit");
  await vitest("unit (TZ=America/New_York)", "unit", { TZ: "America/New_York" }, "unit");
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

if (want("multi")) {
  if (!process.env.TEST_DATABASE_URL) {
    step("Dua instans pada satu PostgreSQL: dilewati (TEST_DATABASE_URL belum diatur)");
    if (only) results.push({ name: "multi-instance (TEST_DATABASE_URL belum diatur)", code: 1, passed: 0, failed: 1, skipped: 0 });
  } else {
    const chromium = await ensureChromium();
    await buildIfNeeded();
    step("Dua instans pada satu PostgreSQL (Playwright, tests/multi-instance)");
    const code = await run(BIN("playwright"), ["test", "-c", "playwright.multi.config.ts"], { env: { CHROMIUM_PATH: chromium } });
    const json = existsSync(out("multi")) ? JSON.parse(readFileSync(out("multi"), "utf8")) : null;
    const s = json?.stats ?? {};
    results.push({ name: "multi-instance", code, passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: s.unexpected ?? (code ? 1 : 0), skipped: s.skipped ?? 0 });
  }
}

console.log("\nRingkasan:");
for (const r of results) {
  if (r.check) console.log(`  ${r.code === 0 ? "✓" : "✗"} ${r.name}: ${r.code === 0 ? "lulus" : "gagal"}`);
  else console.log(`  ${r.code === 0 ? "✓" : "✗"} ${r.name}: ${r.passed} lulus, ${r.failed} gagal${r.skipped ? `, ${r.skipped} dilewati` : ""}`);
}
// One count per distinct test: runs of the same suite (the unit suite in two zones) are merged.
const RANK = { failed: 3, passed: 1, skipped: 0, pending: 0, todo: 0 };
const total = { passed: 0, failed: 0, skipped: 0 };
const suites = new Map();
for (const r of results.filter((x) => !x.check)) (suites.get(r.suite ?? r.name) ?? suites.set(r.suite ?? r.name, []).get(r.suite ?? r.name)).push(r);
for (const runs of suites.values()) {
  if (runs.length === 1 || runs.some((r) => !r.statuses)) {
    // e2e (one run) or a run without a per-test report: its own numbers.
    const r = runs.length === 1 ? runs[0] : runs.reduce((a, b) => (b.failed > a.failed ? b : a));
    total.passed += r.passed;
    total.failed += r.failed;
    total.skipped += r.skipped;
    continue;
  }
  const merged = new Map();
  for (const r of runs) for (const [key, status] of r.statuses) if ((RANK[status] ?? 0) >= (RANK[merged.get(key)] ?? -1)) merged.set(key, status);
  for (const status of merged.values()) {
    if (status === "failed") total.failed += 1;
    else if (status === "passed") total.passed += 1;
    else total.skipped += 1;
  }
  // A run that crashed before reporting its tests still counts as a failure.
  if (runs.some((r) => r.code !== 0) && ![...merged.values()].includes("failed")) total.failed += 1;
}
const failedParts = results.filter((r) => r.code !== 0);
console.log(`Total: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped (each test once; the unit suite ran in ${results.filter((r) => r.suite === "unit").length} zones)`);
process.exit(failedParts.length ? 1 : 0);
