import { z } from "zod";
import { isUnitBound } from "@/lib/domain/permissions";
import { isStaff, ROLES } from "@/lib/domain/roles";

export const ZSignInInput = z.object({
  email: z.string().trim().toLowerCase().email("Masukkan alamat email yang benar."),
  password: z.string().min(1, "Masukkan kata sandi."),
  callbackUrl: z.string().optional(),
});
export type TSignInInput = z.infer<typeof ZSignInInput>;

// NIST SP 800-63B: length, no composition rules; the common-password check runs on the server
// (lib/server/password-policy.ts). 12 characters for everyone (OWASP ASVS 2.1.1), staff included.
export const PASSWORD_MIN_LENGTH = 12;
export const ZPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Kata sandi minimal ${PASSWORD_MIN_LENGTH} karakter (boleh berupa beberapa kata).`)
  .max(128, "Kata sandi paling panjang 128 karakter.");

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

export const ZCreateStaffUserInput = z
  .object({
    name: ZName,
    email: ZEmail,
    role: z.enum(ROLES, { message: "Pilih peran." }).refine(isStaff, { message: "Pilih peran." }),
    unitId: z.string().trim().transform((v) => v || undefined).optional(),
    position: z.string().trim().max(120).transform((v) => v || undefined).optional(),
    password: ZPassword,
  })
  .refine((v) => !isUnitBound(v.role) || !!v.unitId, {
    path: ["unitId"],
    message: "PPID Pelaksana harus terhubung ke satu unit.",
  });
export type TCreateStaffUserInput = z.infer<typeof ZCreateStaffUserInput>;

export const ZSetUserDisabledInput = z.object({
  userId: z.string().min(1),
  disabled: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export const ZRequestPasswordResetInput = z.object({
  email: z.string().trim().toLowerCase().email("Masukkan alamat email yang benar.").max(200),
});
export type TRequestPasswordResetInput = z.infer<typeof ZRequestPasswordResetInput>;

export const ZResetPasswordInput = z
  .object({
    token: z.string().trim().min(1, "Tautan tidak lengkap.").max(200),
    password: ZPassword,
    passwordConfirm: z.string(),
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], message: "Konfirmasi kata sandi tidak sama." });
export type TResetPasswordInput = z.infer<typeof ZResetPasswordInput>;

export const ZActivateAccountInput = z.object({ token: z.string().trim().min(1, "Tautan tidak lengkap.").max(300) });
export const ZResendActivationInput = ZRequestPasswordResetInput;
