import { z } from "zod";

/** The tracking form: number and access code as printed on the receipt (typed variants are normalised later). */
export const ZTrackRequestInput = z.object({
  nomor: z.string().trim().min(1, "Masukkan nomor pendaftaran.").max(60, "Nomor pendaftaran terlalu panjang."),
  kode: z.string().trim().min(1, "Masukkan kode akses.").max(20, "Kode akses terlalu panjang."),
});
export type TTrackRequestInput = z.infer<typeof ZTrackRequestInput>;
