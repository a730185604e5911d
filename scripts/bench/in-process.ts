// Server-side measurements the HTTP load cannot isolate, run against the benchmark database:
// register/case server time, 500 concurrent submissions, recomputing open deadlines, query plans.
// Run by scripts/bench/run.mjs: node --conditions=react-server --import tsx scripts/bench/in-process.ts
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { ZAddHolidayInput } from "@/lib/schemas/holidays";
import { ZCreateRequestInput } from "@/lib/schemas/request";
import { parseRegisterQueryLenient } from "@/lib/schemas/request-register-query";
import { db } from "@/lib/server/db";
import { loadRequestCase } from "@/lib/server/queries/request-case";
import { listRequestRegister } from "@/lib/server/queries/request-register";
import { listObjectionRegister } from "@/lib/server/queries/objection-register";
import { OBJECTION_PAGE_SIZE } from "@/lib/schemas/objection-register-query";
import { addHoliday } from "@/lib/server/services/add-holiday";
import { createRequest } from "@/lib/server/services/create-request";
import { parsePeriodKey } from "@/lib/domain/report-period";
import { getServiceReport } from "@/lib/server/queries/service-report";

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
async function timeIt(fn: () => Promise<unknown>, runs: number, warmUps = 3) {
  for (let i = 0; i < warmUps; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return { p50: +pct(ms, 50).toFixed(1), p95: +pct(ms, 95).toFixed(1), runs };
}

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");
const form = () =>
  ZCreateRequestInput.parse({
    requesterType: "INDIVIDUAL", name: "Bench Pemohon", nik: "5371015508900002", address: "Jl. Uji No. 1, Kupang",
    phone: "0812 3456 7890", email: "bench@contoh.id", occupation: "Peneliti",
    informationRequested: "Data anggaran dinas kesehatan tahun 2025", purpose: "Pengujian beban",
    obtainMethod: "SOFTCOPY", deliveryMethod: "EMAIL", submissionKey: randomUUID(),
    document: new File([new Uint8Array(PDF)], "ktp.pdf", { type: "application/pdf" }),
  });

async function main() {
  const out: Record<string, unknown> = {};
  const client = db();
  const utama = await client.user.findFirstOrThrow({ where: { role: "PPID_UTAMA" } });
  const actor = { role: "PPID_UTAMA" as const, userId: utama.id, unitId: utama.unitId };
  const now = new Date();
  const views: Record<string, Record<string, string>> = {
    default: {},
    open_by_due: { status: "BERJALAN", urut: "tenggat", arah: "naik" },
    overdue: { terlambat: "1" },
    received_sort: { urut: "diterima" },
    // The seed has 64 distinct names: this matches 1 in 64 requests (15,625 at a million), a worst case.
    search_word_broad: { q: "Yakobus Tefa" },
    // One requester by full name (seed: first name g % 8, family name (g / 8) % 8, then g).
    search_name: { q: "Maria Bria 299977" },
    search_number: { q: "012345/PMH/PPID-KPG/2024" },
    page_50: { halaman: "50" },
  };
  const register: Record<string, unknown> = {};
  for (const [name, params] of Object.entries(views)) {
    register[name] = await timeIt(() => listRequestRegister(actor, parseRegisterQueryLenient(params), now), 20);
  }
  out.register = register;
  out.objectionRegister = {
    page_1: await timeIt(() => listObjectionRegister(actor, {}, now, { pageSize: OBJECTION_PAGE_SIZE }), 20),
    overdue: await timeIt(() => listObjectionRegister(actor, { terlambat: "1" }, now, { pageSize: OBJECTION_PAGE_SIZE }), 20),
  };
  const someOpen = await client.informationRequest.findFirstOrThrow({ where: { status: "IN_PROCESS" }, select: { id: true } });
  out.casePage = await timeIt(() => loadRequestCase(actor, someOpen.id), 20);
  // The yearly report (Laporan Layanan Informasi Publik) of the seed's last full year, whole body:
  // what the report page, its PDF and its XLSX compute before rendering.
  const year2025 = parsePeriodKey("2025")!;
  out.yearlyReport = { period: year2025.key, ...(await timeIt(() => getServiceReport(actor, year2025, null, now), 3, 1)) };

  // 500 concurrent online submissions through the real service (numbering, receipt, KTP, event).
  const year = new Date().getFullYear();
  const before = await client.numberSequence.findUnique({ where: { kind_year: { kind: "REQUEST", year } } });
  const t0 = performance.now();
  const results = await Promise.allSettled(Array.from({ length: 500 }, () => createRequest(null, form(), new Date())));
  const seconds = (performance.now() - t0) / 1000;
  const ok = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
  const errors = results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason).slice(0, 200));
  const seqs = ok.map((r) => Number(r.number.split("/")[0])).sort((a, b) => a - b);
  const start = (before?.value ?? 0) + 1;
  const gapFree = seqs.length === 500 && seqs.every((s, i) => s === start + i);
  out.submissions = { count: 500, seconds: +seconds.toFixed(2), perSecond: +(500 / seconds).toFixed(1), errors: errors.length, sampleErrors: errors.slice(0, 3), gapFree };

  // A calendar change recomputes every open deadline in one transaction: a holiday months ahead
  // (nothing moves), a holiday next week (the windows that span it move), and every open
  // deadline moving (their stored dates set off first — the worst case, e.g. the first decree of a
  // year with 100,000 cases open).
  const open = await client.informationRequest.count({ where: { status: { not: "CLOSED" } } });
  const weekday = (fromDays: number) => {
    const d = new Date(Date.now() + fromDays * 86400_000);
    while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  };
  // The day is drawn at random among weekdays that are not a holiday yet (a decree's day, e.g.
  // Waisak, is refused as already recorded and would measure nothing).
  const holiday = async (pick: () => string, name: string) => {
    const taken = new Set((await client.holiday.findMany({ select: { date: true } })).map((h) => h.date.toISOString().slice(0, 10)));
    let date = pick();
    for (let i = 0; i < 50 && taken.has(date); i++) date = pick();
    const t1 = performance.now();
    try {
      const r = await addHoliday(ZAddHolidayInput.parse({ date, name, kind: "LOCAL" }), { id: utama.id, role: "PPID_UTAMA" });
      return { openCases: open, seconds: +((performance.now() - t1) / 1000).toFixed(2), changed: r.recomputed.changed };
    } catch (error) {
      return { openCases: open, seconds: +((performance.now() - t1) / 1000).toFixed(2), error: String(error).slice(0, 300) };
    }
  };
  out.recompute = await holiday(() => weekday(10 + Math.floor(Math.random() * 200)), "Libur uji beban");
  // A holiday decreed for next week: the deadlines whose windows span it move. In the bench seed that
  // is only the requests this run submitted (its open requests were received in 2021–2025).
  out.recomputeNextWeek = await holiday(() => weekday(2 + Math.floor(Math.random() * 6)), "Libur uji beban (pekan depan)");
  if (/^postgres/.test(process.env.DATABASE_URL ?? "")) {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
    await pool.query(`UPDATE "InformationRequest" SET "dueDate" = "dueDate" + 1 WHERE "status" <> 'CLOSED' AND "dueDate" IS NOT NULL`);
    await pool.end();
    out.recomputeAllMove = await holiday(() => weekday(-400 - Math.floor(Math.random() * 200)), "Libur uji beban (semua bergeser)");
  }

  // Query plans of the hot queries (PostgreSQL only).
  if (/^postgres/.test(process.env.DATABASE_URL ?? "")) {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
    const plans: Record<string, string> = {};
    const q = async (name: string, sql: string) => {
      const { rows } = await pool.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`);
      plans[name] = rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n");
    };
    await q("register_default_page", `SELECT "id" FROM "InformationRequest" ORDER BY "year" DESC, "sequence" DESC LIMIT 20 OFFSET 0`);
    await q("register_count_capped", `SELECT count(*) FROM (SELECT "id" FROM "InformationRequest" ORDER BY "year", "sequence" LIMIT 2001) t`);
    await q("register_overdue_count_capped", `SELECT count(*) FROM (SELECT "id" FROM "InformationRequest" WHERE "status" IN ('RECEIVED','AWAITING_COMPLETION','VERIFIED','IN_PROCESS','ANSWER_PREPARED') AND "dueDate" < current_date ORDER BY "status", "dueDate" LIMIT 2001) t`);
    await q("register_forwarded_flags", `SELECT DISTINCT "requestId" FROM "CaseEvent" WHERE "requestId" IN (SELECT "id" FROM "InformationRequest" ORDER BY "year" DESC, "sequence" DESC LIMIT 20) AND "event" = 'FORWARD_TO_UNIT'`);
    await q("register_open_by_due", `SELECT "id" FROM "InformationRequest" WHERE "status" IN ('RECEIVED','AWAITING_COMPLETION','VERIFIED','IN_PROCESS','ANSWER_PREPARED') ORDER BY "dueDate" ASC NULLS LAST, "year" ASC, "sequence" ASC LIMIT 20`);
    await q("register_overdue", `SELECT "id" FROM "InformationRequest" WHERE "status" IN ('RECEIVED','AWAITING_COMPLETION','VERIFIED','IN_PROCESS','ANSWER_PREPARED') AND "dueDate" < current_date ORDER BY "year" DESC, "sequence" DESC LIMIT 20`);
    await pool.query(`SET work_mem = '32MB'`); // as lib/server/queries/request-register-search.ts runs it
    await q("register_search_words", `SELECT "requestId" FROM "RequestSearch" WHERE "vector" @@ to_tsquery('simple', 'yakobus:* & tefa:*') ORDER BY "submittedAt" DESC LIMIT 5000`);
    await pool.query("RESET work_mem");
    await q("unit_register", `SELECT "id" FROM "InformationRequest" WHERE "unitId" = (SELECT "id" FROM "Unit" ORDER BY "code" LIMIT 1) ORDER BY "year" DESC, "sequence" DESC LIMIT 20`);
    await q("objection_register_page", `SELECT "id" FROM "Objection" ORDER BY "year" DESC, "sequence" DESC LIMIT 50`);
    await q("case_attachments", `SELECT "id", "purpose", "fileName", "size", "createdAt" FROM "Attachment" WHERE "requestId" = '${someOpen.id}' ORDER BY "createdAt" ASC`);
    await q("public_count_closed", `SELECT count(*) FROM "InformationRequest" WHERE "status" = 'CLOSED'`);
    out.plans = plans;
    await pool.end();
  }
  await client.$disconnect();
  process.stdout.write(`\n@@BENCH@@${JSON.stringify(out)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
