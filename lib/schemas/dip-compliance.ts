import { z } from "zod";
import { complianceItem } from "@/lib/domain/dip-compliance";

const itemCode = z
  .string({ message: "Butir daftar wajib tidak dikenal." })
  .refine((code) => complianceItem(code) !== null, "Butir daftar wajib tidak dikenal.");
const entryId = z.string({ message: "Pilih entri DIP." }).trim().min(1, "Pilih entri DIP.").max(40, "Entri DIP tidak ditemukan.");

export const ZMapComplianceInput = z.object({ itemCode, dipEntryId: entryId });
export type TMapComplianceInput = z.output<typeof ZMapComplianceInput>;

export const ZComplianceQuery = z.object({ unit: z.string().max(40).optional().catch(undefined) });
