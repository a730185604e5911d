import { z } from "zod";
import { requiredText } from "@/lib/schemas/text-field";
import { isValidLocalDate } from "@/lib/domain/calendar";
import { COMPLAINT_CATEGORIES, COMPLAINT_LIMITS as L } from "@/lib/domain/complaints";
import { chosenFile } from "@/lib/schemas/request";

// The complaint form (pengaduan) and the register's steps. Identity and contact are optional.


const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} terlalu panjang (maksimal ${max} karakter).`)
    .nullish()
    .transform((v) => v || null);

export const ZFileComplaintInput = z.object({
  category: z.enum(COMPLAINT_CATEGORIES, { message: "Pilih jenis pengaduan." }),
  name: optionalText("Nama", L.name),
  contact: optionalText("Nomor telepon/alamat", L.contact),
  email: z
    .string()
    .trim()
    .max(L.email, "Alamat surel terlalu panjang.")
    .nullish()
    .transform((v) => v || null)
    .refine((v) => v === null || z.email().safeParse(v).success, "Alamat surel tidak valid."),
  officialConcerned: requiredText("Pejabat/petugas atau unit yang diadukan", 3, L.official),
  unitId: z.string().trim().max(40).nullish().transform((v) => v || null),
  description: requiredText("Uraian kejadian", 20, L.description),
  incidentDate: z
    .string()
    .trim()
    .nullish()
    .transform((v) => v || null)
    .refine((v) => v === null || isValidLocalDate(v), "Tanggal kejadian tidak valid."),
  submissionKey: z
    .string({ message: "Formulir tidak lengkap. Muat ulang halaman, lalu kirim lagi." })
    .regex(/^[A-Za-z0-9_-]{16,80}$/, "Formulir tidak lengkap. Muat ulang halaman, lalu kirim lagi."),
  evidence: z.unknown().optional().transform(chosenFile),
});
export type TFileComplaintInput = z.output<typeof ZFileComplaintInput>;

export const ZTrackComplaintInput = z.object({
  nomor: z.string({ message: "Nomor pengaduan wajib diisi." }).trim().min(1, "Nomor pengaduan wajib diisi.").max(60, "Nomor pengaduan tidak dikenal."),
  kode: z.string({ message: "Kode akses wajib diisi." }).trim().min(1, "Kode akses wajib diisi.").max(20, "Kode akses tidak dikenal."),
});

const id = z.string({ message: "Pengaduan tidak ditemukan." }).min(1, "Pengaduan tidak ditemukan.").max(40, "Pengaduan tidak ditemukan.");

export const ZAssignComplaintInput = z.object({
  complaintId: id,
  assigneeId: z.string().trim().max(40).nullish().transform((v) => v || null),
});
export const ZComplaintNoteInput = z.object({ complaintId: id, text: requiredText("Catatan tindak lanjut", 3, L.note) });
export const ZCloseComplaintInput = z.object({ complaintId: id, answer: requiredText("Jawaban penutup", 10, L.answer) });
export type TAssignComplaintInput = z.output<typeof ZAssignComplaintInput>;
export type TComplaintNoteInput = z.output<typeof ZComplaintNoteInput>;
export type TCloseComplaintInput = z.output<typeof ZCloseComplaintInput>;

export const ZComplaintRegisterQuery = z.object({
  status: z.enum(["RECEIVED", "IN_FOLLOW_UP", "CLOSED"]).optional().catch(undefined),
});
