import { z } from "zod";

/** A required text field: trimmed, "wajib diisi" when empty, then its minimum and maximum length. */
export const requiredText = (label: string, min: number, max: number) =>
  z
    .string({ message: `${label} wajib diisi.` })
    .trim()
    .min(1, `${label} wajib diisi.`)
    .min(min, `${label} minimal ${min} karakter.`)
    .max(max, `${label} terlalu panjang (maksimal ${max} karakter).`);

/**
 * A checkbox: checked sends "on" (or "true" from script), unchecked sends nothing. Any other value
 * is refused with a field message rather than read as "unchecked" (a hostile post must not flip a setting).
 */
export const checkbox = () =>
  z
    .enum(["on", "true", "false", ""], { message: "Pilihan tidak dikenal." })
    .optional()
    .transform((v) => v === "on" || v === "true");
