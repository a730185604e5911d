// Survei Kepuasan Masyarakat (SKM) and its index (IKM), Permenpan RB No. 14 Tahun 2017, Lampiran.
// Nine elements U1–U9 (columns u1..u9 of SurveyResponse), each scored 1–4.
//   NRR per element   = sum of its scores / respondents who answered it
//   weight            = 1 / number of elements (Lampiran: "bobot nilai rata-rata tertimbang =
//                       jumlah bobot / jumlah unsur = 1 / X"), exactly 1/9 — NOT 0,111: with 0,111
//                       a mean of 3,5324 gives 88,22 (B) instead of 88,31 (A)
//   IKM               = Σ (NRR × weight) × 25, i.e. the mean of the NRRs × 25 (25–100 scale)
// Grades (nilai interval konversi): A 88,31–100 Sangat Baik; B 76,61–88,30 Baik;
// C 65,00–76,60 Kurang Baik; D 25,00–64,99 Tidak Baik.
//
// Element order. Columns u1..u9 follow the regulation's list of elements, huruf a–i (so u8 = h,
// penanganan pengaduan; u9 = i, sarana dan prasarana). The questionnaire in the Lampiran asks them
// in a different order: its question 8 is about sarana dan prasarana and question 9 about
// penanganan pengaduan. So:  Q1→u1  Q2→u2  Q3→u3  Q4→u4  Q5→u5  Q6→u6  Q7→u7  Q8→u9  Q9→u8.
// IKM_QUESTIONS below is in questionnaire order and names its column; forms show it in that order.
//
// Exact arithmetic: nothing is rounded in between; the IKM is a fraction of integers (BigInt), rounded
// half-up to two decimals once, and the grade is read from the rounded value (88,305 → 88,31 → A).
// Unanswered elements: a respondent may leave an element blank; its NRR divides by those who
// answered it. An element nobody answered has no NRR and is left out, and the weight becomes
// 1 / (elements with an NRR) — the Lampiran's 1 / X over the elements actually measured.
// Zero respondents (or no answer at all): no index.

export const IKM_ELEMENTS = [
  { key: "u1", name: "Persyaratan" },
  { key: "u2", name: "Sistem, mekanisme, dan prosedur" },
  { key: "u3", name: "Waktu penyelesaian" },
  { key: "u4", name: "Biaya/tarif" },
  { key: "u5", name: "Produk spesifikasi jenis pelayanan" },
  { key: "u6", name: "Kompetensi pelaksana" },
  { key: "u7", name: "Perilaku pelaksana" },
  { key: "u8", name: "Penanganan pengaduan, saran, dan masukan" },
  { key: "u9", name: "Sarana dan prasarana" },
] as const;

export type IkmElementKey = (typeof IKM_ELEMENTS)[number]["key"];

export type IkmQuestion = { number: number; key: IkmElementKey; text: string; answers: readonly [string, string, string, string] };

