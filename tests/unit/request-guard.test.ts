import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkUrl, hasForbiddenControl, isPlausibleActionReply, isSameOrigin, safeReturnPath } from "@/lib/domain/request-guard";
import { contentSecurityPolicy, isStaticHtmlPath } from "@/lib/domain/security-headers";

describe("safeReturnPath (where sign-in sends people back to)", () => {
  it.each([
    ["/\t/evil.example/x"],
    ["/\n/evil.example"],
    ["/\r\n/evil.example"],
    ["//evil.example"],
    ["/\\evil.example"],
    ["/\\/evil.example"],
    ["https://evil.example/"],
    ["javascript:alert(1)"],
    [""],
    ["kantor"],
  ])("refuses %j", (url) => {
    expect(safeReturnPath(url)).toBeNull();
  });

  it("keeps a same-site path with its query", () => {
    expect(safeReturnPath("/kantor/permohonan?status=BARU")).toBe("/kantor/permohonan?status=BARU");
  });

  it("never yields anything a browser would read as another host", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (tail) => {
        const out = safeReturnPath(`/${tail}`);
        if (out === null) return;
        expect(new URL(out, "http://portal.test").host).toBe("portal.test");
        expect(out).not.toMatch(/[\u0000-\u001f\\]/);
      }),
    );
  });
});

describe("checkUrl (the proxy's first gate)", () => {
  it("refuses repeated parameters, NUL and other control characters, broken escapes", () => {
    expect(checkUrl("/lacak", "?nomor=a&nomor=b&kode=ABCDEFGH").ok).toBe(false);
    expect(checkUrl("/informasi-publik", "?q=%00").ok).toBe(false);
    expect(checkUrl("/api/dokumen/%00", "").ok).toBe(false);
    expect(checkUrl("/masuk", "?callbackUrl=/%09/evil.example/x").ok).toBe(false);
    expect(checkUrl("/x", "?q=%E0%A4%A").ok).toBe(false);
    expect(checkUrl("/x", `?q=${"a".repeat(3000)}`).ok).toBe(false);
  });

  it("lets ordinary searches through, unicode and HTML included", () => {
    expect(checkUrl("/informasi-publik", "?q=anggaran+2026&kategori=BERKALA&halaman=2").ok).toBe(true);
    expect(checkUrl("/informasi-publik", `?q=${encodeURIComponent("pengadaan <b>jalan</b> 'x' ✓ ñ")}`).ok).toBe(true);
    expect(checkUrl("/", "").ok).toBe(true);
  });
});

describe("form fields and origins", () => {
  it("allows tabs and line breaks in fields but not NUL or escape", () => {
    expect(hasForbiddenControl("baris satu\r\nbaris\tdua")).toBe(false);
    expect(hasForbiddenControl("a\u0000b")).toBe(true);
    expect(hasForbiddenControl("\u001b[31m")).toBe(true);
  });

  it("compares the Origin with the host the request was sent to", () => {
    expect(isSameOrigin("http://localhost:3000", "localhost:3000")).toBe(true);
    expect(isSameOrigin("https://evil.example", "localhost:3000")).toBe(false);
    expect(isSameOrigin("null", "localhost:3000")).toBe(false);
  });
});

describe("content security policy", () => {
  it("uses the nonce and never unsafe-inline for scripts on ordinary pages", () => {
    const csp = contentSecurityPolicy({ nonce: "abc", https: true, dev: false });
    const script = csp.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(script).toContain("'nonce-abc'");
    expect(script).not.toContain("unsafe-inline");
    expect(script).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("upgrade-insecure-requests");
  });

  it("keeps pages behind sign-in, forms and tracking off the nonce-free list", () => {
    for (const p of ["/kantor", "/kantor/permohonan", "/akun", "/lacak", "/masuk", "/daftar", "/permohonan/ajukan", "/informasi-publik"]) {
      expect(isStaticHtmlPath(p)).toBe(false);
    }
  });
});

describe("isPlausibleActionReply (the arguments of a server-action call)", () => {
  it("accepts what the portal's forms send: (state, FormData), (FormData), no arguments", () => {
    for (const root of ['[null,"$K1"]', '["$K1"]', "[]", '[{"ok":false,"message":"x","fieldErrors":"$undefined","values":{"nik":"$$1"}},"$K1"]', '["$D2026-03-02T00:00:00.000Z","$n12",-1,"$NaN"]']) {
      expect(isPlausibleActionReply(root), root).toBe(true);
    }
  });

  it("refuses broken JSON, a non-array root and references to parts a form never sends", () => {
    for (const root of ["", "[", '"$Q1"', "{}", "null", '["$Q1"]', '[null,"$@1"]', '[{"a":"$1"}]', '["$F1"]', '["$B2"]', '["$nx"]']) {
      expect(isPlausibleActionReply(root), root).toBe(false);
    }
  });

  it("never throws, whatever the text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => typeof isPlausibleActionReply(text) === "boolean"));
    fc.assert(fc.property(fc.json(), (json) => typeof isPlausibleActionReply(json) === "boolean"));
  });
});
