#!/usr/bin/env node
// `npm run bench`: the performance benchmark of issue 18 (see README "Benchmark"). One run measures
// the portal on PostgreSQL and on PGlite and, in the same run, the anchors (a static file, a bare
// prerendered page and a bare server-rendered page of a tiny app on the same Next version), and
// prints every figure with its ratio to an anchor and met/missed against the targets.
// Environment: BENCH_SIZE=small (a quick check of every row: 20,000 requests, 4 s runs) or full
// (default); BENCH_PG_URL (server, default postgresql://postgres@127.0.0.1:5432), BENCH_PG_DB
// (default ppid_bench, dropped and recreated), BENCH_REQUESTS, BENCH_PGLITE_REQUESTS,
// BENCH_SECONDS per load run; BENCH_ONLY=anchors,pg,inproc,pglite to run some parts only.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { gzipSync } from "node:zlib";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { buildIfNeeded, ensureAuthSecret, migrateAndSeed } from "../lib/app-setup.mjs";
import { BIN, ROOT } from "../lib/run.mjs";
import { dipSql, largeSeedSql } from "./seed-large.mjs";

const SIZES = {
  full: { requests: 1_000_000, pgliteRequests: 50_000, dip: 2000, seconds: 8, mail: 2000 },
  small: { requests: 20_000, pgliteRequests: 5_000, dip: 200, seconds: 4, mail: 500 },
};
const SIZE = SIZES[process.env.BENCH_SIZE ?? "full"] ?? SIZES.full;
const PG_BASE = (process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432").replace(/\/$/, "");
const PG_DB = process.env.BENCH_PG_DB ?? "ppid_bench";
if (!/^[a-z_][a-z0-9_]*$/.test(PG_DB) || PG_DB === "test") throw new Error(`BENCH_PG_DB: not a throw-away database name: ${PG_DB}`);
const PG_URL = `${PG_BASE}/${PG_DB}`;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? SIZE.requests);
const PGLITE_REQUESTS = Number(process.env.BENCH_PGLITE_REQUESTS ?? SIZE.pgliteRequests);
const SECONDS = Number(process.env.BENCH_SECONDS ?? SIZE.seconds);
const ONLY = new Set((process.env.BENCH_ONLY ?? "anchors,pg,inproc,pglite").split(",").map((x) => x.trim()));
const CONNECTIONS = 50;
const PORTS = { anchor: 3390, app: 3391, app2: 3392, pglite: 3393 };
const DIST = ".next-bench";
const started = Date.now();
const log = (m) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${m}`);
const results = { startedAt: new Date().toISOString(), config: { size: process.env.BENCH_SIZE ?? "full", REQUESTS, PGLITE_REQUESTS, SECONDS, CONNECTIONS, only: [...ONLY] }, anchors: {}, pg: {}, pglite: {} };

function sh(cmd, args, opts = {}) {
  return execFileSync(cmd, args, { stdio: ["ignore", "pipe", "pipe"], cwd: ROOT, maxBuffer: 1 << 28, ...opts }).toString();
}

function startServer(cwd, port, env, distDir) {
  const child = spawn(BIN("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: distDir ?? "", ...env }, stdio: ["ignore", "pipe", "pipe"], detached: false,
  });
  child.stdout.on("data", () => {});
  child.stderr.on("data", (d) => process.env.BENCH_VERBOSE && process.stderr.write(d));
  return child;
}
async function waitFor(url, timeoutMs = 120_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`not ready: ${url}`);
}
const stop = (child) => new Promise((resolve) => { if (child.exitCode !== null) return resolve(); child.once("exit", resolve); child.kill("SIGTERM"); setTimeout(() => child.kill("SIGKILL"), 10_000).unref(); });

function rssMb(pid) {
  // next start forks the server: sum the tree (parent + children).
  try {
    const pids = [pid, ...childPids(pid)];
    let kb = 0;
    for (const p of pids) kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
    return Math.round(kb / 1024);
  } catch { return null; }
}

// CPU time (ms) the server's process tree has used: per request it hardly depends on what else
// the machine runs, unlike req/s, so the table also gives each page's CPU ms per request.
function cpuMs(pid) {
  let ticks = 0;
  for (const p of [pid, ...childPids(pid)]) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime + stime, in clock ticks (1/100 s)
    } catch { /* gone */ }
  }
  return ticks * 10;
}
function childPids(pid) {
  try { return sh("pgrep", ["-P", String(pid)]).split(/\s+/).filter(Boolean).map(Number); } catch { return []; }
}

// A load run ends with requests still being rendered (autocannon stops waiting, the server does
// not): the next run would measure that backlog. Wait until a light request is quick again.
async function settle(url) {
  const health = new URL("/api/health", url).toString();
  const end = Date.now() + 30_000;
  while (Date.now() < end) {
    const t = Date.now();
    try { await fetch(health); } catch {}
    if (Date.now() - t < 250) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function load(url, { pid, connections = CONNECTIONS, seconds = SECONDS } = {}) {
  await settle(url);
  let peak = 0;
  const sampler = pid ? setInterval(() => { peak = Math.max(peak, rssMb(pid) ?? 0); }, 500) : null;
  const run = (d) => autocannon({ url, connections, duration: d });
  await run(2); // warm-up (fills the cache)
  const cpu0 = pid ? cpuMs(pid) : 0;
  const r = await run(seconds);
  const cpuPerRequestMs = pid && r.requests.total > 0 ? +((cpuMs(pid) - cpu0) / r.requests.total).toFixed(2) : undefined;
  if (sampler) clearInterval(sampler);
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p95: r.latency.p97_5 ?? r.latency.p99, p99: r.latency.p99, errors: r.errors + r.non2xx, timeouts: r.timeouts, total: r.requests.total, rssPeakMb: pid ? peak : undefined, cpuPerRequestMs };
}

// ---------------------------------------------------------------- anchors: a tiny app, same Next
async function buildAnchor() {
  // Outside the repository: inside it, Next would bundle the portal's own instrumentation.ts and
  // proxy.ts into the "bare" app (they are looked up from the workspace root).
  const dir = path.join(tmpdir(), `ppid-bench-anchor-${PORTS.anchor}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "app", "ssr"), { recursive: true });
  mkdirSync(path.join(dir, "public"), { recursive: true });
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "anchor", private: true }));
  // The root "/" lets Turbopack follow the node_modules link back into the repository.
  writeFileSync(path.join(dir, "next.config.mjs"), "export default { turbopack: { root: '/' } };\n");
  writeFileSync(path.join(dir, "app", "layout.js"), "export default function L({ children }) { return <html lang=\"id\"><body>{children}</body></html>; }\n");
  writeFileSync(path.join(dir, "app", "page.js"), "export default function P() { return <main><h1>Halo</h1><p>Halaman prarender.</p></main>; }\n");
  writeFileSync(path.join(dir, "app", "ssr", "page.js"), "import { connection } from 'next/server';\nexport default async function P() { await connection(); return <main><h1>Halo</h1><p>{new Date().toISOString()}</p></main>; }\n");
  writeFileSync(path.join(dir, "public", "static.txt"), "static file\n".repeat(200));
  sh(BIN("next"), ["build"], { cwd: dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  return dir;
}

// ---------------------------------------------------------------- Lighthouse (optional)
// Lighthouse is not a dependency of the portal (large, and it needs a Chrome): BENCH_LIGHTHOUSE
// names its command, e.g. a `lighthouse` installed elsewhere; CHROME_PATH the browser
// (default /usr/bin/chromium). Mobile form factor, its default throttling.
const LIGHTHOUSE_ROUTES = ["/", "/informasi-publik", "/informasi-publik/DIP-001", "/statistik", "/permohonan/ajukan"];
function lighthouse(base) {
  const out = {};
  for (const route of LIGHTHOUSE_ROUTES) {
    log(`lighthouse ${route}`);
    try {
      const json = sh(process.env.BENCH_LIGHTHOUSE, [base + route, "--output=json", "--output-path=stdout", "--quiet", "--only-categories=performance,accessibility,best-practices",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"], { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" } });
      const r = JSON.parse(json);
      const score = (c) => Math.round((r.categories[c]?.score ?? 0) * 100);
      out[route] = { performance: score("performance"), accessibility: score("accessibility"), bestPractices: score("best-practices"), tbtMs: Math.round(r.audits["total-blocking-time"]?.numericValue ?? 0), lcpMs: Math.round(r.audits["largest-contentful-paint"]?.numericValue ?? 0) };
    } catch (error) {
      out[route] = { error: String(error).slice(0, 200) };
    }
  }
  return out;
}

