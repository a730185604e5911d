// Survei Kepuasan Masyarakat (Permenpan RB 14/2017): NRR, weighted NRR, IKM and grades.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeIkm, IKM_ELEMENTS, ikmGrade, type IkmResponse } from "@/lib/domain/ikm";

function respondent(...scores: number[]): IkmResponse {
  return Object.fromEntries(IKM_ELEMENTS.map(({ key }, i) => [key, scores[i]])) as IkmResponse;
}

const same = (score: number) => respondent(...Array(9).fill(score));

describe("computeIkm", () => {
  it("worked example, computed by hand", () => {
    // Four respondents (U1..U9):
    //   R1: 4 4 4 4 4 4 4 4 4   R2: 3 3 3 3 3 3 3 3 3
    //   R3: 4 3 4 3 4 3 4 3 4   R4: 3 4 3 2 3 4 3 4 3
    // Sums per element: U4 = 4+3+3+2 = 12, every other element 14.
    // NRR: U4 = 12/4 = 3,00; the others 14/4 = 3,50.
    // Weighted: 3,50 × 0,111 = 0,3885 (eight times: 3,108); 3,00 × 0,111 = 0,333.
    // Σ weighted = 3,441; IKM = 3,441 × 25 = 86,025 → 86,03 (half-up) → B, "Baik".
    // (Naive Math.round(86.025 * 100) / 100 gives 86,02: floating point is not used for it.)
    const result = computeIkm([
      same(4),
      same(3),
      respondent(4, 3, 4, 3, 4, 3, 4, 3, 4),
      respondent(3, 4, 3, 2, 3, 4, 3, 4, 3),
    ]);
    expect(result.respondents).toBe(4);
    expect(result.elements.map((e) => e.sum)).toEqual([14, 14, 14, 12, 14, 14, 14, 14, 14]);
    expect(result.elements[3]).toMatchObject({ key: "u4", name: "Biaya/tarif", nrr: 3 });
    expect(result.elements[0]!.nrr).toBe(3.5);
    expect(result.elements[0]!.weighted).toBeCloseTo(0.3885, 10);
    expect(result.elements.reduce((sum, e) => sum + e.weighted!, 0)).toBeCloseTo(3.441, 10);
    expect(result).toMatchObject({ ikm: 86.03, grade: "B", performance: "Baik" });
  });

  it("scales from all-4 to all-1", () => {
    // 4 × 9 × 0,111 × 25 = 99,90; 3 → 74,925 → 74,93; 2 → 49,95; 1 → 24,975 → 24,98.
    expect(computeIkm([same(4)])).toMatchObject({ ikm: 99.9, grade: "A", performance: "Sangat Baik" });
    expect(computeIkm([same(3), same(3)])).toMatchObject({ ikm: 74.93, grade: "C", performance: "Kurang Baik" });
    expect(computeIkm([same(2)])).toMatchObject({ ikm: 49.95, grade: "D", performance: "Tidak Baik" });
    expect(computeIkm([same(1)])).toMatchObject({ ikm: 24.98, grade: "D" });
  });

  it("handles zero respondents without dividing by zero", () => {
    const result = computeIkm([]);
    expect(result).toMatchObject({ respondents: 0, ikm: null, grade: null, performance: null });
    expect(result.elements).toHaveLength(9);
    for (const element of result.elements) expect(element).toMatchObject({ sum: 0, nrr: null, weighted: null });
  });

  it("rejects scores outside 1–4, in Indonesian", () => {
    expect(() => computeIkm([same(4), respondent(4, 4, 4, 4, 5, 4, 4, 4, 4)])).toThrow(
      'Nilai unsur "Produk spesifikasi jenis pelayanan" pada responden ke-2 harus 1 sampai 4: 5',
    );
    expect(() => computeIkm([respondent(0, 1, 1, 1, 1, 1, 1, 1, 1)])).toThrow(RangeError);
    expect(() => computeIkm([respondent(2.5, 1, 1, 1, 1, 1, 1, 1, 1)])).toThrow(RangeError);
    expect(() => computeIkm([{ u1: 1 } as IkmResponse])).toThrow(RangeError);
  });

  it("lists the nine elements of the regulation in order", () => {
    expect(IKM_ELEMENTS.map((e) => e.key)).toEqual(["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"]);
    expect(IKM_ELEMENTS[7]!.name).toBe("Penanganan pengaduan, saran, dan masukan");
    expect(IKM_ELEMENTS[8]!.name).toBe("Sarana dan prasarana");
  });

  it("agrees with the textbook formula to the rounding (property)", () => {
    const score = fc.integer({ min: 1, max: 4 });
    const response = fc.tuple(score, score, score, score, score, score, score, score, score).map((s) => respondent(...s));
    fc.assert(
      fc.property(fc.array(response, { minLength: 1, maxLength: 60 }), (responses) => {
        const result = computeIkm(responses);
        const textbook = result.elements.reduce((sum, e) => sum + (e.sum / responses.length) * 0.111, 0) * 25;
        expect(Math.abs(result.ikm! - textbook)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(result.ikm!).toBeGreaterThanOrEqual(24.98);
        expect(result.ikm!).toBeLessThanOrEqual(99.9);
        expect(result.grade).toBe(ikmGrade(result.ikm!).grade);
      }),
    );
  });
});

describe("ikmGrade", () => {
  it.each([
    [100, "A"], [88.31, "A"], [88.305, "A"], [88.3, "B"], [76.61, "B"], [76.6, "C"], [65, "C"], [64.99, "D"], [25, "D"], [0, "D"],
  ] as const)("%s → %s", (value, grade) => {
    expect(ikmGrade(value).grade).toBe(grade);
  });

  it("rejects impossible values", () => {
    expect(() => ikmGrade(Number.NaN)).toThrow(RangeError);
    expect(() => ikmGrade(100.01)).toThrow(RangeError);
  });
});
