import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { STATIC_HTML_PATHS } from "@/lib/domain/security-headers";
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
    for (const p of ["/lacak", "/masuk", "/kantor", "/akun", "/informasi-publik", "/permohonan/ajukan", "/kalkulator-hari-kerja", "/api/v1/dip", "/profil/x", "/profilx", "/informasi-publik/%00", "/informasi-publik/a%20b", "/informasi-publik/DIP-001/x", "/survei", "/statistik/2025"]) {
      expect(matches(p), p).toBe(true);
    }
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
    expect([...listed].sort()).toEqual([...STATIC_HTML_PATHS].sort());
    for (const entry of config.matcher.slice(1)) expect((entry as { source: string }).source).toBe(`/:page(${names.join("|")})`);
  });
});
