import { randomBytes } from "node:crypto";
import { formatNumber, generateAccessCode } from "../../lib/domain/numbering";
import { formatPasal17 } from "../../lib/domain/pasal-17";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { DEMO_OBJECTIONS, planDemoRequests, type PlannedRequest } from "./demo-case-plan";
import { asDate, atWita, raiseSequence, wd, type DemoActors } from "./demo-dates";
import { writeDemoObjection } from "./demo-objections";

// Writes the demo sample cases of demo-case-plan.ts (DEMO data: "(Demo)" in every name, keys
// "demo-kasus-*") as the workflow would have left them: the request row, its case events with
// their real dates, objections with the Atasan's answers, disputes before the Komisi Informasi.
// Letters are not generated: their rows carry frozen PDF content that only the live workflow
// builds. Idempotent: a case whose key exists is skipped; nothing is written into a register
// that already holds real (non-demo) cases, so demo numbers never collide with real ones.

export const DEMO_CASE_PREFIX = "demo-kasus-";

const TESTS = { medis: "188.45/02/PPID-KPG/2026", asn: "188.45/03/PPID-KPG/2026", tender: "188.45/01/PPID-KPG/2026" } as const;

export async function seedDemoCases(db: PrismaClient): Promise<{ requests: number; objections: number; skipped: boolean }> {
  const real = await db.informationRequest.count({ where: { NOT: { submissionKey: { startsWith: DEMO_CASE_PREFIX } } } });
  if (real > 0) return { requests: 0, objections: 0, skipped: true };
  const office = await db.officeSetting.findUniqueOrThrow({ where: { id: 1 } });
  const users = await db.user.findMany({ where: { email: { in: ["meja@kupang.demo", "utama@kupang.demo", "pelaksana@kupang.demo", "atasan@kupang.demo"] } } });
  const id = (email: string) => users.find((u) => u.email === email)?.id ?? null;
  const actors: DemoActors = { desk: id("meja@kupang.demo")!, utama: id("utama@kupang.demo")!, pelaksana: id("pelaksana@kupang.demo")!, atasan: id("atasan@kupang.demo")! };
  const units = new Map((await db.unit.findMany()).map((u) => [u.code, u.id]));
  const tests = await db.consequenceTest.findMany({ where: { decisionNumber: { in: Object.values(TESTS) } } });
  const testOf = (key: keyof typeof TESTS | null) => (key ? (tests.find((t) => t.decisionNumber === TESTS[key]) ?? null) : null);

  const plan = planDemoRequests();
  const feeKeys = new Set(DEMO_OBJECTIONS.filter((o) => o.grounds.includes("UNREASONABLE_FEE")).map((o) => o.requestKey));
  const ids = new Map<string, string>();
  let created = 0;
  for (const p of plan) {
    const existing = await db.informationRequest.findUnique({ where: { submissionKey: p.key }, select: { id: true } });
    if (existing) {
      ids.set(p.key, existing.id);
      continue;
    }
    const test = testOf(p.test);
    const requestId = await writeRequest(db, p, { officeCode: office.officeCode, unitId: p.unit ? (units.get(p.unit) ?? null) : null, test, fee: feeKeys.has(p.key), actors });
    ids.set(p.key, requestId);
    created += 1;
  }
  await raiseSequence(db, "REQUEST", plan);

  let objections = 0;
  for (const o of DEMO_OBJECTIONS) {
    const request = plan.find((p) => p.key === o.requestKey)!;
    const done = await writeDemoObjection(db, o, request, ids.get(o.requestKey)!, { office, actors });
    if (done) objections += 1;
  }
  return { requests: created, objections, skipped: false };
}

type RequestContext = {
  officeCode: string;
  unitId: string | null;
  test: { id: string; pasal17Letters: string[] } | null;
  fee: boolean;
  actors: DemoActors;
};

type Ev = { event: string; actorId: string | null; actorRole: string; from: string | null; to: string | null; at: Date; note?: string };

