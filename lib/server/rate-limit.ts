import "server-only";
import { headers } from "next/headers";
import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract, type RateLimiterRes } from "rate-limiter-flexible";
import { clientAddressFrom, PEER_HEADER } from "@/lib/server/client-address";
import { env } from "@/lib/server/env";
import { UserError } from "@/lib/server/errors";
import { resolveDatabaseUrl } from "@/scripts/pglite-lock.mjs";

// Brute-force and flood limits (OWASP ASVS 2.2.1, 11.1.4) with rate-limiter-flexible. On PostgreSQL
// the counters live in the database (table "rate_limit", made by the library), so every app instance
// sees the same counts; on the embedded PGlite (one instance) they are kept in memory.

type Spec = { points: number; duration: number; blockDuration?: number };

/** Points = attempts within `duration` seconds; the last one allowed starts a wait of `blockDuration` (or the rest of the window). */
export const LIMITS = {
  /** Failed sign-ins per account: 5 free, then a growing delay (signInDelaySeconds); the 10th locks for 15 min. */
  signInAccount: { points: 10, duration: 15 * 60, blockDuration: 15 * 60 },
  signInIp: { points: 50, duration: 15 * 60, blockDuration: 15 * 60 },
  /** Wrong number/code pairs (tracking page, letters, objections by code). */
  codeIp: { points: 20, duration: 10 * 60, blockDuration: 10 * 60 },
  codeNumber: { points: 10, duration: 60 * 60, blockDuration: 60 * 60 },
  registerIp: { points: 10, duration: 60 * 60 },
  /** "Kirim ulang tautan aktivasi": per address, and per e-mail typed (whether or not it has an account). */
  activationIp: { points: 10, duration: 60 * 60 },
  activationEmail: { points: 3, duration: 60 * 60 },
  publicFormIp: { points: 30, duration: 60 * 60 },
  publicApiIp: { points: 300, duration: 60 },
} as const satisfies Record<string, Spec>;
export type LimitName = keyof typeof LIMITS | "signInDelay";

export const SIGN_IN_FREE_FAILURES = 5;
/** After the 5th failure the next attempt waits 5 s, then 10, 20, 40, 80 s; the 10th locks. */
export function signInDelaySeconds(failures: number): number {
  return failures < SIGN_IN_FREE_FAILURES ? 0 : Math.min(5 * 2 ** (failures - SIGN_IN_FREE_FAILURES), 300);
}

type Store = { kind: "memory" } | { kind: "postgres"; pool: pg.Pool };
const state = globalThis as unknown as { ppidRateStore?: Store; ppidLimiters?: Map<string, RateLimiterAbstract> };

function store(): Store {
  if (!state.ppidRateStore) {
    const target = resolveDatabaseUrl({ DATABASE_URL: env().DATABASE_URL });
    state.ppidRateStore = target.kind === "postgres" ? { kind: "postgres", pool: loggedPool(target.url) } : { kind: "memory" };
  }
  return state.ppidRateStore;
}

/**
 * An idle connection the server ends (a restart, a terminated backend) emits "error" on its pool;
 * without a listener that is an uncaught exception that ends the whole process.
 */
export function loggedPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 3 });
  pool.on("error", (error) => console.error("[rate-limit] idle database connection lost:", error.message));
  return pool;
}

/** Tests choose the store (memory, or a pool on their throw-away PostgreSQL database). */
export function setRateLimitStoreForTests(next: Store | undefined): void {
  state.ppidRateStore = next;
  state.ppidLimiters = undefined;
}

function limiter(name: LimitName): RateLimiterAbstract {
  state.ppidLimiters ??= new Map();
  let found = state.ppidLimiters.get(name);
  if (!found) {
    const spec: Spec = name === "signInDelay" ? { points: 1, duration: 1 } : LIMITS[name];
    const s = store();
    const opts = { keyPrefix: name, points: spec.points, duration: spec.duration, blockDuration: spec.blockDuration ?? 0 };
    found =
      s.kind === "postgres"
        ? new RateLimiterPostgres({ ...opts, storeClient: s.pool, tableName: "rate_limit", clearExpiredByTimeout: true }, () => {})
        : new RateLimiterMemory(opts);
    state.ppidLimiters.set(name, found);
  }
  return found;
}

