// Survei Kepuasan Masyarakat (Permenpan RB 14/2017): NRR, weight 1/9, IKM and grades.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeIkm, IKM_ELEMENTS, IKM_QUESTIONS, ikmGrade, type IkmResponse } from "@/lib/domain/ikm";

function respondent(...scores: (number | null)[]): IkmResponse {
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
    // Weighted (× 1/9): 3,50/9 = 0,38888…; 3,00/9 = 0,33333…
    // Σ weighted = (8 × 3,5 + 3) / 9 = 31/9 = 3,44444…; IKM = 31/9 × 25 = 775/9 = 86,1111… → 86,11 → B.
    // (With the old weight 0,111: 3,441 × 25 = 86,025 — a different number.)
    const result = computeIkm([
      same(4),
      same(3),
      respondent(4, 3, 4, 3, 4, 3, 4, 3, 4),
      respondent(3, 4, 3, 2, 3, 4, 3, 4, 3),
    ]);
    expect(result.respondents).toBe(4);
    expect(result.weight).toBe(1 / 9);
    expect(result.elements.map((e) => e.sum)).toEqual([14, 14, 14, 12, 14, 14, 14, 14, 14]);
    expect(result.elements[3]).toMatchObject({ key: "u4", name: "Biaya/tarif", nrr: 3, answered: 4 });
    expect(result.elements[0]!.nrr).toBe(3.5);
    expect(result.elements[0]!.weighted).toBeCloseTo(3.5 / 9, 12);
    expect(result.elements.reduce((sum, e) => sum + e.weighted!, 0)).toBeCloseTo(31 / 9, 12);
    expect(result).toMatchObject({ ikm: 86.11, grade: "B", performance: "Baik" });
  });

  it("a mean of exactly 3,5324 is 88,31 and grade A (0,111 would have given 88,22, B)", () => {
    // 2500 respondents: 1331 answer 4 to every element, 1169 answer 3.
    // Sum per element = 1331 × 4 + 1169 × 3 = 5324 + 3507 = 8831; NRR = 8831 / 2500 = 3,5324.
    // Σ NRR × 1/9 = 3,5324; × 25 = 88,31 exactly → A, "Sangat Baik".
    // Old weight: 9 × 3,5324 × 0,111 × 25 = 88,2219… → 88,22 → B.
    const responses = [...Array(1331).fill(same(4)), ...Array(1169).fill(same(3))];
    const result = computeIkm(responses);
    expect(result.elements.every((e) => e.sum === 8831 && e.nrr === 3.5324)).toBe(true);
    expect(result).toMatchObject({ respondents: 2500, ikm: 88.31, grade: "A", performance: "Sangat Baik" });
    // One respondent fewer on the 4 side and the index drops under the A band.
    const lower = computeIkm([...Array(1330).fill(same(4)), ...Array(1170).fill(same(3))]);
    expect(lower).toMatchObject({ ikm: 88.3, grade: "B" });
  });

  it("scales from all-4 (100) to all-1 (25)", () => {
    expect(computeIkm([same(4)])).toMatchObject({ ikm: 100, grade: "A", performance: "Sangat Baik" });
    expect(computeIkm([same(3), same(3)])).toMatchObject({ ikm: 75, grade: "C", performance: "Kurang Baik" });
    expect(computeIkm([same(2)])).toMatchObject({ ikm: 50, grade: "D", performance: "Tidak Baik" });
    expect(computeIkm([same(1)])).toMatchObject({ ikm: 25, grade: "D" });
  });

  it("rounds half-up on the exact fraction", () => {
    // Three respondents, U1 = 4, 4, 3 (NRR 11/3), every other element 4 (NRR 4):
    // IKM = 25 × (11/3 + 32) / 9 = 25 × 107 / 27 = 99,0740… → 99,07.
    expect(computeIkm([same(4), same(4), respondent(3, 4, 4, 4, 4, 4, 4, 4, 4)]).ikm).toBe(99.07);
    // Two respondents, U1 = 4 and 1 (NRR 2,5), others 4: 25 × (2,5 + 32) / 9 = 95,8333… → 95,83.
    expect(computeIkm([same(4), respondent(1, 4, 4, 4, 4, 4, 4, 4, 4)]).ikm).toBe(95.83);
  });

  it("handles zero respondents without dividing by zero", () => {
    const result = computeIkm([]);
    expect(result).toMatchObject({ respondents: 0, weight: null, ikm: null, grade: null, performance: null });
    expect(result.elements).toHaveLength(9);
    for (const element of result.elements) expect(element).toMatchObject({ sum: 0, answered: 0, nrr: null, weighted: null });
  });

  it("divides an element by those who answered it; an element nobody answered is left out", () => {
    // R1 answers everything with 4; R2 leaves U9 blank and answers the rest with 2.
    // NRR: U1..U8 = (4+2)/2 = 3; U9 = 4/1 = 4. IKM = 25 × (8 × 3 + 4) / 9 = 700/9 = 77,777… → 77,78 → B.
    const partial = computeIkm([same(4), respondent(2, 2, 2, 2, 2, 2, 2, 2, null)]);
    expect(partial.elements[8]).toMatchObject({ key: "u9", sum: 4, answered: 1, nrr: 4 });
    expect(partial.elements[0]).toMatchObject({ sum: 6, answered: 2, nrr: 3 });
    expect(partial).toMatchObject({ respondents: 2, ikm: 77.78, grade: "B" });

    // Nobody answers U4 (a free service): weight 1/8 over the other eight.
    // NRR 3,5 on each of the eight → IKM = 3,5 × 25 = 87,5 → B.
    const noFee = computeIkm([respondent(4, 4, 4, null, 4, 4, 4, 4, 4), respondent(3, 3, 3, undefined as never, 3, 3, 3, 3, 3)]);
    expect(noFee.weight).toBe(1 / 8);
    expect(noFee.elements[3]).toMatchObject({ answered: 0, nrr: null, weighted: null });
    expect(noFee).toMatchObject({ ikm: 87.5, grade: "B" });

    // Respondents who answered nothing: counted, but there is no index.
    expect(computeIkm([respondent()])).toMatchObject({ respondents: 1, ikm: null, grade: null });
  });

  it("rejects scores outside 1–4, in Indonesian", () => {
    expect(() => computeIkm([same(4), respondent(4, 4, 4, 4, 5, 4, 4, 4, 4)])).toThrow(
      'Nilai unsur "Produk spesifikasi jenis pelayanan" pada responden ke-2 harus 1 sampai 4: 5',
    );
    expect(() => computeIkm([respondent(0, 1, 1, 1, 1, 1, 1, 1, 1)])).toThrow(RangeError);
    expect(() => computeIkm([respondent(2.5, 1, 1, 1, 1, 1, 1, 1, 1)])).toThrow(RangeError);
  });

  it("lists the nine elements in the regulation's order and maps the questionnaire onto them", () => {
    expect(IKM_ELEMENTS.map((e) => e.key)).toEqual(["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"]);
    expect(IKM_ELEMENTS[7]!.name).toBe("Penanganan pengaduan, saran, dan masukan");
    expect(IKM_ELEMENTS[8]!.name).toBe("Sarana dan prasarana");
    // Questionnaire: Q8 sarana dan prasarana → u9, Q9 penanganan pengaduan → u8; each element once.
    expect(IKM_QUESTIONS.map((q) => q.key)).toEqual(["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u9", "u8"]);
    expect(IKM_QUESTIONS[7]!.text).toMatch(/sarana dan prasarana/);
    expect(IKM_QUESTIONS[8]!.text).toMatch(/penanganan pengaduan/);
    for (const q of IKM_QUESTIONS) expect(q.answers).toHaveLength(4);
  });

  it("equals the textbook formula Σ NRR × 1/9 × 25 to the rounding (property)", () => {
    const score = fc.integer({ min: 1, max: 4 });
    const response = fc.tuple(score, score, score, score, score, score, score, score, score).map((s) => respondent(...s));
    fc.assert(
      fc.property(fc.array(response, { minLength: 1, maxLength: 60 }), (responses) => {
        const result = computeIkm(responses);
        const textbook = result.elements.reduce((sum, e) => sum + (e.sum / responses.length) * (1 / 9), 0) * 25;
        expect(Math.abs(result.ikm! - textbook)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(result.ikm!).toBeGreaterThanOrEqual(25);
        expect(result.ikm!).toBeLessThanOrEqual(100);
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
