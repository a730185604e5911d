// Self-registration with activation by e-mail (no account enumeration, OWASP ASVS 2.2 / 3.x): the
// registration form always answers "check your e-mail"; a new account opens only through the link
// mailed to the address; the owner of an address that already has an account gets a notice instead.
// The texts the citizen sees are here, so each path shows exactly the same words. Pure.

/** Hours an activation link stays valid (office security setting). */
export const ACTIVATION_TTL_HOURS = 48;

/** After registering, whatever happened to the address. */
export const REGISTRATION_SENT_MESSAGE =
  `Pendaftaran diterima. Periksa email Anda: kami mengirim tautan untuk mengaktifkan akun ke alamat yang Anda isi (berlaku ${ACTIVATION_TTL_HOURS} jam). ` +
  "Akun baru dapat dipakai setelah tautan itu dibuka. Bila alamat itu sudah punya akun, email kami berisi petunjuk untuk masuk atau mengatur ulang kata sandi.";

/** After asking for the link again, whether or not the address has an account waiting. */
export const ACTIVATION_RESENT_MESSAGE =
  `Bila alamat itu terdaftar dan akunnya belum aktif, kami telah mengirim tautan aktivasi baru (berlaku ${ACTIVATION_TTL_HOURS} jam). Periksa juga folder spam.`;

export const ACTIVATION_INVALID_MESSAGE =
  "Tautan aktivasi tidak berlaku: sudah kedaluwarsa, sudah diganti tautan yang lebih baru, atau tidak lengkap. Silakan minta tautan baru.";

/**
 * A wrong password and an account not yet activated get the same answer: the person who registered
 * an address that was already taken must not learn it by signing in with the password they chose.
 */
export const SIGN_IN_REFUSED_MESSAGE =
  "Email atau kata sandi salah, atau akun belum diaktifkan. Akun baru aktif setelah tautan dari email pendaftaran dibuka.";
