import { z } from "zod";
import { isValidLocalDate } from "@/lib/domain/calendar";
import { CONSEQUENCE_CONCLUSIONS } from "@/lib/domain/dip-workflow";
import { PASAL_17_LETTERS, type Pasal17Letter } from "@/lib/domain/pasal-17";

const text = (label: string, min: number, max: number) =>
  z
    .string({ message: `${label} wajib diisi.` })
    .trim()
    .min(min, `${label} minimal ${min} karakter.`)
    .max(max, `${label} terlalu panjang (maksimal ${max} karakter).`);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Maksimal ${max} karakter.`)
    .transform((v) => v || undefined)
    .optional();

const localDate = (label: string) =>
  z
    .string({ message: `${label} wajib diisi.` })
    .trim()
    .refine((v) => isValidLocalDate(v), `${label} harus tanggal yang benar (HH/BB/TTTT).`);

// Checkboxes are separate fields (pasal17_a … pasal17_j): the action wrapper reads the form with
// Object.fromEntries, which would keep only one value of a repeated name.
const letterFields = Object.fromEntries(PASAL_17_LETTERS.map((l) => [`pasal17_${l}`, z.string().optional()])) as Record<
  `pasal17_${Pasal17Letter}`,
  z.ZodOptional<z.ZodString>
>;

/** UU 14/2008 Pasal 2(4), 17, 19: the consequence test and its decision (docs/domain.md, DIP). */
export const ZConsequenceTestInput = z
  .object({
    information: text("Informasi yang diuji", 5, 500),
    ...letterFields,
    otherLegalBasis: optionalText(500),
    consequences: text("Konsekuensi bila dibuka", 10, 4000),
    publicInterest: text("Pertimbangan kepentingan publik", 10, 4000),
    conclusion: z.enum(CONSEQUENCE_CONCLUSIONS, { message: "Pilih kesimpulan uji konsekuensi." }),
    exemptionPeriod: optionalText(300),
    exemptUntil: z
      .string()
      .trim()
      .transform((v) => v || undefined)
      .refine((v) => v === undefined || isValidLocalDate(v), "Tanggal akhir pengecualian tidak valid.")
      .optional(),
    participants: text("Peserta uji konsekuensi", 3, 1000),
    decisionNumber: text("Nomor SK penetapan", 3, 120),
    decisionDate: localDate("Tanggal SK"),
    sheet: z.unknown().optional(),
  })
  .transform(({ sheet, ...rest }) => {
    const pasal17Letters = PASAL_17_LETTERS.filter((l) => rest[`pasal17_${l}`] !== undefined && rest[`pasal17_${l}`] !== "");
    const fields = Object.fromEntries(Object.entries(rest).filter(([k]) => !k.startsWith("pasal17_"))) as Omit<
      typeof rest,
      `pasal17_${Pasal17Letter}`
    >;
    const result: typeof fields & { pasal17Letters: Pasal17Letter[]; sheet?: unknown } = { ...fields, pasal17Letters, sheet };
    return result;
  })
  // UU 14/2008 Pasal 17 huruf a–j, or another law (huruf j names it): an exemption needs a basis.
  .refine((v) => v.conclusion === "OPEN" || v.pasal17Letters.length > 0 || v.otherLegalBasis !== undefined, {
    path: ["pasal17Letters"],
    message: "Pilih sedikitnya satu huruf Pasal 17 atau tuliskan dasar hukum lain.",
  })
  // UU 14/2008 Pasal 20(1): the exemptions of Pasal 17 a–f are not permanent; for g–j a period
  // rests on the consequence test (Pasal 2(4), 19). The test states one either way.
  .refine((v) => v.conclusion === "OPEN" || v.exemptionPeriod !== undefined || v.exemptUntil !== undefined, {
    path: ["exemptionPeriod"],
    message: "Tuliskan jangka waktu pengecualian atau tanggal berakhirnya.",
  });
export type TConsequenceTestInput = z.infer<typeof ZConsequenceTestInput>;

export const ZUpdateConsequenceTestInput = z
  .object({ testId: z.string().min(1) })
  .and(ZConsequenceTestInput);
export type TUpdateConsequenceTestInput = z.infer<typeof ZUpdateConsequenceTestInput>;
