// "Lupa kata sandi" (office security setting, OWASP ASVS 2.5 / NIST SP 800-63B §6.1.2.3): a
// one-time link that expires. Pure: `now` comes in.

/** Minutes a reset link stays valid (office security setting). */
export const PASSWORD_RESET_TTL_MINUTES = 60;

export function resetExpiry(now: Date): Date {
  return new Date(now.getTime() + PASSWORD_RESET_TTL_MINUTES * 60_000);
}

/** The answer shown after a reset request, the same whether or not the address has an account. */
export const PASSWORD_RESET_SENT_MESSAGE =
  `Jika alamat email itu terdaftar, kami telah mengirim tautan untuk mengatur ulang kata sandi. Tautan berlaku ${PASSWORD_RESET_TTL_MINUTES} menit dan hanya dapat dipakai sekali.`;

export const PASSWORD_RESET_INVALID_MESSAGE =
  "Tautan atur ulang kata sandi tidak berlaku: sudah dipakai, sudah kedaluwarsa, atau tidak lengkap. Silakan minta tautan baru.";
