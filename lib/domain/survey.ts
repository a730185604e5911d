// The respondent profile and the reporting periods of the Survei Kepuasan Masyarakat
// (Permenpan RB 14/2017, Lampiran: kuesioner — umur, jenis kelamin, pendidikan, pekerjaan; all
// optional here, the survey is anonymous). Periods: the office reports per semester (setting of
// this office's SOP; the regulation requires at least one survey a year, Pasal 1(1)).

import { formatLocalDate, type LocalDate } from "./local-date";

export const AGE_GROUPS = { "U_LT_20": "Di bawah 20 tahun", "U_20_29": "20–29 tahun", "U_30_39": "30–39 tahun", "U_40_49": "40–49 tahun", "U_50_59": "50–59 tahun", "U_GE_60": "60 tahun ke atas" } as const;
export const GENDERS = { L: "Laki-laki", P: "Perempuan" } as const;
export const EDUCATIONS = { SD: "SD", SMP: "SMP", SMA: "SMA/sederajat", D123: "D1/D2/D3", S1: "D4/S1", S2: "S2", S3: "S3" } as const;
export const OCCUPATIONS = { PNS: "PNS", TNI: "TNI", POLRI: "POLRI", SWASTA: "Pegawai swasta", WIRAUSAHA: "Wirausaha", PELAJAR: "Pelajar/mahasiswa", LAINNYA: "Lainnya" } as const;

export type AgeGroup = keyof typeof AGE_GROUPS;
export type Gender = keyof typeof GENDERS;
export type Education = keyof typeof EDUCATIONS;
export type Occupation = keyof typeof OCCUPATIONS;

export const PROFILE_FIELDS = [
  { field: "ageGroup", label: "Kelompok umur", options: AGE_GROUPS },
  { field: "gender", label: "Jenis kelamin", options: GENDERS },
  { field: "education", label: "Pendidikan terakhir", options: EDUCATIONS },
  { field: "occupation", label: "Pekerjaan", options: OCCUPATIONS },
] as const;

export type ProfileField = (typeof PROFILE_FIELDS)[number]["field"];

export const SURVEY_SUGGESTION_MAX = 2000;

export type SurveyHalf = 1 | 2;

export const HALF_LABELS: Record<SurveyHalf, string> = { 1: "Semester I (Januari–Juni)", 2: "Semester II (Juli–Desember)" };

/** The office-local dates a period covers, inclusive; no half = the whole year. */
export function surveyPeriodRange(year: number, half?: SurveyHalf | null): { from: LocalDate; to: LocalDate } {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Tahun tidak valid: ${year}`);
  if (half === 1) return { from: formatLocalDate(year, 1, 1), to: formatLocalDate(year, 6, 30) };
  if (half === 2) return { from: formatLocalDate(year, 7, 1), to: formatLocalDate(year, 12, 31) };
  return { from: formatLocalDate(year, 1, 1), to: formatLocalDate(year, 12, 31) };
}

export function periodLabel(year: number, half?: SurveyHalf | null): string {
  return half ? `${HALF_LABELS[half]} ${year}` : `Tahun ${year}`;
}
