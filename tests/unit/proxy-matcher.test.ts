import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { isStaticHtmlPath, STATIC_HTML_PATHS, STATIC_HTML_QUERY_PAGES } from "@/lib/domain/security-headers";
import { DIP_QUERY_NAMES } from "@/lib/schemas/dip-query";
import { config } from "@/proxy";

// The cached pages skip the proxy (their headers come from next.config headers()) only when nothing
// is sent to them; every other page, every post and every odd path still passes the gate.
const matches = (url: string, headers?: Record<string, string>) => unstable_doesMiddlewareMatch({ config, url, headers });
const cached = STATIC_HTML_PATHS.map((p) => (p.endsWith("/*") ? `${p.slice(0, -1)}DIP-001` : p));

describe("proxy matcher", () => {
  it("leaves out every cached page (STATIC_HTML_PATHS) on a plain visit, query string or not", () => {
    for (const p of cached) {
      expect(matches(p), p).toBe(false);
      expect(matches(`${p}?x=%3Cscript%3E`), p).toBe(false);
    }
  });

  it("runs for a post or an action call to a cached page", () => {
    for (const p of cached) {
      expect(matches(p, { "content-type": "multipart/form-data; boundary=x" }), p).toBe(true);
      expect(matches(p, { "next-action": "0".repeat(42) }), p).toBe(true);
    }
  });

  it("runs for every other page, API and odd path", () => {
    for (const p of ["/lacak", "/masuk", "/kantor", "/akun", "/permohonan/ajukan", "/api/v1/dip", "/kalkulator-hari-kerja/x", "/informasi-publik/daftar/x", "/profil/x", "/profilx", "/informasi-publik/%00", "/informasi-publik/a%20b", "/informasi-publik/DIP-001/x", "/survei", "/statistik/2025"]) {
      expect(matches(p), p).toBe(true);
    }
  });

  it("leaves out the plain catalogue and the calculator's empty form, but not a search or a question", () => {
    for (const p of ["/informasi-publik", "/informasi-publik?utm_source=x", "/kalkulator-hari-kerja", "/kalkulator-hari-kerja?_rsc=1"]) expect(matches(p), p).toBe(false);
    for (const page of STATIC_HTML_QUERY_PAGES) {
      for (const key of page.keys) expect(matches(`${page.path}?${key}=1`), `${page.path}?${key}`).toBe(true);
      expect(matches(`${page.path}?x=1&${page.keys[1]}=2`), page.path).toBe(true);
      // An empty field ("?q=&kategori=", a GET form sent blank) means "any": the plain page, as the
      // rewrite's `missing` also sees it (Next treats an empty value as absent in both).
      expect(matches(`${page.path}?${page.keys[0]}=`), page.path).toBe(false);
      expect(matches(page.path, { "content-type": "application/x-www-form-urlencoded" }), page.path).toBe(true);
    }
    expect(matches("/informasi-publik?q=anggaran&halaman=2")).toBe(true);
    expect(matches("/kalkulator-hari-kerja?aturan=REQUEST_RESPONSE&tanggal=2026-03-17")).toBe(true);
  });

  it("never runs for build assets", () => {
    expect(matches("/_next/static/chunks/app.js")).toBe(false);
  });
});

describe("the pages the matcher leaves out", () => {
  it("are exactly the cached pages that get their headers from next.config", () => {
    const literal = String(config.matcher[0]);
    const names = /\(\?!\(\?:([^)]*)\)\$\)/.exec(literal)![1].split("|");
    const listed = names.map((n) => (n.startsWith("informasi-publik/") ? "/informasi-publik/*" : `/${n}`));
    expect([...listed].sort()).toEqual([...STATIC_HTML_PATHS, ...STATIC_HTML_QUERY_PAGES.map((p) => p.path)].sort());
    for (const entry of config.matcher.slice(1, 3)) expect((entry as { source: string }).source).toBe(`/:page(${names.join("|")})`);
    // The rest: one entry per query key of the pages whose plain visit is cached.
    const byKey = config.matcher.slice(3).map((e) => {
      const entry = e as { source: string; has: { type: string; key: string }[] };
      expect(entry.has).toHaveLength(1);
      expect(entry.has[0].type).toBe("query");
      return `${entry.source}?${entry.has[0].key}`;
    });
    expect(byKey).toEqual(STATIC_HTML_QUERY_PAGES.flatMap((p) => p.keys.map((k) => `${p.path}?${k}`)));
  });

  it("list every query name the catalogue reads, so no search is ever served from the cache", () => {
    const catalogue = STATIC_HTML_QUERY_PAGES.find((p) => p.path === "/informasi-publik")!;
    expect([...catalogue.keys].sort()).toEqual([...DIP_QUERY_NAMES].sort());
    expect(STATIC_HTML_PATHS).toContain("/kalkulator-hari-kerja/formulir");
    expect(isStaticHtmlPath(catalogue.twin)).toBe(true);
  });

  it("give the nonce policy to a search, the nonce-free one to the plain visit", () => {
    expect(isStaticHtmlPath("/informasi-publik", new URLSearchParams(""))).toBe(true);
    expect(isStaticHtmlPath("/informasi-publik", new URLSearchParams("q=anggaran"))).toBe(false);
    expect(isStaticHtmlPath("/informasi-publik")).toBe(false);
    expect(isStaticHtmlPath("/kalkulator-hari-kerja", new URLSearchParams("tanggal=2026-01-02"))).toBe(false);
  });
});
