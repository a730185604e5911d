import { z } from "zod";
import { SUPPORTED_TIME_ZONES } from "@/lib/domain/calendar";
import { isValidOfficeCode } from "@/lib/domain/numbering";

const text = (label: string, max = 200) =>
  z.string().trim().min(1, `${label} wajib diisi.`).max(max, `${label} terlalu panjang (maks. ${max} karakter).`);
const optionalUrl = z
  .string()
  .trim()
  .max(500)
  .refine((v) => v === "" || /^https?:\/\/\S+$/.test(v), "Alamat web harus diawali http:// atau https://.")
  .transform((v) => v || null);
/** One item per line in a textarea. */
const lines = (label: string) =>
  z
    .string()
    .transform((v) => v.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))
    .refine((v) => v.length > 0, `${label}: isi paling sedikit satu baris.`);
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Isi jam dalam format JJ:MM.");

const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const dayFields = Object.fromEntries(
  DAYS.flatMap((d) => [
    [`open${d}`, z.string().optional()],
    [`close${d}`, z.string().optional()],
    [`closed${d}`, z.string().optional()],
  ]),
) as Record<string, z.ZodOptional<z.ZodString>>;

export const ZUpdateOfficeSettingsInput = z
  .object({
    name: text("Nama PPID"),
    shortName: text("Nama singkat", 80),
    bodyName: text("Nama badan publik"),
    officeCode: z.string().trim().toUpperCase().refine(isValidOfficeCode, "Kode kantor: huruf besar dan angka, boleh dengan - atau . di antaranya (mis. PPID-KPG)."),
    address: text("Alamat", 300),
    city: text("Kota/kabupaten", 100),
    province: text("Provinsi", 100),
    phone: text("Telepon", 50),
    email: z.string().trim().email("Masukkan alamat email yang benar."),
    website: optionalUrl,
    mapUrl: optionalUrl,
    komisiInformasi: text("Komisi Informasi"),
    timeZone: z.enum(SUPPORTED_TIME_ZONES, { message: "Pilih zona waktu WIB, WITA, atau WIT." }),
    requirementsCompletionDays: z.coerce.number().int("Isi bilangan bulat.").min(1, "Paling sedikit 1 hari kerja.").max(30, "Paling lama 30 hari kerja."),
    about: text("Profil singkat", 4000),
    vision: text("Visi", 1000),
    duties: lines("Tugas"),
    authorities: lines("Wewenang"),
    serviceStandard: text("Standar layanan", 4000),
    serviceCost: text("Biaya layanan", 2000),
    channels: lines("Saluran layanan"),
    letterheadLines: lines("Kop surat"),
    signerTitle: text("Jabatan penanda tangan"),
    signerName: text("Nama penanda tangan"),
    ...dayFields,
  })
  .transform((parsed, ctx) => {
    const v = parsed as typeof parsed & Record<string, string | undefined>;
    const serviceHours: Record<string, { open: string; close: string } | null> = {};
    for (const d of DAYS) {
      if (v[`closed${d}`]) {
        serviceHours[d] = null;
        continue;
      }
      const open = clock.safeParse(v[`open${d}`]);
      const close = clock.safeParse(v[`close${d}`]);
      if (!open.success || !close.success || open.data >= close.data) {
        ctx.addIssue({ code: "custom", path: [`open${d}`], message: "Isi jam buka sebelum jam tutup (JJ:MM), atau centang tutup." });
        continue;
      }
      serviceHours[d] = { open: open.data, close: close.data };
    }
    return { ...parsed, serviceHours };
  });
export type TUpdateOfficeSettingsInput = z.output<typeof ZUpdateOfficeSettingsInput>;
