import { z } from "zod";
import { checkbox } from "./text-field";

// Forms of the dispute record (UU 14/2008 Pasal 37-40, 47-50).

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Maksimal ${max} karakter.`)
    .optional()
    .transform((v) => v || undefined);

const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined)
  .refine((v) => v === undefined || /^\d{4}-\d{2}-\d{2}$/.test(v), "Tanggal tidak valid.");

export const ZRecordDisputeInput = z.object({
  objectionId: z.string().min(1, "Pilih keberatan."),
  filedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Isi tanggal pengajuan sengketa."),
  commission: optionalText(200),
  registerNumber: optionalText(100),
  overrideReason: optionalText(2000),
  note: optionalText(2000),
});

export const ZAdvanceDisputeInput = z.object({
  disputeId: z.string().min(1),
  event: z.enum(
    ["START_MEDIATION", "START_ADJUDICATION", "RECORD_MEDIATION_AGREEMENT", "RULE_GRANTED", "RULE_GRANTED_PARTIAL", "RULE_REJECTED", "RECORD_COMPLIANCE", "WITHDRAW"],
    { message: "Tindakan tidak dikenal." },
  ),
  date: optionalDate,
  rulingText: optionalText(8000),
  note: optionalText(4000),
});

export const ZDisputeDetailsInput = z.object({
  disputeId: z.string().min(1),
  commission: optionalText(200),
  registerNumber: optionalText(100),
  sessionDate: optionalDate,
});

export const ZDisputeDocumentInput = z.object({ disputeId: z.string().min(1), file: z.unknown() });

// UU 14/2008 Pasal 47-50: going to court after the KI, and the court's decision.
export const ZGoToCourtInput = z.object({
  disputeId: z.string().min(1),
  court: z.enum(["PTUN", "PN", "MA"], { message: "Pilih pengadilan." }),
  courtName: optionalText(200),
  filedBy: z.enum(["REQUESTER", "BODY"], { message: "Pilih pihak yang mengajukan." }),
  filedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Isi tanggal pengajuan."),
  registerNumber: optionalText(100),
  decisionReceivedOn: optionalDate,
  lateFilingReason: optionalText(2000),
});

export const ZCourtRulingInput = z.object({
  disputeId: z.string().min(1),
  rulingDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Isi tanggal putusan."),
  rulingReceivedOn: optionalDate,
  rulingText: z.string().trim().min(1, "Tuliskan isi putusan.").max(8000, "Maksimal 8000 karakter."),
  opensInformation: checkbox(),
});
