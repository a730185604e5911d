// The DIP compliance checklist (UU 14/2008 Pasal 9–11) and its status rule.

import { describe, expect, it } from "vitest";
import { addMonths, checkItem, complianceItem, COMPLIANCE_ITEMS, summarize } from "@/lib/domain/dip-compliance";

const budget = complianceItem("B05")!;
const dip = complianceItem("T01")!;

describe("compliance checklist", () => {
  it("holds every kind the law names, with unique codes and an article each", () => {
    expect(new Set(COMPLIANCE_ITEMS.map((i) => i.code)).size).toBe(COMPLIANCE_ITEMS.length);
    for (const item of COMPLIANCE_ITEMS) expect(item.article).toMatch(/^UU 14\/2008 Pasal (9|10|11)/);
    for (const letter of ["a", "b", "c", "d"]) expect(COMPLIANCE_ITEMS.some((i) => i.article.includes(`Pasal 9 ayat (2) huruf ${letter}`))).toBe(true);
    for (const letter of "abcdefgh") expect(COMPLIANCE_ITEMS.some((i) => i.article.includes(`Pasal 11 ayat (1) huruf ${letter}`))).toBe(true);
    expect(COMPLIANCE_ITEMS.filter((i) => i.category === "BERKALA").every((i) => i.periodMonths === 6)).toBe(true);
    const titles = COMPLIANCE_ITEMS.map((i) => i.title.toLowerCase()).join(" | ");
    for (const word of ["program", "realisasi anggaran", "neraca", "pengadaan", "laporan akses"]) expect(titles).toContain(word);
  });
});

describe("checkItem", () => {
  it("is missing without a published mapped entry", () => {
    expect(checkItem(budget, [], "2026-12-01").status).toBe("MISSING");
    expect(checkItem(budget, [{ unitId: "u", published: false, lastUpdated: "2026-11-01" }], "2026-12-01").status).toBe("MISSING");
  });

  it("turns a berkala item stale the day after its six months run out", () => {
    const entries = [
      { unitId: "u", published: true, lastUpdated: "2025-12-31" },
      { unitId: "u", published: true, lastUpdated: "2026-06-01" },
    ];
    expect(checkItem(budget, entries, "2026-12-01")).toEqual({ status: "PRESENT", lastUpdated: "2026-06-01", dueBy: "2026-12-01" });
    expect(checkItem(budget, entries, "2026-12-02")).toMatchObject({ status: "STALE", dueBy: "2026-12-01" });
  });

  it("never makes an item without a period stale", () => {
    expect(checkItem(dip, [{ unitId: "u", published: true, lastUpdated: "2019-01-01" }], "2026-12-01")).toEqual({ status: "PRESENT", lastUpdated: "2019-01-01", dueBy: null });
  });

  it("adds months with the day clamped to the month's end", () => {
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28");
    expect(addMonths("2027-08-31", 6)).toBe("2028-02-29");
    expect(addMonths("2026-12-15", 6)).toBe("2027-06-15");
  });

  it("summarizes per category", () => {
    const s = summarize([
      { item: budget, check: { status: "STALE", lastUpdated: null, dueBy: null } },
      { item: dip, check: { status: "PRESENT", lastUpdated: null, dueBy: null } },
    ]);
    expect(s.BERKALA).toEqual({ PRESENT: 0, STALE: 1, MISSING: 0, total: 1 });
    expect(s.SETIAP_SAAT.PRESENT).toBe(1);
  });
});