/** The questionnaire of the Lampiran, in its order; answers a–d score 1–4. */
export const IKM_QUESTIONS: readonly IkmQuestion[] = [
  { number: 1, key: "u1", text: "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?", answers: ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"] },
  { number: 2, key: "u2", text: "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?", answers: ["Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"] },
  { number: 3, key: "u3", text: "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?", answers: ["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"] },
  { number: 4, key: "u4", text: "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?", answers: ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"] },
  { number: 5, key: "u5", text: "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?", answers: ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"] },
  { number: 6, key: "u6", text: "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?", answers: ["Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"] },
  { number: 7, key: "u7", text: "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?", answers: ["Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"] },
  { number: 8, key: "u9", text: "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?", answers: ["Buruk", "Cukup", "Baik", "Sangat baik"] },
  { number: 9, key: "u8", text: "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?", answers: ["Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"] },
];

/** One respondent's scores (1 … 4), null or absent for an element left unanswered. */
export type IkmResponse = Partial<Record<IkmElementKey, number | null>>;

export const IKM_CONVERSION = 25;

export type IkmGrade = "A" | "B" | "C" | "D";

/** Lower bound of each grade (inclusive), highest first. */
export const IKM_GRADES: readonly { grade: IkmGrade; min: number; max: number; performance: string }[] = [
  { grade: "A", min: 88.31, max: 100, performance: "Sangat Baik" },
  { grade: "B", min: 76.61, max: 88.3, performance: "Baik" },
  { grade: "C", min: 65, max: 76.6, performance: "Kurang Baik" },
  { grade: "D", min: 25, max: 64.99, performance: "Tidak Baik" },
];

export type IkmElementResult = {
  key: IkmElementKey;
  name: string;
  sum: number;
  /** Respondents who answered this element. */
  answered: number;
  /** Null when nobody answered it. */
  nrr: number | null;
  /** NRR × weight; null when nobody answered it. */
  weighted: number | null;
};

export type IkmResult = {
  respondents: number;
  elements: IkmElementResult[];
  /** 1 / (elements with an NRR); null without any. */
  weight: number | null;
  /** Two decimals; null without an answer. */
  ikm: number | null;
  grade: IkmGrade | null;
  performance: string | null;
};

export function isValidScore(score: unknown): score is number {
  return typeof score === "number" && Number.isInteger(score) && score >= 1 && score <= 4;
}

/** The grade of an IKM value, read at two decimals (half-up); below 25 (impossible from 1–4 scores) is D. */
export function ikmGrade(ikm: number): { grade: IkmGrade; performance: string } {
  if (!Number.isFinite(ikm) || ikm < 0 || ikm > 100) throw new RangeError(`Nilai IKM harus 0–100: ${ikm}`);
  const hundredths = Math.round(ikm * 100 + 1e-7);
  const found = IKM_GRADES.find((band) => hundredths >= Math.round(band.min * 100)) ?? IKM_GRADES[IKM_GRADES.length - 1]!;
  return { grade: found.grade, performance: found.performance };
}

export function computeIkm(responses: readonly IkmResponse[]): IkmResult {
  const respondents = responses.length;
  const sums = IKM_ELEMENTS.map(() => 0);
  const counts = IKM_ELEMENTS.map(() => 0);
  for (const [index, response] of responses.entries()) {
    IKM_ELEMENTS.forEach(({ key, name }, i) => {
      const score = response[key];
      if (score === null || score === undefined) return;
      if (!isValidScore(score)) {
        throw new RangeError(`Nilai unsur "${name}" pada responden ke-${index + 1} harus 1 sampai 4: ${String(score)}`);
      }
      sums[i]! += score;
      counts[i]! += 1;
    });
  }
  const measured = counts.filter((count) => count > 0).length;
  const weight = measured === 0 ? null : 1 / measured;
  const elements = IKM_ELEMENTS.map(({ key, name }, i): IkmElementResult => {
    const sum = sums[i]!;
    const answered = counts[i]!;
    if (answered === 0 || weight === null) return { key, name, sum, answered, nrr: null, weighted: null };
    const nrr = sum / answered;
    return { key, name, sum, answered, nrr, weighted: nrr / measured };
  });
  if (measured === 0) return { respondents, elements, weight, ikm: null, grade: null, performance: null };
  const ikm = roundedIkm(sums, counts, measured);
  return { respondents, elements, weight, ikm, ...ikmGrade(ikm) };
}

/**
 * IKM × 100 = 2500 / k × Σ sᵢ / cᵢ over the k measured elements, as one fraction a / b of
 * integers, rounded half-up: ⌊(2a + b) / 2b⌋.
 */
function roundedIkm(sums: number[], counts: number[], measured: number): number {
  let numerator = 0n;
  let denominator = 1n;
  sums.forEach((sum, i) => {
    const count = BigInt(counts[i]!);
    if (count === 0n) return;
    numerator = numerator * count + BigInt(sum) * denominator;
    denominator *= count;
  });
  const a = 2500n * numerator;
  const b = BigInt(measured) * denominator;
  return Number((2n * a + b) / (2n * b)) / 100;
}

/** Answer index (0–3) → score 1–4, and the label of a score for a question. */
export function answerLabel(key: IkmElementKey, score: number): string | null {
  const question = IKM_QUESTIONS.find((q) => q.key === key);
  if (!question || !isValidScore(score)) return null;
  return question.answers[score - 1]!;
}
