import { z } from "zod";
import { DIP_CATEGORIES } from "@/lib/domain/dip-workflow";
import { INFO_FORMS } from "@/lib/domain/dip-labels";

const text = (label: string, min: number, max: number) =>
  z
    .string({ message: `${label} wajib diisi.` })
    .trim()
    .min(min, min <= 1 ? `${label} wajib diisi.` : `${label} minimal ${min} karakter.`)
    .max(max, `${label} terlalu panjang (maksimal ${max} karakter).`);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Maksimal ${max} karakter.`)
    .transform((v) => v || undefined)
    .optional();

const ZLink = z
  .string()
  .trim()
  .max(500, "Tautan terlalu panjang.")
  .transform((v) => v || undefined)
  .refine((v) => v === undefined || isHttpUrl(v), "Tautan harus diawali http:// atau https://.")
  .optional();

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/** docs/domain.md, DIP: the fields of a catalogue entry (the number is allocated by the server). */
export const ZDipEntryInput = z.object({
  title: text("Judul informasi", 5, 300),
  summary: text("Ringkasan isi", 10, 3000),
  category: z.enum(DIP_CATEGORIES, { message: "Pilih kategori informasi." }),
  /** A PPID Pelaksana's entries always belong to their own unit; the field is ignored for them. */
  unitId: optionalText(60),
  responsible: text("Penanggung jawab pembuatan informasi", 3, 300),
  producedWhen: text("Waktu pembuatan informasi", 2, 120),
  producedWhere: text("Tempat pembuatan informasi", 2, 200),
  form: z.enum(INFO_FORMS, { message: "Pilih bentuk informasi." }),
  retention: text("Jangka waktu penyimpanan", 2, 120),
  year: z.coerce
    .number({ message: "Tahun wajib diisi." })
    .int("Tahun harus bilangan bulat.")
    .min(1945, "Tahun tidak masuk akal.")
    .max(2100, "Tahun tidak masuk akal."),
  link: ZLink,
  consequenceTestId: optionalText(60),
});
export type TDipEntryInput = z.infer<typeof ZDipEntryInput>;

export const ZUpdateDipEntryInput = ZDipEntryInput.extend({ entryId: z.string().min(1) });
export type TUpdateDipEntryInput = z.infer<typeof ZUpdateDipEntryInput>;

export const DIP_USER_EVENTS = ["SUBMIT", "RETURN", "PUBLISH", "UNPUBLISH", "REPUBLISH"] as const;

export const ZTransitionDipInput = z.object({
  entryId: z.string().min(1),
  event: z.enum(DIP_USER_EVENTS, { message: "Tindakan tidak dikenal." }),
  note: optionalText(2000),
});
export type TTransitionDipInput = z.infer<typeof ZTransitionDipInput>;

export const ZAttachDipDocumentInput = z.object({
  entryId: z.string().min(1),
  file: z.unknown(),
});

export const ZRemoveDipDocumentInput = z.object({
  entryId: z.string().min(1),
  attachmentId: z.string().min(1),
});
