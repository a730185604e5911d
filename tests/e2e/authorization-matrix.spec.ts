import { chromium, expect, request as requestContext, test, type APIRequestContext } from "@playwright/test";
import type { ChildProcess } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { attachmentAccess, refusalStatus, type AttachmentFacts } from "../../lib/domain/attachment-access";
import { can, canAccessCase, canManageUnitItem, caseScopeFor, isPermission, type CaseActor, type Permission, type ScopedCase } from "../../lib/domain/permissions";
import { numberToSlug } from "../../lib/domain/request-intake";
import type { Role } from "../../lib/domain/roles";
import { CITIZEN_B, PELAKSANA_DIKBUD, type AuthzFacts } from "../support/authz-facts";
import { DEMO, DEMO_PASSWORD } from "./helpers";
import { instanceFor, prepare, runServerScript, start, stop, type Instance } from "./hostile/instance";

// The authorization matrix, generated: every protected page (app/**/page.tsx calling
// requirePermission) and every route handler (app/**/route.ts) × every kind of user — anonymous,
// citizens A and B, desk, PPID Pelaksana of two units, PPID Utama, Atasan, admin. The expected answer
// comes from the permission table and the domain's scoping rules (lib/domain/permissions.ts,
// attachment-access.ts), not from a hand-written list, so a new page, route or permission is in the
// matrix at once. Refusals of an object never tell whether it exists: 404 for missing and for
// forbidden alike.

const PORT = Number(process.env.E2E_PORT ?? 3100) + 60;
const ROOT = path.resolve(__dirname, "../..");
const MISSING = "cmissing0000000000000000x";

type Facts = AuthzFacts;

const ACCOUNTS = {
  "citizen A": DEMO.citizen,
  "citizen B": CITIZEN_B,
  desk: DEMO.desk,
  "pelaksana DINKES": DEMO.pelaksana,
  "pelaksana DIKBUD": PELAKSANA_DIKBUD,
  utama: DEMO.utama,
  atasan: DEMO.atasan,
  admin: DEMO.admin,
} as const;
type Who = "anonymous" | keyof typeof ACCOUNTS;
const WHO: Who[] = ["anonymous", ...(Object.keys(ACCOUNTS) as (keyof typeof ACCOUNTS)[])];

let instance: Instance;
let server: ChildProcess | undefined;
let facts: Facts;
const clients = new Map<Who, APIRequestContext>();

test.describe.configure({ mode: "serial", timeout: 10 * 60_000 });

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}
const routePath = (file: string) => "/" + path.relative(path.join(ROOT, "app"), path.dirname(file)).split(path.sep).filter((s) => !/^\(.*\)$/.test(s)).join("/");

function actorOf(who: Who): CaseActor | null {
  if (who === "anonymous") return null;
  const u = facts.users[ACCOUNTS[who]]!;
  return { role: u.role, userId: u.id, unitId: u.unitId };
}

/** The object behind each dynamic page or route: its id (or slug) and whether an actor may open it. */
const ktpFacts = (): AttachmentFacts => ({
  purpose: "KTP", uploadedById: null, dipEntry: null, consequenceTest: null,
  kase: { ...facts.ktp.kase, ownerUserIds: [facts.ktp.kase.requesterUserId!] },
});

/**
 * The object behind each dynamic page or route: its id (or slug), whether an actor may open it, and
 * (downloads) whether a refusal may say 403 because the actor already sees the case.
 */
