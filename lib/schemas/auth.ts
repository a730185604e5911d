import { z } from "zod";

export const ZSignInInput = z.object({
  email: z.string().trim().toLowerCase().email("Masukkan alamat email yang benar."),
  password: z.string().min(1, "Masukkan kata sandi."),
  callbackUrl: z.string().optional(),
});
export type TSignInInput = z.infer<typeof ZSignInInput>;

export const ZPassword = z
  .string()
  .min(10, "Kata sandi minimal 10 karakter.")
  .max(200, "Kata sandi terlalu panjang.")
  .regex(/[A-Za-z]/, "Kata sandi harus memuat huruf.")
  .regex(/[0-9]/, "Kata sandi harus memuat angka.");

const ZName = z.string().trim().min(3, "Nama minimal 3 karakter.").max(120, "Nama terlalu panjang.");
const ZEmail = z.string().trim().toLowerCase().email("Masukkan alamat email yang benar.").max(200);

export const ZRegisterCitizenInput = z
  .object({
    name: ZName,
    email: ZEmail,
    phone: z
      .string()
      .trim()
      .regex(/^(\+62|0)[0-9]{8,13}$/, "Nomor telepon diawali 0 atau +62 dan berisi 9–15 angka."),
    password: ZPassword,
    passwordConfirm: z.string(),
  })
  .refine((v) => v.password === v.passwordConfirm, {
    path: ["passwordConfirm"],
    message: "Konfirmasi kata sandi tidak sama.",
  });
export type TRegisterCitizenInput = z.infer<typeof ZRegisterCitizenInput>;

export const STAFF_ROLES = ["DESK_OFFICER", "PPID_UTAMA", "PPID_PELAKSANA", "ATASAN_PPID", "ADMIN"] as const;

export const ZCreateStaffUserInput = z
  .object({
    name: ZName,
    email: ZEmail,
    role: z.enum(STAFF_ROLES, { message: "Pilih peran." }),
    unitId: z.string().trim().transform((v) => v || undefined).optional(),
    position: z.string().trim().max(120).transform((v) => v || undefined).optional(),
    password: ZPassword,
  })
  .refine((v) => v.role !== "PPID_PELAKSANA" || !!v.unitId, {
    path: ["unitId"],
    message: "PPID Pelaksana harus terhubung ke satu unit.",
  });
export type TCreateStaffUserInput = z.infer<typeof ZCreateStaffUserInput>;

export const ZSetUserDisabledInput = z.object({
  userId: z.string().min(1),
  disabled: z.enum(["true", "false"]).transform((v) => v === "true"),
});
