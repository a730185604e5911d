import { z } from "zod";
import { IKM_ELEMENTS, type IkmElementKey } from "@/lib/domain/ikm";
import { AGE_GROUPS, EDUCATIONS, GENDERS, OCCUPATIONS, SURVEY_SUGGESTION_MAX } from "@/lib/domain/survey";

// The survey form (Permenpan RB 14/2017): nine radio groups u1..u9 ("1".."4", or absent when left
// blank), the optional profile, a comment; the token of a closed request or, walk-in, the unit.

const score = z
  .enum(["1", "2", "3", "4"], { message: "Pilih salah satu dari empat jawaban." })
  .optional()
  .transform((v) => (v ? Number(v) : null));

const optionalChoice = <T extends Record<string, string>>(options: T, label: string) =>
  z
    .preprocess(
      (v) => (v === "" ? undefined : v),
      z.enum(Object.keys(options) as [keyof T & string, ...(keyof T & string)[]], { message: `${label} tidak dikenal.` }).optional(),
    )
    .transform((v) => v ?? null);

const scores = Object.fromEntries(IKM_ELEMENTS.map(({ key }) => [key, score])) as Record<IkmElementKey, typeof score>;

export const ZSubmitSurveyInput = z
  .object({
    ...scores,
    ageGroup: optionalChoice(AGE_GROUPS, "Kelompok umur"),
    gender: optionalChoice(GENDERS, "Jenis kelamin"),
    education: optionalChoice(EDUCATIONS, "Pendidikan"),
    occupation: optionalChoice(OCCUPATIONS, "Pekerjaan"),
    suggestion: z
      .string()
      .trim()
      .max(SURVEY_SUGGESTION_MAX, `Saran terlalu panjang (maksimal ${SURVEY_SUGGESTION_MAX} karakter).`)
      .optional()
      .transform((v) => v || null),
    token: z.string().max(80, "Tautan survei tidak valid.").optional().transform((v) => v || null),
    unitId: z.string().max(40, "Unit tidak dikenal.").optional().transform((v) => v || null),
  })
  .refine((input) => IKM_ELEMENTS.some(({ key }) => input[key] !== null), {
    message: "Jawab sedikitnya satu pertanyaan survei.",
    path: ["u1"],
  });
export type TSubmitSurveyInput = z.output<typeof ZSubmitSurveyInput>;

export const ZSurveyFollowUpInput = z.object({
  year: z.coerce.number({ message: "Tahun tidak valid." }).int("Tahun tidak valid.").min(2000, "Tahun tidak valid.").max(2100, "Tahun tidak valid."),
  half: z.enum(["1", "2"], { message: "Pilih semester." }).transform((v) => Number(v) as 1 | 2),
  text: z.string({ message: "Tindak lanjut wajib diisi." }).trim().min(10, "Tindak lanjut minimal 10 karakter.").max(4000, "Tindak lanjut terlalu panjang (maksimal 4000 karakter)."),
});
export type TSurveyFollowUpInput = z.output<typeof ZSurveyFollowUpInput>;

export const ZSurveyResultsQuery = z.object({
  tahun: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  semester: z.enum(["1", "2"]).optional().catch(undefined).transform((v) => (v ? (Number(v) as 1 | 2) : null)),
  unit: z.string().max(40).optional().catch(undefined),
});