function objects(): Record<string, { value: string; missing: string; may: (a: CaseActor) => boolean; refusedInsider?: (a: CaseActor) => boolean }> {
  const kase = (k: ScopedCase) => (a: CaseActor) => canAccessCase(a, k);
  return {
    "/kantor/permohonan/[id]": { value: facts.request.id, missing: MISSING, may: kase(facts.request) },
    "/kantor/keberatan/[id]": { value: facts.objection.id, missing: MISSING, may: kase(facts.objection.kase) },
    "/kantor/sengketa/[id]": { value: facts.dispute.id, missing: MISSING, may: kase(facts.dispute.kase) },
    "/kantor/dip/[id]": { value: facts.dipEntry.id, missing: MISSING, may: (a) => canManageUnitItem(a, "dip.view_drafts", facts.dipEntry.unitId) },
    "/kantor/pengaduan/[id]": { value: facts.complaint.id, missing: MISSING, may: () => true },
    "/kantor/uji-konsekuensi/[id]": { value: facts.consequenceTest.id, missing: MISSING, may: () => true },
    "/akun/permohonan/[nomor]": { value: numberToSlug(facts.request.number), missing: "999-PMH-PPID-KPG-2026", may: kase(facts.request) },
    // Citizen A's own objection: A opens it, everyone else (citizen B) is told it does not exist.
    "/akun/keberatan/[nomor]": { value: numberToSlug(facts.ownObjection.number), missing: "999-KBR-PPID-KPG-2026", may: kase(facts.ownObjection.kase) },
    "/api/kantor/sengketa/[id]/bundle": { value: facts.dispute.id, missing: MISSING, may: kase(facts.dispute.kase) },
    "/api/dokumen/[id]": {
      value: facts.ktp.id,
      missing: MISSING,
      may: (a) => attachmentAccess(ktpFacts(), a) !== "denied",
      refusedInsider: (a) => refusalStatus(ktpFacts(), a) === 403,
    },
    "/api/surat/[id]": { value: facts.letter.id, missing: MISSING, may: kase(facts.letter.kase) },
  };
}

async function signedIn(who: Who): Promise<APIRequestContext> {
  if (who === "anonymous") return requestContext.newContext({ baseURL: instance.baseURL });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox"] });
  const page = await browser.newPage({ baseURL: instance.baseURL });
  await page.goto("/masuk");
  await page.getByLabel("Email").fill(ACCOUNTS[who]);
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.waitForURL(/\/(akun|kantor)/);
  const state = await page.context().storageState();
  await browser.close();
  return requestContext.newContext({ baseURL: instance.baseURL, storageState: state });
}

test.beforeAll(async () => {
  test.setTimeout(10 * 60_000);
  instance = instanceFor(PORT, "authz");
  await prepare(instance);
  const printed = await runServerScript(instance, "tests/e2e/authz/prepare.ts");
  facts = JSON.parse(printed.trim().split("\n").pop()!) as Facts;
  server = await start(instance, PORT);
  for (const who of WHO) clients.set(who, await signedIn(who));
});

test.afterAll(async () => {
  for (const c of clients.values()) await c.dispose();
  if (server) await stop(server);
});

let address = 0;
/** Each request from another address, so the per-address limits (public APIs) do not answer 429. */
const anotherAddress = () => ({ "x-forwarded-for": `10.60.${(++address >> 8) & 255}.${address & 255}` });

type Outcome = "allowed" | "sign-in" | "forbidden" | "not found" | "refused";
const describe = (status: number, location: string | undefined): Outcome | string => {
  if (status === 200) return "allowed";
  if (status >= 300 && status < 400 && location?.startsWith("/masuk")) return "sign-in";
  if (status >= 300 && status < 400 && location?.startsWith("/terlarang")) return "forbidden";
  if (status === 404) return "not found";
  if (status === 401 || status === 403) return "refused";
  return `${status} ${location ?? ""}`;
};
const located = (h: Record<string, string>) => (h.location ? new URL(h.location, instance.baseURL).pathname : undefined);