async function ready(l: RateLimiterAbstract): Promise<void> {
  // RateLimiterPostgres creates its table asynchronously after construction.
  const pgl = l as RateLimiterAbstract & { tableCreated?: boolean };
  for (let i = 0; l instanceof RateLimiterPostgres && !pgl.tableCreated && i < 100; i++) await new Promise((r) => setTimeout(r, 20));
}

export type Verdict = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Is `key` currently over the limit (or blocked)? Does not count anything. */
export async function checkLimit(name: LimitName, key: string): Promise<Verdict> {
  const l = limiter(name);
  await ready(l);
  const res = await l.get(key);
  // Every limit here has a window, so a record past its time (the memory store keeps it until its
  // timer fires) no longer counts.
  if (res && res.consumedPoints >= l.points && res.msBeforeNext > 0) return { ok: false, retryAfterSeconds: seconds(res) };
  return { ok: true };
}

/** Counts one attempt for `key`; the one that reaches the limit (and any after it) is refused and starts the wait. */
export async function hitLimit(name: LimitName, key: string): Promise<Verdict & { consumed: number }> {
  const l = limiter(name);
  await ready(l);
  try {
    const res = await l.consume(key);
    if (res.consumedPoints < l.points) return { ok: true, consumed: res.consumedPoints };
    const block = name === "signInDelay" ? 0 : (LIMITS[name] as Spec).blockDuration ?? 0;
    if (block > 0) {
      await l.block(key, block);
      return { ok: false, retryAfterSeconds: block, consumed: res.consumedPoints };
    }
    return { ok: false, retryAfterSeconds: seconds(res), consumed: res.consumedPoints };
  } catch (rejection) {
    if (rejection instanceof Error) throw rejection;
    const res = rejection as RateLimiterRes;
    return { ok: false, retryAfterSeconds: seconds(res), consumed: res.consumedPoints };
  }
}

/** Holds `key` for `secondsToWait` (the growing sign-in delay). */
export async function holdKey(name: LimitName, key: string, secondsToWait: number): Promise<void> {
  const l = limiter(name);
  await ready(l);
  await l.block(key, secondsToWait);
}

export async function clearKey(name: LimitName, key: string): Promise<void> {
  const l = limiter(name);
  await ready(l);
  await l.delete(key);
}

function seconds(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

/** The client's address as far as PPID_TRUSTED_PROXIES lets X-Forwarded-For speak (lib/server/client-address.ts). */
export function clientIpFrom(h: Headers): string {
  return clientAddressFrom({ peer: h.get(PEER_HEADER), forwardedFor: h.get("x-forwarded-for"), trustedProxies: env().PPID_TRUSTED_PROXIES });
}

export async function clientIp(): Promise<string> {
  return clientIpFrom(await headers());
}

/** "N detik" / "N menit", for the messages. */
export function waitText(secondsToWait: number): string {
  return secondsToWait < 90 ? `${secondsToWait} detik` : `${Math.ceil(secondsToWait / 60)} menit`;
}

/** 429 for route handlers: Indonesian text and Retry-After. */
export function tooManyResponse(retryAfterSeconds: number): Response {
  return new Response(`Terlalu banyak permintaan. Silakan coba lagi dalam ${waitText(retryAfterSeconds)}.`, {
    status: 429,
    headers: { "Retry-After": String(retryAfterSeconds), "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/**
 * Public forms (request, complaint, walk-in survey) share one budget per address: a flood of
 * anonymous submissions from one place is refused with the wait, before anything is stored.
 */
export async function limitPublicForm(what: string): Promise<void> {
  const limit = await hitLimit("publicFormIp", await clientIp());
  if (!limit.ok) throw new UserError("RATE_LIMITED", `Terlalu banyak ${what} dari alamat jaringan ini. Coba lagi dalam ${waitText(limit.retryAfterSeconds)}.`);
}

/** Per-IP gate for a route handler: null to go on, or the 429 to answer. */
export async function limitRequest(name: LimitName, request: Request): Promise<Response | null> {
  const verdict = await hitLimit(name, clientIpFrom(request.headers));
  return verdict.ok ? null : tooManyResponse(verdict.retryAfterSeconds);
}
