import { describe, expect, it } from "vitest";
import { formatFileSize, formatLegalBasis, formatOfficeDateTimeCsv, formatOfficeDateTimeId, safeLink } from "@/lib/domain/dip-format";
import { dipQueryString, effectiveSort, parseDipQueryStrict } from "@/lib/schemas/dip-query";

describe("public catalogue formatting", () => {
  it("writes the publication moment in the office zone, Indonesian style", () => {
    const instant = new Date("2026-01-12T00:15:00Z");
    expect(formatOfficeDateTimeId(instant, "Asia/Makassar")).toBe("12 Januari 2026 pukul 08.15 WITA");
    expect(formatOfficeDateTimeId(instant, "Asia/Jakarta")).toBe("12 Januari 2026 pukul 07.15 WIB");
    expect(formatOfficeDateTimeId(new Date("2026-01-11T23:30:00Z"), "Asia/Jayapura")).toBe("12 Januari 2026 pukul 08.30 WIT");
    expect(formatOfficeDateTimeCsv(instant, "Asia/Makassar")).toBe("2026-01-12 08:15");
  });

  it("sizes files in KB and MB with a decimal comma", () => {
    expect(formatFileSize(500)).toBe("500 bita");
    expect(formatFileSize(850 * 1024)).toBe("850 KB");
    expect(formatFileSize(1_572_864)).toBe("1,5 MB");
  });

  it("names the legal basis: Pasal 17 letters joined in Indonesian, then other laws", () => {
    expect(formatLegalBasis(["h"], null)).toEqual(["Pasal 17 huruf h UU 14/2008"]);
    expect(formatLegalBasis(["h", "b"], "UU 27/2022")).toEqual(["Pasal 17 huruf b dan h UU 14/2008", "UU 27/2022"]);
    expect(formatLegalBasis(["a", "c", "B", "z"], " ")).toEqual(["Pasal 17 huruf a, b, dan c UU 14/2008"]);
    expect(formatLegalBasis([], "Perpres 16/2018")).toEqual(["Perpres 16/2018"]);
  });

  it("renders only http(s) and site-relative links", () => {
    expect(safeLink("https://jdih.kupangkota.go.id/perda")).toBe("https://jdih.kupangkota.go.id/perda");
    expect(safeLink("/profil")).toBe("/profil");
    for (const bad of ["javascript:alert(1)", "//evil.example", "data:text/html,x", "", null]) expect(safeLink(bad)).toBeNull();
  });
});

describe("catalogue query string", () => {
  it("reports the first bad parameter by its URL name and accepts English aliases", () => {
    expect(parseDipQueryStrict(new URLSearchParams("category=setiap_saat&year=2025&sort=title&page=3"))).toEqual({
      ok: true,
      query: { category: "SETIAP_SAAT", year: 2025, sort: "judul", page: 3, pageSize: 20 },
    });
    const bad = parseDipQueryStrict(new URLSearchParams("kategori=DIKECUALIKAN"));
    expect(bad.ok ? null : bad.error.parameter).toBe("kategori");
    expect(parseDipQueryStrict(new URLSearchParams("kategori=&tahun=&q=")).ok).toBe(true); // empty GET-form fields
  });

  it("sorts by relevance only when there is a search term", () => {
    expect(effectiveSort({ q: "anggaran" })).toBe("relevansi");
    expect(effectiveSort({})).toBe("terbaru");
    expect(effectiveSort({ sort: "relevansi" })).toBe("terbaru");
    expect(effectiveSort({ q: "x", sort: "judul" })).toBe("judul");
  });

  it("builds shareable URLs without defaults", () => {
    expect(dipQueryString({ q: "anggaran daerah", category: "BERKALA", page: 1 })).toBe("?q=anggaran+daerah&kategori=BERKALA");
    expect(dipQueryString({ page: 2, year: 2025 })).toBe("?tahun=2025&halaman=2");
    expect(dipQueryString({ page: 1 })).toBe("");
  });
});