test("every protected page answers each kind of user as the permission table says, and hides what is not theirs", async () => {
  // The page's gates, read from its source: requirePermission(p), then any further refusal to
  // /terlarang — "none of these permissions" or "a role that sees no cases".
  const pages = walk(path.join(ROOT, "app"))
    .filter((f) => f.endsWith("page.tsx"))
    .map((f) => {
      const source = readFileSync(f, "utf8");
      const anyOf = [...source.matchAll(/if \(!can\(user\.role, "[^\n]*redirect\("\/terlarang"\)/g)].map((m) => [...m[0].matchAll(/can\(user\.role, "([a-z_.]+)"\)/g)].map((c) => c[1] as Permission));
      const needsCases = /caseScopeFor\([^)]*\)\.kind === "none"\) redirect\("\/terlarang"\)/.test(source);
      return { route: routePath(f), gate: /requirePermission\("([a-z_.]+)"/.exec(source)?.[1] as Permission | undefined, anyOf, needsCases };
    })
    .filter((p): p is { route: string; gate: Permission; anyOf: Permission[][]; needsCases: boolean } => p.gate !== undefined);
  expect(pages.length).toBeGreaterThanOrEqual(30);
  const known = objects();
  const mismatches: string[] = [];
  for (const { route, gate, anyOf, needsCases } of pages) {
    expect(isPermission(gate), `${route}: ${gate} is not in the permission table`).toBe(true);
    const dynamic = /\[/.test(route);
    const object = known[route];
    expect(!dynamic || object, `${route}: dynamic page without an object in objects()`).toBeTruthy();
    for (const who of WHO) {
      const actor = actorOf(who);
      const expectFor = (exists: boolean): Outcome => {
        if (!actor) return "sign-in";
        if (!can(actor.role, gate)) return "forbidden";
        if (anyOf.some((perms) => !perms.some((p) => can(actor.role, p)))) return "forbidden";
        if (needsCases && caseScopeFor(actor).kind === "none") return "forbidden";
        if (!object) return "allowed";
        return exists && object.may(actor) ? "allowed" : "not found";
      };
      const tries: [string, boolean][] = object ? [[object.value, true], [object.missing, false]] : [["", true]];
      for (const [value, exists] of tries) {
        const url = route.replace(/\[[^\]]+\]/, encodeURIComponent(value));
        const res = await clients.get(who)!.get(url, { maxRedirects: 0, headers: anotherAddress() });
        const got = describe(res.status(), located(res.headers()));
        if (got !== expectFor(exists)) mismatches.push(`${who} ${url}: expected ${expectFor(exists)}, got ${got}`);
      }
    }
  }
  expect(mismatches).toEqual([]);
});

test("every route handler and download answers each kind of user as the permission table says; refusals of objects are 404", async () => {
  const routes = walk(path.join(ROOT, "app")).filter((f) => f.endsWith("route.ts"));
  const known = objects();
  // Open to everyone (public data, the session probe, health), or for the scheduler's token only.
  const PUBLIC = ["/api/v1/dip", "/api/v1/dip.csv", "/api/v1/deadline", "/statistik/csv", "/api/health", "/api/sesi"];
  const QUERY: Record<string, string> = { "/api/kantor/permohonan/export": "?format=csv", "/api/kantor/keberatan/ekspor": "?format=csv", "/api/kantor/laporan": "?format=xlsx", "/api/v1/deadline": "?rule=REQUEST_EXTENSION&start=2026-03-02" };
  const mismatches: string[] = [];
  for (const file of routes) {
    const route = routePath(file);
    if (route.startsWith("/api/auth/")) continue; // Auth.js's own endpoints (sign-in and sign-out forms)
    const source = readFileSync(file, "utf8");
    const gates = [...(/if \(!can\(user\.role, "[^"]+"\).*\)/.exec(source)?.[0] ?? "").matchAll(/can\(user\.role, "([a-z_.]+)"\)/g)].map((m) => m[1] as Permission);
    const object = known[route];
    const isJob = route.startsWith("/api/jobs/");
    expect(gates.length > 0 || object || isJob || PUBLIC.includes(route), `${route}: not classified (gate, object, job or public)`).toBeTruthy();
    const method = isJob ? "POST" : "GET";
    for (const who of WHO) {
      const actor = actorOf(who);
      const tries: [string, boolean][] = object ? [[object.value, true], [object.missing, false]] : [["", true]];
      for (const [value, exists] of tries) {
        const url = route.replace(/\[[^\]]+\]/, encodeURIComponent(value)) + (QUERY[route] ?? "");
        let expected: Outcome;
        if (isJob) expected = "refused";
        else if (PUBLIC.includes(route)) expected = "allowed";
        // A role the table refuses gets the same refusal for a missing and an existing object.
        else if (gates.length > 0 && (!actor || !gates.some((g) => can(actor.role, g)))) expected = "refused";
        else if (object && exists && actor && object.may(actor)) expected = "allowed";
        else if (object) expected = exists && actor && object.refusedInsider?.(actor) ? "refused" : "not found";
        else expected = "allowed";
        const res = await clients.get(who)!.fetch(url, { method, maxRedirects: 0, headers: { origin: instance.baseURL, ...anotherAddress() } });
        const got = describe(res.status(), located(res.headers()));
        // A gated export may refuse anonymous users with 401 and others with 403: both are "refused".
        if (got !== expected) mismatches.push(`${who} ${method} ${url}: expected ${expected}, got ${got}`);
      }
    }
  }
  expect(mismatches).toEqual([]);
});
