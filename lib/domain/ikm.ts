// Survei Kepuasan Masyarakat (SKM) and its index (IKM), Permenpan RB No. 14 Tahun 2017.
// Nine elements U1–U9 (columns u1..u9 of SurveyResponse), each scored 1–4.
//   NRR per element      = sum of its scores / respondents
//   weighted NRR         = NRR × 0,111 (the regulation's weight, ≈ 1/9)
//   IKM                  = Σ weighted NRR × 25 (converted to a 25–100 scale; with 0,111 the top is 99,90)
// Grades (konversi IKM): A 88,31–100 Sangat Baik; B 76,61–88,30 Baik; C 65,00–76,60 Kurang Baik;
// D 25,00–64,99 Tidak Baik.
// Settled here: the element order follows the regulation's list (h = penanganan pengaduan, i =
// sarana dan prasarana). Nothing is rounded in between; the IKM is rounded half-up to two
// decimals with exact integer arithmetic (IKM = 2,775 × total of all scores / respondents), and
// the grade is read from the rounded value, so 88,305 → 88,31 → A. Zero respondents: no index.

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

/** One respondent's scores (1 tidak baik/sesuai … 4 sangat baik/sesuai). */
export type IkmResponse = Record<IkmElementKey, number>;

export const IKM_WEIGHT = 0.111;
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
  /** Null with zero respondents. */
  nrr: number | null;
  weighted: number | null;
};

export type IkmResult = {
  respondents: number;
  elements: IkmElementResult[];
  /** Two decimals; null with zero respondents. */
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
  const sums = new Map<IkmElementKey, number>(IKM_ELEMENTS.map((element) => [element.key, 0]));
  for (const [index, response] of responses.entries()) {
    for (const { key, name } of IKM_ELEMENTS) {
      const score = response[key];
      if (!isValidScore(score)) {
        throw new RangeError(`Nilai unsur "${name}" pada responden ke-${index + 1} harus 1 sampai 4: ${String(score)}`);
      }
      sums.set(key, sums.get(key)! + score);
    }
  }
  const elements = IKM_ELEMENTS.map(({ key, name }): IkmElementResult => {
    const sum = sums.get(key)!;
    if (respondents === 0) return { key, name, sum, nrr: null, weighted: null };
    const nrr = sum / respondents;
    return { key, name, sum, nrr, weighted: nrr * IKM_WEIGHT };
  });
  if (respondents === 0) return { respondents, elements, ikm: null, grade: null, performance: null };
  const total = [...sums.values()].reduce((a, b) => a + b, 0);
  // IKM × 100 = 0,111 × 25 × 100 × total / n = 2775 × total / (10 n); half-up: ⌊(2a + b) / 2b⌋.
  const a = 2775 * total;
  const b = 10 * respondents;
  const ikm = Math.floor((2 * a + b) / (2 * b)) / 100;
  return { respondents, elements, ikm, ...ikmGrade(ikm) };
}
