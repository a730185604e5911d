import { createRequire } from "node:module";
import { beforeEach, describe, expect, it } from "vitest";

// The server cache handler (lib/cache/next-cache-handler.cjs) decides what a visitor gets: a page
// whose tag was revoked must never be served again, and nothing is stored during `next build`.
const require = createRequire(import.meta.url);
const Handler = require("../../lib/cache/next-cache-handler.cjs");
const { getTagStore } = require("../../lib/cache/tag-store.cjs");

const page = (html: string, tags: string) => ({ kind: "APP_PAGE", html, rscData: Buffer.from(html), headers: { "x-next-cache-tags": tags }, status: 200 });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("server cache handler", () => {
  beforeEach(() => {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for("ppid.next-cache-entries")];
    delete (globalThis as Record<symbol, unknown>)[Symbol.for("ppid.cache-tag-store")];
    delete process.env.NEXT_PHASE;
  });

  it("serves a stored page until one of its tags is revoked, then never again", async () => {
    const h = new Handler();
    await h.set("/route-cache/APP_PAGE/x/$/", page("<p>lama</p>", "public:dip,_N_T_/layout"), {});
    expect((await h.get("/route-cache/APP_PAGE/x/$/", { kind: "APP_PAGE" }))?.value.html).toBe("<p>lama</p>");
    await sleep(2);
    await getTagStore().revoke(["public:office"]);
    expect(await h.get("/route-cache/APP_PAGE/x/$/", { kind: "APP_PAGE" })).not.toBeNull();
    await getTagStore().revoke(["public:dip"]);
    expect(await h.get("/route-cache/APP_PAGE/x/$/", { kind: "APP_PAGE" })).toBeNull();
  });

  it("revalidatePath's soft tags and unstable_cache's tags count too", async () => {
    const h = new Handler();
    await h.set("k1", { kind: "FETCH", data: { body: "1" }, revalidate: 60 }, { tags: ["public:stats"] });
    await h.set("k2", page("<p>x</p>", "_N_T_/layout,_N_T_/profil"), {});
    await sleep(2);
    await h.revalidateTag(["_N_T_/layout"]);
    expect(await h.get("k2", { kind: "APP_PAGE" })).toBeNull();
    expect(await h.get("k1", { kind: "FETCH", tags: ["public:stats"], softTags: [] })).not.toBeNull();
    await h.revalidateTag("public:stats");
    expect(await h.get("k1", { kind: "FETCH", tags: ["public:stats"], softTags: [] })).toBeNull();
  });

  it("a page stored right after a revocation of its tag counts as older (its render may predate the change)", async () => {
    const h = new Handler();
    await getTagStore().revoke(["public:dip"]);
    await h.set("k", page("<p>mungkin lama</p>", "public:dip"), {});
    expect(await h.get("k", { kind: "APP_PAGE" })).toBeNull();
  });

  it("caches a render that began after the last revocation, even a moment after it (a busy register)", async () => {
    const h = new Handler();
    await getTagStore().revoke(["public:dip"]);
    await sleep(2);
    expect(await h.get("k", { kind: "APP_PAGE" })).toBeNull(); // the miss: Next renders now
    await h.set("k", page("<p>baru</p>", "public:dip"), {});
    expect((await h.get("k", { kind: "APP_PAGE" }))?.value.html).toBe("<p>baru</p>");
  });

  it("never serves a render that began before a revocation and was stored after it", async () => {
    const h = new Handler();
    expect(await h.get("k", { kind: "APP_PAGE" })).toBeNull();
    await sleep(2);
    await getTagStore().revoke(["public:dip"]); // the change commits while the page renders
    await sleep(2);
    await h.set("k", page("<p>lama</p>", "public:dip"), {});
    expect(await h.get("k", { kind: "APP_PAGE" })).toBeNull();
    // The next render began after the revocation: that one is kept.
    await h.set("k", page("<p>baru</p>", "public:dip"), {});
    expect((await h.get("k", { kind: "APP_PAGE" }))?.value.html).toBe("<p>baru</p>");
  });

  it("a revocation from inside a transaction also covers renders until its commit", async () => {
    const h = new Handler();
    await getTagStore().revoke(["public:dip"], Date.now() + 3000);
    expect(await h.get("k", { kind: "APP_PAGE" })).toBeNull();
    await h.set("k", page("<p>mungkin lama</p>", "public:dip"), {});
    expect(await h.get("k", { kind: "APP_PAGE" })).toBeNull();
  });

  it("stores nothing during next build (its pages are placeholders without a database)", async () => {
    process.env.NEXT_PHASE = "phase-production-build";
    const h = new Handler();
    await h.set("k", page("<p>build</p>", "public:dip"), {});
    delete process.env.NEXT_PHASE;
    expect(await h.get("k", { kind: "APP_PAGE" })).toBeNull();
  });

  it("keeps memory bounded: the least recently used entry goes first", async () => {
    process.env.PPID_CACHE_MAX_ENTRIES = "2";
    try {
      const Fresh = require("../../lib/cache/next-cache-handler.cjs");
      delete require.cache[require.resolve("../../lib/cache/next-cache-handler.cjs")];
      const Bounded = require("../../lib/cache/next-cache-handler.cjs");
      expect(Fresh).not.toBe(Bounded);
      const h = new Bounded();
      await h.set("a", page("a", "t"), {});
      await h.set("b", page("b", "t"), {});
      await h.get("a", { kind: "APP_PAGE" });
      await h.set("c", page("c", "t"), {});
      expect(await h.get("b", { kind: "APP_PAGE" })).toBeNull();
      expect(await h.get("a", { kind: "APP_PAGE" })).not.toBeNull();
      expect(await h.get("c", { kind: "APP_PAGE" })).not.toBeNull();
    } finally {
      delete process.env.PPID_CACHE_MAX_ENTRIES;
      delete require.cache[require.resolve("../../lib/cache/next-cache-handler.cjs")];
    }
  });
});
