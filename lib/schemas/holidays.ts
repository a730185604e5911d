import { z } from "zod";
import { checkbox } from "./text-field";
import { HOLIDAY_KINDS, isValidLocalDate, type HolidayKind } from "@/lib/domain/calendar";

// The forms of the holiday calendar page (/kantor/kalender). Checkboxes send "on" when ticked
// and nothing otherwise.

export const MIN_CALENDAR_YEAR = 2000;
export const MAX_CALENDAR_YEAR = 2100;
export const MAX_IMPORT_BYTES = 1024 * 1024; // 1 MB: a year's decree is a few kilobytes


const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => v || undefined);

export const ZCalendarYear = z.coerce
  .number({ message: "Isi tahun dengan angka." })
  .int("Isi tahun dengan angka.")
  .min(MIN_CALENDAR_YEAR, `Tahun paling awal ${MIN_CALENDAR_YEAR}.`)
  .max(MAX_CALENDAR_YEAR, `Tahun paling akhir ${MAX_CALENDAR_YEAR}.`);

export const ZHolidayDate = z
  .string({ message: "Isi tanggal." })
  .trim()
  .refine((v) => isValidLocalDate(v), "Isi tanggal yang benar (format TTTT-BB-HH, misalnya 2027-01-01).")
  .refine((v) => {
    const year = Number(v.slice(0, 4));
    return year >= MIN_CALENDAR_YEAR && year <= MAX_CALENDAR_YEAR;
  }, `Tanggal harus antara tahun ${MIN_CALENDAR_YEAR} dan ${MAX_CALENDAR_YEAR}.`);

export const ZHolidayKind = z.enum(HOLIDAY_KINDS as unknown as [HolidayKind, ...HolidayKind[]], {
  message: "Pilih jenis hari libur.",
});

const ZHolidayFields = {
  date: ZHolidayDate,
  name: z.string({ message: "Isi nama hari libur." }).trim().min(3, "Nama hari libur minimal 3 karakter.").max(200, "Nama hari libur terlalu panjang."),
  kind: ZHolidayKind,
  source: optionalText(300, "Sumber terlalu panjang (paling banyak 300 karakter)."),
  provisional: checkbox(),
};

export const ZAddHolidayInput = z.object(ZHolidayFields);
export type TAddHolidayInput = z.infer<typeof ZAddHolidayInput>;

export const ZUpdateHolidayInput = z.object({ id: z.string().min(1, "Hari libur tidak dikenal."), ...ZHolidayFields });
export type TUpdateHolidayInput = z.infer<typeof ZUpdateHolidayInput>;

export const ZRemoveHolidayInput = z.object({ id: z.string().min(1, "Hari libur tidak dikenal.") });
export type TRemoveHolidayInput = z.infer<typeof ZRemoveHolidayInput>;

/** REPLACE: the year's list becomes the file; MERGE: the file's dates are added or overwritten. */
export const IMPORT_MODES = ["REPLACE", "MERGE"] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

const ZDecreeSource = optionalText(300, "Sumber terlalu panjang (paling banyak 300 karakter).");

type UploadedFile = { name: string; size: number; text: () => Promise<string> };

function isUploadedFile(value: unknown): value is UploadedFile {
  const file = value as UploadedFile | null;
  return typeof file === "object" && file !== null && typeof file.size === "number" && typeof file.text === "function";
}

export const ZImportHolidaysForm = z
  .object({
    year: ZCalendarYear,
    mode: z.enum(IMPORT_MODES, { message: "Pilih cara impor." }),
    official: checkbox(),
    source: ZDecreeSource,
    file: z
      .custom<UploadedFile>((v) => isUploadedFile(v) && v.size > 0, "Pilih berkas JSON, CSV, atau ICS.")
      .refine((f) => f.size <= MAX_IMPORT_BYTES, "Berkas terlalu besar (paling besar 1 MB)."),
  })
  .refine((v) => !v.official || !!v.source, {
    path: ["source"],
    message: "Sebutkan SKB yang menjadi dasar kalender resmi.",
  });
export type TImportHolidaysForm = z.infer<typeof ZImportHolidaysForm>;

export const ZPrefillHolidaysInput = z.object({ year: ZCalendarYear });

export const ZSetCalendarYearOfficialInput = z
  .object({
    year: ZCalendarYear,
    official: z.enum(["true", "false"]).transform((v) => v === "true"),
    source: ZDecreeSource,
    confirmProvisional: checkbox(),
  })
  .refine((v) => !v.official || !!v.source, {
    path: ["source"],
    message: "Sebutkan SKB yang menjadi dasar kalender resmi.",
  });
export type TSetCalendarYearOfficialInput = z.infer<typeof ZSetCalendarYearOfficialInput>;

export const ZSetCutiBersamaWorkingDayInput = z.object({ cutiBersamaIsWorkingDay: checkbox() });
export type TSetCutiBersamaWorkingDayInput = z.infer<typeof ZSetCutiBersamaWorkingDayInput>;
