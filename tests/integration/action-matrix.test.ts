// The authorization matrix of the server actions, generated: every action of lib/actions (each made
// with createAction, which keeps its declared permission) × every kind of user — anonymous, citizens
// A and B, desk, PPID Pelaksana of two units, PPID Utama, Atasan, admin — signed in through a real
// server-side session (lib/server/user-sessions.ts). The expected verdict comes from the permission
// table (`can`) and the domain's scoping rules, not from a list: refused exactly when the table says
// so, and then nothing stored changed; for an action on one object, a holder outside its scope (citizen
// B on A's case, the other unit's PPID Pelaksana) gets the very answer a missing id gets, and nothing
// changes; a holder in scope gets past the gate (the service runs: success or a domain answer).

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { can, type CaseActor } from "@/lib/domain/permissions";
import { resetEnvForTests, setEnvForTests } from "@/lib/server/env";
import { setRateLimitStoreForTests } from "@/lib/server/rate-limit";
import { setStorageForTests, type StorageBackend } from "@/lib/server/storage";
import { startSession } from "@/lib/server/user-sessions";
import { seedDemoCases } from "@/prisma/seed-data/demo-cases";
import { seedDemo } from "@/prisma/seed-data/seed-demo";
import { CITIZEN_B, PELAKSANA_DIKBUD } from "../support/authz-facts";
import { prepareAuthzFixtures } from "../support/authz-fixtures";
import { createTestDb, type TestDb } from "../support/test-db";
import { actionModulePath, callAction, changed, fingerprint, serverActionModules, shown, type Answer } from "./action-matrix/harness";
import { MISSING, SAMPLES, type Fixtures } from "./action-matrix/samples";

const state = vi.hoisted(() => ({ session: null as null | { user: { id: string; sid: string } }, address: 0 }));
vi.mock("@/lib/server/auth", () => ({ auth: async () => state.session, signIn: async () => undefined, signOut: async () => undefined, handlers: {} }));
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/headers", () => ({
  // Each call from another address: the per-address limits of the public forms stay out of the way.
  headers: async () => new Headers({ "x-forwarded-for": `10.70.${(++state.address >> 8) & 255}.${state.address & 255}` }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}));

const ACCOUNTS = {
  "citizen A": "warga@kupang.demo",
  "citizen B": CITIZEN_B,
  desk: "meja@kupang.demo",
  "pelaksana DINKES": "pelaksana@kupang.demo",
  "pelaksana DIKBUD": PELAKSANA_DIKBUD,
  utama: "utama@kupang.demo",
  atasan: "atasan@kupang.demo",
  admin: "admin@kupang.demo",
} as const;
type Who = "anonymous" | keyof typeof ACCOUNTS;
const WHO: Who[] = ["anonymous", ...(Object.keys(ACCOUNTS) as (keyof typeof ACCOUNTS)[])];
const REFUSED = { session: "Sesi Anda telah berakhir. Silakan masuk lagi.", role: "Anda tidak berwenang melakukan tindakan ini." };
const GENERIC = "Maaf, terjadi kesalahan pada server";

let t: TestDb;
let fx: Fixtures;
const files = new Map<string, Uint8Array>();
const memory: StorageBackend = { put: async (k, b) => void files.set(k, b), get: async () => null, delete: async (k) => void files.delete(k) };

function actorOf(who: Who): (CaseActor & { id: string }) | null {
  if (who === "anonymous") return null;
  const u = fx.users[ACCOUNTS[who]]!;
  return { id: u.id, role: u.role, userId: u.id, unitId: u.unitId };
}

/** A fresh server-side session for each call (signing out, one of the actions, ends the one it runs in). */
async function signInAs(who: Who): Promise<void> {
  const actor = actorOf(who);
  state.session = actor ? { user: { id: actor.id, sid: await startSession(actor.id) } } : null;
}

beforeAll(async () => {
  t = await createTestDb();
  setStorageForTests(memory);
  setRateLimitStoreForTests({ kind: "memory" });
  setEnvForTests({ AUTH_SECRET: "integration-secret-integration-secret-01" });
  await seedDemo(t.client, { passwordCost: 4 });
  await seedDemoCases(t.client);
  const facts = await prepareAuthzFixtures();
  const holidays = await t.client.holiday.findMany({ orderBy: { date: "desc" }, take: 2 });
  const outbox = await t.client.emailOutbox.findFirstOrThrow();
  const task = await t.client.followUpTask.create({
    data: { requestId: facts.request.id, objectionId: facts.ownObjection.id, description: "Berikan salinan data imunisasi", dueDate: new Date("2027-01-29") },
  });
  const spare = await t.client.user.create({ data: { email: "cadangan@kupang.demo", name: "Petugas Cadangan", role: "DESK_OFFICER", passwordHash: "x" } });
  const complaint = await t.client.complaint.findUniqueOrThrow({ where: { id: facts.complaint.id } });
  const utama = facts.users["utama@kupang.demo"]!;
  fx = {
    ...facts,
    holidayIds: [holidays[0]!.id, holidays[1]!.id],
    outboxId: outbox.id,
    taskId: task.id,
    spareStaffId: spare.id,
    complaintNumber: complaint.number,
    utama: { id: utama.id, role: utama.role, userId: utama.id, unitId: utama.unitId },
  };
});
afterAll(async () => {
  setStorageForTests(undefined);
  setRateLimitStoreForTests(undefined);
  resetEnvForTests();
  await t.close();
});

