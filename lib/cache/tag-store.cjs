// Tag revocations shared by the Next.js cache handler and the app's services (one object per
// process, kept on globalThis so the handler Next loads and the app bundle see the same state).
// - Embedded database (PGlite, one instance): in memory.
// - PostgreSQL server: the table next_cache_tag, so a revocation on one instance reaches all;
//   each instance keeps a local copy refreshed every PPID_CACHE_TAG_POLL_MS (default 500 ms).
"use strict";

const KEY = Symbol.for("ppid.cache-tag-store");
const POLL_MS = Number(process.env.PPID_CACHE_TAG_POLL_MS || 500);

function isPostgresUrl(url) {
  return typeof url === "string" && /^postgres(ql)?:\/\//i.test(url);
}

function createMemoryStore() {
  const revoked = new Map();
  return {
    kind: "memory",
    async revoke(tags, at = Date.now()) {
      for (const tag of tags) revoked.set(tag, Math.max(revoked.get(tag) ?? 0, at));
    },
    latest(tags) {
      let max = 0;
      for (const tag of tags) max = Math.max(max, revoked.get(tag) ?? 0);
      return max;
    },
    async ready() {},
    async close() {},
  };
}

function createPostgresStore(url) {
  const { Pool } = require("pg");
  const pool = new Pool({ connectionString: url, max: 2 });
  pool.on("error", () => {});
  const local = createMemoryStore();
  let lastSeen = 0;
  let timer = null;
  let loading = null;

  async function refresh() {
    try {
      const { rows } = await pool.query(
        "SELECT tag, revoked_at FROM next_cache_tag WHERE revoked_at > $1",
        [String(Math.max(0, lastSeen - 5000))],
      );
      for (const r of rows) {
        const at = Number(r.revoked_at);
        await local.revoke([r.tag], at);
        lastSeen = Math.max(lastSeen, at);
      }
    } catch {
      // Keep serving with the last known state; a database outage shows up in /api/health.
    }
  }
  function start() {
    if (timer) return;
    loading = refresh();
    timer = setInterval(refresh, POLL_MS);
    timer.unref?.();
  }
  return {
    kind: "postgres",
    async revoke(tags, at = Date.now()) {
      if (tags.length === 0) return;
      await local.revoke(tags, at);
      // A lost revocation leaves other instances stale for a while; it must not undo the change
      // that caused it (the caller's transaction), so it is reported, not thrown.
      await pool.query(
        `INSERT INTO next_cache_tag (tag, revoked_at) SELECT t, $2 FROM unnest($1::text[]) AS t
         ON CONFLICT (tag) DO UPDATE SET revoked_at = GREATEST(next_cache_tag.revoked_at, EXCLUDED.revoked_at)`,
        [tags, String(at)],
      ).catch((error) => console.error("[cache] revocation not shared:", tags.join(","), error.message));
    },
    latest(tags) {
      start();
      return local.latest(tags);
    },
    async ready() {
      start();
      await loading;
    },
    /** Read the shared table now (tests; a request never waits for this). */
    refresh,
    async close() {
      if (timer) clearInterval(timer);
      timer = null;
      await pool.end().catch(() => {});
    },
  };
}

/** The store for this process, chosen by DATABASE_URL (never a database during `next build`). */
function getTagStore() {
  const g = globalThis;
  if (!g[KEY]) {
    const building = process.env.NEXT_PHASE === "phase-production-build";
    g[KEY] = !building && isPostgresUrl(process.env.DATABASE_URL)
      ? createPostgresStore(process.env.DATABASE_URL)
      : createMemoryStore();
  }
  return g[KEY];
}

module.exports = { getTagStore, createMemoryStore, createPostgresStore };
