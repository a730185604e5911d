// Next.js server cache handler (next.config `cacheHandler`) for pages and unstable_cache data.
// Entries stay in this process's memory (bounded, least recently used out first); tag revocations
// come from lib/cache/tag-store.cjs, shared through PostgreSQL when several instances run.
// Build-time prerenders are never stored or served: the build has no database, so its output for
// database-backed pages is a placeholder, and the first request after start renders the real page.
"use strict";

const { getTagStore } = require("./tag-store.cjs");

const MAX_ENTRIES = Number(process.env.PPID_CACHE_MAX_ENTRIES || 2000);
const MAX_BYTES = Number(process.env.PPID_CACHE_MAX_MB || 128) * 1024 * 1024;
// An entry is as old as the render that produced it: Next asks `get` (a miss) right before it
// renders, so the handler notes that moment per key, and `set` stamps the entry with it. An entry is
// stale when one of its tags was revoked at or after that moment (a render that began after the
// revocation read the changed data; one that began before may not have, even if it finished
// after). A `set` with no miss noted (a background refresh of a time-limited entry) counts as
// begun RACE_WINDOW_MS before it was stored.
const RACE_WINDOW_MS = 3000;
const MAX_PENDING = 10000;
const STORE_KEY = Symbol.for("ppid.next-cache-entries");

const building = () => process.env.NEXT_PHASE === "phase-production-build";

function entries() {
  const g = globalThis;
  g[STORE_KEY] ??= { map: new Map(), bytes: 0, pending: new Map() };
  return g[STORE_KEY];
}

function tagsOf(data, ctx) {
  const header = data?.headers?.["x-next-cache-tags"];
  const fromHeader = typeof header === "string" ? header.split(",") : [];
  return [...new Set([...fromHeader, ...(ctx?.tags ?? [])])].filter(Boolean);
}

function sizeOf(data) {
  if (!data) return 64;
  let n = 256;
  if (typeof data.html === "string") n += data.html.length;
  if (data.rscData?.length) n += data.rscData.length;
  if (data.body?.length) n += data.body.length;
  if (data.segmentData instanceof Map) for (const v of data.segmentData.values()) n += v?.length ?? 0;
  if (data.kind === "FETCH") n += JSON.stringify(data.data ?? null).length;
  return n;
}

/** A miss: the caller renders next, from now on (the earliest outstanding render is kept). */
function miss(store, key) {
  if (!store.pending.has(key)) {
    if (store.pending.size >= MAX_PENDING) store.pending.delete(store.pending.keys().next().value);
    store.pending.set(key, Date.now());
  }
  return null;
}

class PpidCacheHandler {
  constructor() {
    this.tags = getTagStore();
  }

  async get(key, ctx) {
    const store = entries();
    const entry = store.map.get(key);
    if (!entry) return miss(store, key);
    const tags = [...entry.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
    if (this.tags.latest(tags) >= entry.lastModified) {
      store.map.delete(key);
      store.bytes -= entry.size;
      return miss(store, key);
    }
    // Least recently used goes first: re-insert on every hit.
    store.map.delete(key);
    store.map.set(key, entry);
    return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
  }

  async set(key, data, ctx) {
    if (building()) return;
    const store = entries();
    const old = store.map.get(key);
    if (old) {
      store.map.delete(key);
      store.bytes -= old.size;
    }
    // The earliest render of this key still under way began then (several may run at once).
    const begun = store.pending.get(key);
    store.pending.delete(key);
    if (!data) return;
    const tags = tagsOf(data, ctx);
    const lastModified = begun ?? Date.now() - RACE_WINDOW_MS;
    const size = sizeOf(data);
    store.map.set(key, { value: data, tags, lastModified, cacheControl: ctx?.cacheControl, size });
    store.bytes += size;
    while (store.map.size > MAX_ENTRIES || store.bytes > MAX_BYTES) {
      const [oldestKey, oldest] = store.map.entries().next().value;
      store.map.delete(oldestKey);
      store.bytes -= oldest.size;
    }
  }

  async revalidateTag(tags) {
    const list = typeof tags === "string" ? [tags] : tags;
    // Every revalidation here expires at once: a published entry must show on the next request.
    await this.tags.revoke(list, Date.now());
  }

  resetRequestCache() {}
}

module.exports = PpidCacheHandler;
