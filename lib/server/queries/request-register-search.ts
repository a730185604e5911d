import "server-only";
import { normalizeNumber } from "@/lib/domain/numbering";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";

// The register at a million requests: a typed search uses an index whatever it is (a full number:
// the unique index; a bare sequence number: its index; words: the GIN full-text index), and counts
// stop at REGISTER_COUNT_CAP so no view counts the whole table. The words are searched in
// "RequestSearch" (requester name and request text as a stored vector, kept by a trigger: migration
// request_search_table), so the request rows themselves carry no full-text index.

/** Counts stop here; the page says "lebih dari …" and pages stop at the cap (bounded offset). */
export const REGISTER_COUNT_CAP = 2_000;
/** A word search considers at most this many of the newest matching requests. */
export const REGISTER_SEARCH_LIMIT = 5_000;

const SEARCH_WORK_MEM = "32MB";
// Prisma's default (2 s to get a connection, 5 s in all) failed a broad search read from a cold
// cache on a busy machine (10 s at a million requests); the register's reads take what they need.
const SEARCH_TX = { maxWait: 10_000, timeout: 30_000 };


/** "dinas kesehatan" → "dinas:* & kesehatan:*" (letters and digits only: nothing to inject). */
export function prefixTsQuery(q: string): string | null {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.slice(0, 8) ?? [];
  return words.length === 0 ? null : words.map((w) => `${w}:*`).join(" & ");
}

/**
 * The register rows the search matches; `matched`: how many they are, when the search is a word
 * search alone (no number, no bare sequence): the ids found are then exactly the matches, and the
 * register need not count them again (a capped count over 5,000 ids took 90–130 ms at a million).
 */
export type RequestSearch = { where: Prisma.InformationRequestWhereInput; matched: number | null };

export async function requestSearch(q: string): Promise<RequestSearch> {
  const number = normalizeNumber(q);
  if (number) return { where: { number }, matched: null };
  const or: Prisma.InformationRequestWhereInput[] = [];
  if (/^\d{1,6}$/.test(q.trim())) or.push({ sequence: Number(q.trim()) });
  const tsQuery = prefixTsQuery(q);
  if (tsQuery) {
    // A prefix query gathers each word's matches in a bitmap bounded by work_mem; a common word
    // (1 request in 8 at a million) overflows the default 4 MB, the bitmap turns lossy and every
    // row of its pages is checked again (then by recomputing the vector; broad search at 1M: 1.0–1.4 s
    // → 0.25–0.4 s on the loaded bench machine). Raised for this statement only.
    const [, rows] = await db().$transaction([
      db().$executeRaw`SELECT set_config('work_mem', ${SEARCH_WORK_MEM}, true)`,
      db().$queryRaw<{ id: string }[]>`
        SELECT "requestId" AS "id" FROM "RequestSearch"
        WHERE "vector" @@ to_tsquery('simple'::regconfig, ${tsQuery})
        ORDER BY "submittedAt" DESC LIMIT ${REGISTER_SEARCH_LIMIT}::int`,
    ], SEARCH_TX);
    or.push({ id: { in: rows.map((r) => r.id) } });
    if (or.length === 1) return { where: or[0], matched: rows.length };
  }
  return { where: or.length === 0 ? { id: { in: [] } } : { OR: or }, matched: null };
}
