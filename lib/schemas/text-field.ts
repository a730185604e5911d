import { z } from "zod";

/** A required text field: trimmed, "wajib diisi" when empty, then its minimum and maximum length. */
export const requiredText = (label: string, min: number, max: number) =>
  z
    .string({ message: `${label} wajib diisi.` })
    .trim()
    .min(1, `${label} wajib diisi.`)
    .min(min, `${label} minimal ${min} karakter.`)
    .max(max, `${label} terlalu panjang (maksimal ${max} karakter).`);