type Declared = { permission: import("@/lib/domain/permissions").Permission | null; schema: import("zod").ZodType | null };

async function allActions() {
  const { declaredAction } = await import("@/lib/server/action-client");
  const found: { name: string; action: (...args: never[]) => Promise<unknown>; declared: Declared | undefined }[] = [];
  for (const module of serverActionModules()) {
    const exports = (await import(actionModulePath(module))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (typeof value === "function") found.push({ name, action: value as never, declared: declaredAction(value) });
    }
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

const passedGate = (a: Answer) =>
  a.kind === "redirect" || a.kind === "not found" || (a.kind === "result" && (a.ok || (a.message !== REFUSED.session && a.message !== REFUSED.role && !a.message?.includes(GENERIC))));

describe(`authorization matrix of the server actions (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("every server action lives in lib/actions and declares its permission", async () => {
    expect(serverActionModules().filter((m) => !m.startsWith("lib/actions/"))).toEqual([]);
    const actions = await allActions();
    expect(actions.length).toBeGreaterThan(60);
    expect(actions.filter((a) => a.declared === undefined).map((a) => a.name)).toEqual([]);
    expect(actions.filter((a) => !SAMPLES[a.name]).map((a) => `${a.name}: no sample input in action-matrix/samples.ts`)).toEqual([]);
    expect(Object.keys(SAMPLES).filter((name) => !actions.some((a) => a.name === name))).toEqual([]);
    expect(new Set(actions.map((a) => a.name)).size).toBe(actions.length);
  });

  it("refuses exactly whom the permission table refuses, hides objects out of scope like missing ones, and changes nothing when it refuses", async () => {
    const problems: string[] = [];
    const verdicts = { "refused by the table": 0, "out of scope": 0, "past the gate": 0 };
    /** One call in a fresh session; `watch`: with the list of what it changed. */
    const attempt = async (who: Who, action: (...args: never[]) => Promise<unknown>, fields: Record<string, string | File> | null, watch = true) => {
      await signInAs(who);
      const before = watch ? await fingerprint(t.client, files) : null;
      const answer = await callAction(action, fields);
      return { answer, changes: before ? changed(before, await fingerprint(t.client, files)) : [] };
    };
    for (const { name, action, declared } of await allActions()) {
      const sample = SAMPLES[name];
      if (!declared || !sample) continue; // reported by the test above
      for (const who of WHO) {
        const actor = actorOf(who);
        const fields = declared.schema ? await sample.fields(fx) : null;
        if (fields && declared.schema && !declared.schema.safeParse(fields).success) problems.push(`${name}: the sample does not parse with the action's schema`);
        const label = `${who} ${name}`;
        const refusal = declared.permission === null ? null : !actor ? REFUSED.session : !can(actor.role, declared.permission) ? REFUSED.role : null;
        if (refusal) {
          const { answer, changes } = await attempt(who, action, fields);
          if (answer.kind !== "result" || answer.ok || answer.message !== refusal) problems.push(`${label}: expected "${refusal}", got ${shown(answer)}`);
          if (changes.length) problems.push(`${label}: refused, yet changed ${changes.join(", ")}`);
          verdicts["refused by the table"] += 1;
          continue;
        }
        let missingAnswer: string | null = null;
        if (sample.object && fields) {
          const missing = await attempt(who, action, { ...fields, [sample.object.field]: sample.object.missing ?? MISSING });
          missingAnswer = shown(missing.answer);
          if (missing.answer.kind !== "result" || missing.answer.ok) problems.push(`${label} (missing ${sample.object.field}): expected a refusal, got ${missingAnswer}`);
          if (missing.changes.length) problems.push(`${label} (missing ${sample.object.field}): changed ${missing.changes.join(", ")}`);
          if (actor && !sample.object.may(actor, fx)) {
            const { answer, changes } = await attempt(who, action, fields);
            if (shown(answer) !== missingAnswer) problems.push(`${label} (out of scope): answered ${shown(answer)}, a missing one ${missingAnswer}`);
            if (changes.length) problems.push(`${label} (out of scope): changed ${changes.join(", ")}`);
            verdicts["out of scope"] += 1;
            continue;
          }
        }
        const { answer } = await attempt(who, action, fields, false);
        if (!passedGate(answer)) problems.push(`${label}: expected to get past the gate, got ${shown(answer)}`);
        else if (missingAnswer !== null && shown(answer) === missingAnswer) problems.push(`${label}: in scope, yet answered as for a missing object: ${missingAnswer}`);
        verdicts["past the gate"] += 1;
      }
    }
    console.log(`action matrix: ${JSON.stringify(verdicts)}`);
    expect(problems).toEqual([]);
    // Every kind of verdict was met (a matrix that refuses nobody or scopes nothing checks little).
    expect(verdicts["refused by the table"]).toBeGreaterThan(300);
    expect(verdicts["out of scope"]).toBeGreaterThanOrEqual(20);
    expect(verdicts["past the gate"]).toBeGreaterThan(120);
  }, 600_000);
});
