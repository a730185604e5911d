import { z } from "zod";
import { checkbox } from "./text-field";
import { HANDOVER_METHODS } from "@/lib/domain/handover";
import { PASAL_17_LETTERS, type Pasal17Letter } from "@/lib/domain/pasal-17";

// The forms of the request case page (/kantor/permohonan/[id]): one schema per action. The
// services check everything again (tests call them directly); these give field-level messages.

const id = z.string({ message: "Permohonan tidak dikenal." }).trim().min(1, "Permohonan tidak dikenal.").max(64);

const text = (label: string, min: number, max: number) =>
  z
    .string({ message: `${label} wajib diisi.` })
    .trim()
    .min(min, min <= 1 ? `${label} wajib diisi.` : `${label} minimal ${min} karakter.`)
    .max(max, `${label} terlalu panjang (maksimal ${max} karakter).`);

const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Maksimal ${max} karakter.`)
    .optional()
    .transform((v) => v || undefined);

const file = z.unknown().optional();

export const ZVerifyRequestInput = z.object({ requestId: id, note: optional(1000) });

export const ZRequestCompletionInput = z.object({ requestId: id, reason: text("Persyaratan yang belum lengkap", 5, 2000) });

export const ZForwardRequestInput = z.object({
  requestId: id,
  unitId: z.string({ message: "Pilih unit." }).trim().min(1, "Pilih unit yang menguasai informasi."),
  note: optional(1000),
});

export const ZPrepareAnswerInput = z.object({
  requestId: id,
  notes: text("Catatan jawaban", 5, 4000),
  suggestedOutcome: z
    .enum(["GRANTED_FULL", "GRANTED_PARTIAL", "REJECTED", "NOT_HELD", ""], { message: "Pilih usulan keputusan." })
    .optional()
    .transform((v) => v || undefined),
  file1: file,
  file2: file,
  file3: file,
});

export const ZReturnForRevisionInput = z.object({ requestId: id, reason: text("Apa yang perlu diperbaiki", 5, 2000) });

export const ZExtendRequestInput = z.object({ requestId: id, reason: text("Alasan perpanjangan", 10, 2000) });

export const ZDeliverRequestInput = z.object({
  requestId: id,
  link: optional(1000),
  note: optional(2000),
  handoverMethod: z.enum(HANDOVER_METHODS, { message: "Pilih cara penyerahan." }),
  deliveredOn: z.iso.date({ message: "Tanggal penyerahan tidak valid." }),
  recipientName: optional(200),
  byProxy: checkbox(),
  file1: file,
  file2: file,
  file3: file,
});

export const WITHHELD_ROWS = 5;

const letterFields = Object.fromEntries(PASAL_17_LETTERS.map((l) => [`pasal17_${l}`, z.string().optional()])) as Record<
  `pasal17_${Pasal17Letter}`,
  z.ZodOptional<z.ZodString>
>;
const withheldFields = Object.fromEntries(
  Array.from({ length: WITHHELD_ROWS }, (_, i) => [
    [`withheld_${i}_part`, optional(500)],
    [`withheld_${i}_reason`, optional(500)],
  ]).flat(),
) as Record<string, ReturnType<typeof optional>>;

const fee = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v.replace(/[.\s]/g, "").replace(/^rp/i, "") : "0"))
  .pipe(z.string().regex(/^\d{1,9}$/, "Biaya ditulis dengan angka rupiah, tanpa desimal (mis. 15000)."))
  .transform(Number);

/** One form per decision button (the outcome comes hidden); checkboxes/rows are separate fields. */
export const ZDecideRequestInput = z
  .object({
    requestId: id,
    outcome: z.enum(["GRANTED_FULL", "GRANTED_PARTIAL", "REJECTED", "NOT_HELD"], { message: "Keputusan tidak dikenal." }),
    notes: optional(4000),
    informationForm: optional(200),
    medium: optional(200),
    feeAmount: fee,
    paymentMethod: optional(300),
    deliveryTime: optional(300),
    holdingBody: optional(300),
    testMode: z.enum(["existing", "new", ""]).optional(),
    consequenceTestId: optional(64),
    test_information: optional(500),
    test_otherLegalBasis: optional(500),
    test_consequences: optional(4000),
    test_publicInterest: optional(4000),
    test_conclusion: z.enum(["EXEMPT", "PARTLY_OPEN", ""]).optional(),
    test_exemptionPeriod: optional(300),
    test_exemptUntil: optional(10),
    test_participants: optional(1000),
    test_decisionNumber: optional(120),
    test_decisionDate: optional(10),
    ...letterFields,
    ...withheldFields,
  })
  .transform((v) => {
    const pasal17Letters = PASAL_17_LETTERS.filter((l) => v[`pasal17_${l}`] !== undefined && v[`pasal17_${l}`] !== "");
    const rows = v as unknown as Record<string, string | undefined>;
    const withheldParts = Array.from({ length: WITHHELD_ROWS }, (_, i) => ({
      part: rows[`withheld_${i}_part`] ?? "",
      reason: rows[`withheld_${i}_reason`] ?? "",
    })).filter((p) => p.part || p.reason);
    const newTest =
      v.testMode === "new"
        ? {
            information: v.test_information,
            otherLegalBasis: v.test_otherLegalBasis,
            consequences: v.test_consequences ?? "",
            publicInterest: v.test_publicInterest ?? "",
            conclusion: (v.test_conclusion || "EXEMPT") as "EXEMPT" | "PARTLY_OPEN",
            exemptionPeriod: v.test_exemptionPeriod,
            exemptUntil: v.test_exemptUntil,
            participants: v.test_participants ?? "",
            decisionNumber: v.test_decisionNumber ?? "",
            decisionDate: v.test_decisionDate ?? "",
          }
        : undefined;
    return {
      requestId: v.requestId,
      outcome: v.outcome,
      notes: v.notes,
      informationForm: v.informationForm,
      medium: v.medium,
      feeAmount: v.feeAmount,
      paymentMethod: v.paymentMethod,
      deliveryTime: v.deliveryTime,
      holdingBody: v.holdingBody,
      pasal17Letters,
      withheldParts,
      consequenceTestId: v.testMode === "new" ? undefined : v.consequenceTestId,
      newConsequenceTest: newTest,
    };
  });
export type TDecideRequestInput = z.output<typeof ZDecideRequestInput>;

/** The desk records a withdrawal the requester made offline (WITHDRAW). */
export const ZOfficeWithdrawInput = z.object({ requestId: id, reason: text("Keterangan penarikan", 5, 1000) });

/** The desk records documents the requester brought to complete the request (SUBMIT_COMPLETION). */
export const ZOfficeCompletionInput = z.object({ requestId: id, note: optional(1000), file: file, file2: file });