// The start-up calendar prefill, before the app starts (scripts/bench/prefill.ts says why).
function prefill(url) {
  log("calendar prefill before the app starts");
  const out = sh(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench/prefill.ts"], { env: { ...process.env, DATABASE_URL: url } });
  return JSON.parse(out.trim().split("\n").pop());
}

// ---------------------------------------------------------------- first-load JS per route
async function firstLoadJs(base, route) {
  const html = await (await fetch(base + route)).text();
  const srcs = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  let total = 0;
  for (const src of new Set(srcs)) total += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
  return Math.round(total / 1024);
}

const PUBLIC = ["/", "/profil", "/prosedur", "/permohonan", "/keberatan", "/statistik", "/serta-merta", "/informasi-dikecualikan", "/informasi-publik/DIP-001"];
const DYNAMIC = { search: "/informasi-publik?q=anggaran", list: "/informasi-publik", calculator: "/kalkulator-hari-kerja", tracking: "/lacak?nomor=001%2FPMH%2FPPID-KPG%2F2021&kode=ZZZZZZZZ" };
const JS_ROUTES = [...PUBLIC, "/informasi-publik", "/permohonan/ajukan", "/kalkulator-hari-kerja", "/lacak"];

async function measureApp(port, pid, label) {
  const base = `http://127.0.0.1:${port}`;
  const out = { pages: {}, dynamic: {}, firstLoadJsKb: {} };
  for (const route of PUBLIC) {
    log(`${label}: load ${route}`);
    out.pages[route] = await load(base + route, { pid });
  }
  for (const [name, route] of Object.entries(DYNAMIC)) {
    log(`${label}: load ${name}`);
    out.dynamic[name] = await load(base + route, { pid, seconds: Math.max(4, SECONDS / 2) });
  }
  // Does a slow database request stall the others? The cached home page alone, then while four
  // connections keep the uncached DIP search busy (PGlite runs inside this process's event loop).
  log(`${label}: home page alone and beside a busy search`);
  const alone = await load(base + "/", { connections: 10, seconds: Math.max(4, SECONDS / 2) });
  const [beside, search] = await Promise.all([
    load(base + "/", { connections: 10, seconds: Math.max(4, SECONDS / 2) }),
    load(base + DYNAMIC.search, { connections: 4, seconds: Math.max(4, SECONDS / 2) }),
  ]);
  out.stall = { alone, beside, search };
  for (const r of JS_ROUTES) out.firstLoadJsKb[r] = await firstLoadJs(base, r);
  out.rssIdleMb = rssMb(pid);
  return out;
}

async function main() {
  ensureAuthSecret();
  if (ONLY.has("anchors")) {
    log("anchors: building a bare app on the same Next");
    const anchorDir = await buildAnchor();
    const anchor = startServer(anchorDir, PORTS.anchor, {});
    await waitFor(`http://127.0.0.1:${PORTS.anchor}/`);
    const ab = `http://127.0.0.1:${PORTS.anchor}`;
    results.anchors.staticFile = await load(`${ab}/static.txt`, { pid: anchor.pid });
    results.anchors.prerendered = await load(`${ab}/`, { pid: anchor.pid });
    results.anchors.ssr = await load(`${ab}/ssr`, { pid: anchor.pid });
    results.anchors.firstLoadJsKb = await firstLoadJs(ab, "/");
    results.anchors.rssIdleMb = rssMb(anchor.pid);
    await stop(anchor);
    for (const [name, r] of Object.entries(results.anchors)) if (typeof r === "object" && !(r.rps > 0)) throw new Error(`anchor ${name} served nothing: ${JSON.stringify(r)}`);
  }
  if (ONLY.has("pg") || ONLY.has("pglite")) {
    log("building the portal (reused when the sources did not change)");
    await buildIfNeeded(DIST);
  }

  // ------------------------------------------------------------ PostgreSQL
  if (ONLY.has("pg") || ONLY.has("inproc")) {
    log(`PostgreSQL: fresh database ${PG_DB}, ${REQUESTS} requests`);
    const admin = new pg.Client({ connectionString: `${PG_BASE}/postgres` });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${PG_DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${PG_DB}`);
    await admin.end();
    await migrateAndSeed({ DATABASE_URL: PG_URL });
    const t = Date.now();
    sh("psql", ["-v", "ON_ERROR_STOP=1", "-q", PG_URL, "-c", largeSeedSql({ requests: REQUESTS }) + dipSql(SIZE.dip)]);
    results.pg.seedSeconds = Math.round((Date.now() - t) / 1000);
    results.pg.requests = REQUESTS;
    log(`seeded in ${results.pg.seedSeconds}s`);
  }
  if (ONLY.has("pg") || ONLY.has("inproc")) results.pg.prefill = prefill(PG_URL);
  if (ONLY.has("pg")) {
    const app = startServer(ROOT, PORTS.app, { DATABASE_URL: PG_URL, PPID_JOBS_IN_APP: "0" }, DIST);
    await waitFor(`http://127.0.0.1:${PORTS.app}/api/health`);
    results.pg.app = await measureApp(PORTS.app, app.pid, "pg");
    if (process.env.BENCH_LIGHTHOUSE) results.pg.lighthouse = lighthouse(`http://127.0.0.1:${PORTS.app}`);

    log("PostgreSQL: two instances");
    const app2 = startServer(ROOT, PORTS.app2, { DATABASE_URL: PG_URL, PPID_JOBS_IN_APP: "0" }, DIST);
    await waitFor(`http://127.0.0.1:${PORTS.app2}/api/health`);
    const [a, b] = await Promise.all([
      load(`http://127.0.0.1:${PORTS.app}/`, { connections: CONNECTIONS / 2 }),
      load(`http://127.0.0.1:${PORTS.app2}/`, { connections: CONNECTIONS / 2 }),
    ]);
    results.pg.twoInstancesHomeRps = a.rps + b.rps;
    await stop(app2);
    await stop(app);
  }

  if (ONLY.has("inproc")) {
    log("PostgreSQL: in-process measurements (register, case, submissions, recompute, plans)");
    const inproc = sh(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench/in-process.ts"], { env: { ...process.env, DATABASE_URL: PG_URL } });
    Object.assign(results.pg, JSON.parse(inproc.split("@@BENCH@@")[1]));

    const drain = path.join(ROOT, "scripts", "bench", "mail-drain.mjs");
    if (existsSync(drain)) {
      log("mail drain (w10)");
      try { results.pg.mailDrain = JSON.parse(sh(process.execPath, [drain, "--json", "--count", process.env.BENCH_MAIL_COUNT || String(SIZE.mail)], { env: { ...process.env, DATABASE_URL: PG_URL, TEST_DATABASE_URL: `${PG_BASE}/postgres` } }).trim().split("\n").pop()); } catch (e) { results.pg.mailDrain = { error: String(e).slice(0, 300) }; }
    }
  }

  // ------------------------------------------------------------ PGlite (embedded)
  if (ONLY.has("pglite")) {
    log("one slow query: does it stall the process? (PGlite in its thread and in the caller's, PostgreSQL beside)");
    try { results.pglite.stall = JSON.parse(sh(process.execPath, ["scripts/bench/pglite-stall.mjs", PG_URL]).trim().split("\n").pop()); } catch (e) { results.pglite.stall = { error: String(e).slice(0, 200) }; }
    log(`PGlite: ${PGLITE_REQUESTS} requests`);
    const liteDir = path.join(ROOT, ".data", "bench-pglite");
    rmSync(liteDir, { recursive: true, force: true });
    rmSync(`${liteDir}.lock`, { force: true });
    const LITE_URL = "pglite:./.data/bench-pglite";
    await migrateAndSeed({ DATABASE_URL: LITE_URL });
    const t = Date.now();
    sh(process.execPath, ["scripts/bench/seed-pglite.mjs", liteDir, String(PGLITE_REQUESTS), String(Math.min(SIZE.dip, 500))]);
    results.pglite.seedSeconds = Math.round((Date.now() - t) / 1000);
    results.pglite.requests = PGLITE_REQUESTS;
    results.pglite.prefill = prefill(LITE_URL);
    // On the embedded database the jobs can only run in the app (one process opens PGlite), so it is
    // measured with them, as `npm start` runs it; the PostgreSQL instances above leave them to a worker.
    const lite = startServer(ROOT, PORTS.pglite, { DATABASE_URL: LITE_URL }, DIST);
    await waitFor(`http://127.0.0.1:${PORTS.pglite}/api/health`, 180_000);
    results.pglite.app = await measureApp(PORTS.pglite, lite.pid, "pglite");
    await stop(lite);
  }

  results.seconds = Math.round((Date.now() - started) / 1000);
  report();
}

function report() {
  const A = results.anchors;
  const rows = [];
  const add = (what, value, ratio, target, met) => rows.push({ what, value, ratio, target, met: met === undefined ? "" : met ? "met" : "MISSED" });
  // Without anchors (BENCH_ONLY) there is no ratio and no verdict on the ratio targets.
  const ratioTo = (x, anchor) => (anchor?.rps > 0 ? x / anchor.rps : undefined);
  const fmt = (r) => (r === undefined ? "n/a" : r.toFixed(2));
  // CPU ms per request and the anchor's over it (how many times the anchor's rate the page would
  // reach if both were only CPU-bound): robust on a busy machine.
  const cpu = (r) => (r.cpuPerRequestMs ? ` cpu ${r.cpuPerRequestMs} ms` : "");
  const cpuRatio = (r, anchor) => (r.cpuPerRequestMs && anchor?.cpuPerRequestMs ? ` (cpu ${(anchor.cpuPerRequestMs / r.cpuPerRequestMs).toFixed(2)})` : "");
  if (A.prerendered) {
    add("anchor static file req/s", A.staticFile.rps, fmt(A.staticFile.rps / A.prerendered.rps), "", undefined);
    add("anchor prerendered req/s (p50/p95/p99 ms)", `${A.prerendered.rps} (${A.prerendered.p50}/${A.prerendered.p95}/${A.prerendered.p99})${cpu(A.prerendered)}`, "1.00", "", undefined);
    add("anchor SSR req/s (p50/p95 ms)", `${A.ssr.rps} (${A.ssr.p50}/${A.ssr.p95})${cpu(A.ssr)}`, fmt(A.ssr.rps / A.prerendered.rps), "", undefined);
    add("anchor RSS idle / under load: static, prerendered, SSR (MB)", `${A.rssIdleMb} / ${A.staticFile.rssPeakMb}, ${A.prerendered.rssPeakMb}, ${A.ssr.rssPeakMb}`, "", "", undefined);
  }
  const bad = (r) => (r.errors || r.timeouts ? ` [${r.errors} err, ${r.timeouts} timeouts of ${r.total}]` : "");
  for (const db of ["pg", "pglite"]) {
    const app = results[db].app;
    if (!app) continue;
    for (const [route, r] of Object.entries(app.pages)) {
      const ratio = ratioTo(r.rps, A.prerendered);
      add(`${db} ${route} req/s (p50/p95/p99 ms)`, `${r.rps} (${r.p50}/${r.p95}/${r.p99})${cpu(r)}${bad(r)}`, fmt(ratio) + cpuRatio(r, A.prerendered), ">=0.90 of prerendered, p95<50", ratio === undefined ? undefined : ratio >= 0.9 && r.p95 < 50 && !r.errors);
    }
    for (const [name, r] of Object.entries(app.dynamic)) {
      const ratio = ratioTo(r.rps, A.ssr);
      const gated = name === "search" || name === "tracking";
      add(`${db} ${name} req/s (p50/p95 ms)`, `${r.rps} (${r.p50}/${r.p95})${cpu(r)}${bad(r)}`, `${fmt(ratio)} of SSR${cpuRatio(r, A.ssr)}`, gated ? ">=0.50 of SSR" : "", gated && ratio !== undefined ? ratio >= 0.5 && !r.errors : undefined);
    }
    if (app.stall) {
      const { alone, beside, search } = app.stall;
      add(`${db} home p50/p99 ms alone → beside busy search`, `${alone.p50}/${alone.p99} → ${beside.p50}/${beside.p99}`, `search ${search.rps} req/s`, "", undefined);
    }
    const floor = A.firstLoadJsKb;
    for (const [route, kb] of Object.entries(app.firstLoadJsKb)) add(`${db} first-load JS ${route} (KB gz)`, kb, floor ? `+${kb - floor}` : "n/a", `<= floor ${floor ?? "?"}+15`, floor ? kb <= floor + 15 : undefined);
    const peak = Math.max(...Object.values(app.pages).map((r) => r.rssPeakMb ?? 0), ...Object.values(app.dynamic).map((r) => r.rssPeakMb ?? 0));
    // The app's peak is over its cached and its server-rendered pages; the bare server's, likewise
    // over its static, prerendered and server-rendered loads (before: the prerendered load alone).
    const bare = Math.max(...["staticFile", "prerendered", "ssr"].map((k) => A[k]?.rssPeakMb ?? 0)) || A.rssIdleMb;
    const limit = db === "pg" ? 2 : 3;
    add(`${db} RSS under load (MB)`, peak, bare ? (peak / bare).toFixed(2) : "n/a", `<= ${limit}x bare (${bare ?? "?"})`, bare ? peak <= limit * bare : undefined);
  }
  const P = results.pg;
  if (P.register) for (const [v, r] of Object.entries(P.register)) add(`pg register ${v} server ms p50/p95`, `${r.p50}/${r.p95}`, "", "p95 < 50", r.p95 < 50);
  if (P.objectionRegister) for (const [v, r] of Object.entries(P.objectionRegister)) add(`pg objection register ${v} server ms p50/p95`, `${r.p50}/${r.p95}`, "", "p95 < 50", r.p95 < 50);
  if (P.lighthouse) for (const [route, r] of Object.entries(P.lighthouse)) {
    if (r.error) add(`pg lighthouse ${route}`, "not run", "", ">=95 perf, 100 a11y", undefined);
    else add(`pg lighthouse ${route} perf/a11y/bp (TBT, LCP ms)`, `${r.performance}/${r.accessibility}/${r.bestPractices} (${r.tbtMs}, ${r.lcpMs})`, "", ">=95 perf, 100 a11y", r.performance >= 95 && r.accessibility === 100);
  }
  if (P.casePage) add("pg case page server ms p50/p95", `${P.casePage.p50}/${P.casePage.p95}`, "", "p95 < 50", P.casePage.p95 < 50);
  if (P.yearlyReport) add(`pg yearly report ${P.yearlyReport.period} server ms p50/p95`, `${P.yearlyReport.p50}/${P.yearlyReport.p95}`, `${P.yearlyReport.runs} runs`, "", undefined);
  if (P.submissions) add("pg 500 concurrent submissions", `${P.submissions.perSecond}/s, ${P.submissions.errors} errors, gap-free ${P.submissions.gapFree}`, "", "0 errors, gap-free", P.submissions.errors === 0 && P.submissions.gapFree);
  for (const [name, r] of [["a weekday holiday months ahead", P.recompute], ["a weekday holiday next week", P.recomputeNextWeek], ["every deadline moves", P.recomputeAllMove]]) {
    if (!r) continue;
    const perCase = r.seconds / Math.max(1, r.openCases);
    add(`pg recompute ${r.openCases} open, ${name}: ${r.changed ?? "error"} moved (s)`, r.error ? `error ${r.error.slice(0, 40)}` : r.seconds, `${(perCase * 100000).toFixed(1)}s per 100k`, "100k < 10 s", !r.error && perCase * 100000 < 10);
  }
  if (P.twoInstancesHomeRps && P.app) add("pg two instances, home req/s total", P.twoInstancesHomeRps, (P.twoInstancesHomeRps / P.app.pages["/"].rps).toFixed(2) + " of one", "", undefined);
  if (P.mailDrain) {
    const one = (r) => (r && r.messagesPerSecond ? `${r.messagesPerSecond}/s (${r.ratioToBaseline} of bare SMTP)` : "n/a");
    const d = P.mailDrain;
    add("mail drain msgs/s PGlite | PostgreSQL", d.error ? `error: ${d.error.slice(0, 60)}` : `${one(d.pglite ?? d)} | ${one(d.postgres)}`, "", "", undefined);
  }
  const S = results.pglite.stall;
  if (S?.pglite) {
    const one = (r) => `${r.queryMs} ms query: timer ran ${r.timerTicks}/${r.expectedTicks}, longest gap ${r.longestGapMs} ms`;
    if (S.pgliteThread) add("slow query vs the event loop: PGlite in its thread", one(S.pgliteThread), "", "", undefined);
    add("slow query vs the event loop: PGlite in the caller's thread", one(S.pglite), "", "", undefined);
    if (S.postgres) add("slow query vs the event loop: PostgreSQL", one(S.postgres), "", "", undefined);
  }
  for (const db of ["pg", "pglite"]) if (results[db].prefill) add(`${db} calendar prefill before start: years, s`, `${results[db].prefill.filled.join(",") || "none"}, ${results[db].prefill.seconds}`, "", "", undefined);
  for (const db of ["pg", "pglite"]) if (results[db].requests) add(`${db} seeded requests (s)`, `${results[db].requests} (${results[db].seedSeconds})`, "", "", undefined);
  results.table = rows;
  const w = [52, 34, 18, 30, 7];
  const line = (c) => c.map((x, i) => String(x).padEnd(w[i])).join(" ");
  console.log("\n" + line(["measure", "value", "ratio", "target", ""]));
  for (const r of rows) console.log(line([r.what, r.value, r.ratio, r.target, r.met]));
  mkdirSync(path.join(ROOT, "bench", "results"), { recursive: true });
  const file = path.join(ROOT, "bench", "results", `bench-${results.startedAt.replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify(results, null, 2));
  console.log(`\np95 is autocannon's p97.5 (its histogram has no p95): a little stricter than the target.`);
  console.log(`JSON: ${path.relative(ROOT, file)} (${results.seconds}s)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
