import { performance } from "node:perf_hooks";
import { parseRegisterQueryLenient } from "@/lib/schemas/request-register-query";
import { db, setDbForTests } from "@/lib/server/db";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
const logged = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }), log: [{ emit: "event", level: "query" }] });
setDbForTests(logged);
import { listRequestRegister } from "@/lib/server/queries/request-register";
import { listObjectionRegister } from "@/lib/server/queries/objection-register";
import { loadRequestCase } from "@/lib/server/queries/request-case";

const client = db();
let queries: { q: string; ms: number }[] = [];
(client as any).$on?.("query", (e: any) => queries.push({ q: e.query.slice(0, Number(process.env.QLEN ?? 300)), ms: e.duration }));
async function main() {
  const utama = await client.user.findFirstOrThrow({ where: { role: "PPID_UTAMA" } });
  const actor = { role: "PPID_UTAMA" as const, userId: utama.id, unitId: utama.unitId };
  const now = new Date();
  const views: Record<string, Record<string, string>> = {
    default: {}, open_by_due: { status: "BERJALAN", urut: "tenggat", arah: "naik" }, overdue: { terlambat: "1" },
    received_sort: { urut: "diterima" }, search_word_broad: { q: "Yakobus Tefa" }, search_name: { q: "Maria Bria 300002" }, search_number: { q: "012345/PMH/PPID-KPG/2024" }, page_50: { halaman: "50" },
  };
  const only = process.argv[2];
  for (const [name, params] of Object.entries(views)) {
    if (only && only !== name) continue;
    const q = parseRegisterQueryLenient(params);
    for (let i = 0; i < 3; i++) await listRequestRegister(actor, q, now);
    const ms: number[] = [];
    for (let i = 0; i < 10; i++) { const t = performance.now(); await listRequestRegister(actor, q, now); ms.push(performance.now() - t); }
    ms.sort((a, b) => a - b);
    if (process.env.SHOWQ) { queries = []; await listRequestRegister(actor, q, now); for (const x of queries) console.log("   ", x.ms, x.q); }
    console.log(name, "p50", ms[5]!.toFixed(1), "max", ms[9]!.toFixed(1));
  }
  if (!only || only === "objections") {
    const t = performance.now(); const r = await listObjectionRegister(actor, {} as any, now); console.log("objections", r.rows.length, (performance.now() - t).toFixed(1));
  }
  const someOpen = await client.informationRequest.findFirstOrThrow({ where: { status: "IN_PROCESS" }, select: { id: true } });
  const t = performance.now(); await loadRequestCase(actor, someOpen.id); console.log("case", (performance.now() - t).toFixed(1));
  await client.$disconnect();
}
main();