async function writeRequest(db: PrismaClient, p: PlannedRequest, c: RequestContext): Promise<string> {
  const r = p.receivedDate;
  const responseDue = wd(r, 10);
  const dueDate = p.extended ? wd(responseDue, 7) : responseDue;
  const n = p.sequence;
  const online = p.channel === "ONLINE";
  const events: Ev[] = [
    online
      ? { event: "SUBMIT", actorId: null, actorRole: "CITIZEN", from: null, to: "RECEIVED", at: atWita(r, "09:12") }
      : { event: "REGISTER", actorId: c.actors.desk, actorRole: "DESK_OFFICER", from: null, to: "RECEIVED", at: atWita(r, "09:12") },
  ];
  const data: Record<string, unknown> = {};
  const awaiting = p.status === "AWAITING_COMPLETION" || p.outcome === "LAPSED";
  let status = "RECEIVED";
  const push = (e: Omit<Ev, "from">) => {
    events.push({ ...e, from: status });
    status = e.to ?? status;
  };
  if (awaiting) {
    push({ event: "REQUEST_COMPLETION", actorId: c.actors.desk, actorRole: "DESK_OFFICER", to: "AWAITING_COMPLETION", at: atWita(r, "11:00"), note: "Salinan KTP belum dilampirkan." });
    Object.assign(data, { completionRequestedOn: asDate(r), completionDueDate: asDate(wd(r, 2)) });
    if (p.outcome === "LAPSED") {
      push({ event: "LAPSE", actorId: null, actorRole: "SYSTEM", to: "CLOSED", at: atWita(wd(r, 3), "00:05") });
      Object.assign(data, { closedAt: atWita(wd(r, 3), "00:05") });
    }
  } else if (p.status !== "RECEIVED") {
    push({ event: "VERIFY_COMPLETE", actorId: c.actors.desk, actorRole: "DESK_OFFICER", to: "VERIFIED", at: atWita(r, "13:00") });
    if (c.unitId && p.outcome !== "WITHDRAWN") {
      push({ event: "FORWARD_TO_UNIT", actorId: c.actors.utama, actorRole: "PPID_UTAMA", to: "IN_PROCESS", at: atWita(r, "14:30"), note: `Diteruskan ke ${p.unit}.` });
    }
  }
  if (p.extended) {
    push({ event: "EXTEND", actorId: c.actors.utama, actorRole: "PPID_UTAMA", to: status, at: atWita(wd(r, 9), "14:00"), note: "Informasi tersebar di beberapa bidang dan perlu dihimpun." });
    Object.assign(data, { extendedAt: atWita(wd(r, 9), "14:00"), extensionReason: "Informasi tersebar di beberapa bidang dan perlu dihimpun." });
  }
  if (p.outcome === "WITHDRAWN") {
    push({ event: "WITHDRAW", actorId: c.actors.desk, actorRole: "DESK_OFFICER", to: "CLOSED", at: atWita(wd(r, 3), "13:20"), note: "Pemohon menarik permohonan di meja layanan." });
    Object.assign(data, { closedAt: atWita(wd(r, 3), "13:20") });
  }
  if (p.status === "ANSWER_PREPARED" || (p.noticeDate && c.unitId)) {
    const day = p.noticeDate ? p.noticeDate : wd(r, 4);
    const pelaksana = p.unit === "DINKES";
    push({ event: "PREPARE_ANSWER", actorId: pelaksana ? c.actors.pelaksana : c.actors.utama, actorRole: pelaksana ? "PPID_PELAKSANA" : "PPID_UTAMA", to: "ANSWER_PREPARED", at: atWita(day, "08:30") });
  }
  if (p.noticeDate && p.outcome) Object.assign(data, decide(p, c, push));
  const request = await db.informationRequest.create({
    data: {
      number: formatNumber("REQUEST", n, p.year, c.officeCode),
      year: p.year,
      sequence: n,
      accessCode: generateAccessCode(new Uint8Array(randomBytes(8))),
      channel: p.channel,
      submittedAt: atWita(r, "09:12"),
      receivedDate: asDate(r),
      requesterType: p.requesterType,
      requesterName: p.requesterName,
      address: `Jl. Contoh No. ${n}, Kupang (Demo)`,
      phone: `0812000${String(p.year % 100).padStart(2, "0")}${String(n).padStart(3, "0")}`,
      email: online || p.channel === "EMAIL" ? `pemohon${p.year}${n}@contoh.demo` : null,
      occupation: p.requesterType === "INDIVIDUAL" ? "Wiraswasta" : null,
      organization: p.organization,
      informationRequested: p.informationRequested,
      purpose: p.purpose,
      obtainMethod: "SOFTCOPY",
      deliveryMethod: online || p.channel === "EMAIL" ? "EMAIL" : "PICKUP",
      unitId: c.unitId,
      status: p.status,
      outcome: p.outcome,
      dueDate: asDate(dueDate),
      dueRule: p.extended ? "REQUEST_EXTENSION" : "REQUEST_RESPONSE",
      submissionKey: p.key,
      createdById: online ? null : c.actors.desk,
      ...data,
    },
  });
  for (const e of events) {
    await db.caseEvent.create({
      data: { caseKind: "REQUEST", requestId: request.id, event: e.event, actorId: e.actorId, actorRole: e.actorRole, fromStatus: e.from, toStatus: e.to, note: e.note ?? null, at: e.at, data: { demo: true } },
    });
  }
  return request.id;
}

