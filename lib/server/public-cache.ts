import "server-only";
import { unstable_cache } from "next/cache";
// eslint-disable-next-line @typescript-eslint/no-require-imports
import { getTagStore } from "@/lib/cache/tag-store.cjs";
import { isBuildPhase } from "@/lib/server/env";

// Public pages (Beranda, Profil, DIP, Statistik, …) are rendered once and served from the server
// cache (lib/cache/next-cache-handler.cjs) until a service revokes one of the tags their data
// carries. ONE helper for every cached read: `cachedPublicQuery`; ONE for every change:
// `invalidatePublicData`. Never put anything personal (session, a citizen's case) behind it.

/** What a public page shows, by the services that change it. */
export const PUBLIC_TAGS = {
  /** Office settings: name, contacts, hours, profile (settings service). */
  office: "public:office",
  /** Published DIP entries, their documents, units and years (DIP workflow services). */
  dip: "public:dip",
  /** Holidays and the working-day rules (calendar services). */
  calendar: "public:calendar",
  /**
   * Counts of requests, objections, closed cases. Not revoked by each case change (on a busy
   * register that would keep Beranda and Statistik out of the cache): they live
   * PUBLIC_STATS_MAX_AGE_SECONDS.
   */
  stats: "public:stats",
  /** Organisation units shown on Profil (staff/unit administration). */
  units: "public:units",
  /** Survey results and their follow-up (/survei/hasil: survey and follow-up services). */
  survey: "public:survey",
  /** The DIP compliance summary on Profil (mapping service; DIP changes carry "dip"). */
  compliance: "public:compliance",
} as const;

/**
 * How old the public counts (Beranda, Statistik) may be. A presentation choice of the portal, not
 * a rule of the law: the official figures are the yearly report's, drawn from the register itself.
 */
export const PUBLIC_STATS_MAX_AGE_SECONDS = 60;

/**
 * A change revoked from inside its transaction becomes visible only at the commit: renders until
 * then may still read the old data, so the revocation covers them too (transactions that touch
 * public data commit well within this).
 */
const COMMIT_GRACE_MS = 3000;

export type PublicTag = (typeof PUBLIC_TAGS)[keyof typeof PUBLIC_TAGS];

type Options<R> = {
  /** Unique name of the query (part of the cache key, with the arguments). */
  key: string;
  tags: PublicTag[];
  /** Also refresh after this many seconds (for time windows such as "the last 30 days"). */
  revalidate?: number;
  /**
   * What the page renders during `next build`, which has no database. That output is never served:
   * the cache handler drops build-time entries and the first request renders the real page.
   */
  atBuild: R;
};

const isBuild = isBuildPhase;

// unstable_cache stores JSON; Dates must come back as Dates.
function encode(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, k, v) {
    const original = this[k];
    return original instanceof Date ? { $date: original.toISOString() } : v;
  });
}
function decode<R>(text: string): R {
  return JSON.parse(text, (_k, v) => (v && typeof v === "object" && typeof v.$date === "string" && Object.keys(v).length === 1 ? new Date(v.$date) : v)) as R;
}

/** A read for a public page, cached under its tags (outside Next, e.g. in tests, it just runs). */
export function cachedPublicQuery<A extends unknown[], R>(options: Options<R>, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  const cached = unstable_cache(async (...args: A) => encode(await fn(...args)), [options.key], {
    tags: options.tags,
    revalidate: options.revalidate,
  });
  return async (...args: A) => {
    if (isBuild()) return options.atBuild;
    try {
      return decode<R>(await cached(...args));
    } catch (error) {
      // Outside a Next request (tests, scripts, jobs) there is no cache: read directly.
      if (error instanceof Error && error.message.includes("incrementalCache missing")) return fn(...args);
      throw error;
    }
  };
}

/**
 * Called by every service that changes what public pages show, after its transaction committed.
 * Works inside and outside a request (jobs, scripts); with several instances on PostgreSQL the
 * revocation is written to the shared table and reaches every instance.
 */
export async function invalidatePublicData(...tags: PublicTag[]): Promise<void> {
  await getTagStore().revoke(tags, Date.now());
}

/**
 * The same, from inside the transaction that makes the change (a helper every such service calls,
 * e.g. the DIP log writer): pages rendered until the commit is surely visible count as older.
 */
export async function invalidatePublicDataBeforeCommit(...tags: PublicTag[]): Promise<void> {
  await getTagStore().revoke(tags, Date.now() + COMMIT_GRACE_MS);
}