const DECIDE_EVENT = { GRANTED_FULL: "DECIDE_GRANT_FULL", GRANTED_PARTIAL: "DECIDE_GRANT_PARTIAL", REJECTED: "DECIDE_REJECT", NOT_HELD: "DECIDE_NOT_HELD" } as const;

function decide(p: PlannedRequest, c: RequestContext, push: (e: Omit<Ev, "from">) => void): Record<string, unknown> {
  const outcome = p.outcome as keyof typeof DECIDE_EVENT;
  const notice = p.noticeDate!;
  const granted = outcome === "GRANTED_FULL" || outcome === "GRANTED_PARTIAL";
  push({ event: DECIDE_EVENT[outcome], actorId: c.actors.utama, actorRole: "PPID_UTAMA", to: granted ? "DECIDED" : "CLOSED", at: atWita(notice, "10:00") });
  const letters = c.test?.pasal17Letters ?? [];
  const out: Record<string, unknown> = {
    decidedAt: atWita(notice, "10:00"),
    noticeDate: asDate(notice),
    decisionNotes: granted ? p.informationRequested : null,
    refusalArticle: letters.length > 0 && (outcome === "REJECTED" || outcome === "GRANTED_PARTIAL") ? formatPasal17(letters) : null,
    consequenceTestId: outcome === "REJECTED" || outcome === "GRANTED_PARTIAL" ? (c.test?.id ?? null) : null,
    holdingBody: outcome === "NOT_HELD" ? "Kantor Pertanahan Kota Kupang" : null,
  };
  if (outcome === "GRANTED_PARTIAL") out.withheldParts = [{ part: "Data pribadi yang tercantum dalam dokumen", reason: formatPasal17(letters) || "Pasal 17 huruf h" }];
  if (!granted) return { ...out, closedAt: atWita(notice, "10:00") };
  push({ event: "DELIVER", actorId: c.actors.desk, actorRole: "DESK_OFFICER", to: "CLOSED", at: atWita(wd(notice, 1), "09:00"), note: "Informasi dikirim dalam bentuk PDF." });
  return {
    ...out,
    informationForm: "Salinan elektronik (PDF)",
    medium: p.channel === "ONLINE" || p.channel === "EMAIL" ? "Surel" : "Diambil langsung",
    feeAmount: c.fee ? 150_000 : 0,
    paymentMethod: c.fee ? "Tunai di meja layanan" : null,
    deliveredAt: atWita(wd(notice, 1), "09:00"),
    deliveryNote: "Informasi diserahkan (demo).",
    closedAt: atWita(wd(notice, 1), "09:00"),
  };
}

