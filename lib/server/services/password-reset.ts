import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { PASSWORD_RESET_INVALID_MESSAGE, PASSWORD_RESET_TTL_MINUTES, resetExpiry } from "@/lib/domain/password-reset";
import { db } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";
import { absoluteUrl } from "@/lib/server/mail/mail-settings";
import { assertAcceptablePassword } from "@/lib/server/password-policy";
import { hashPassword } from "@/lib/server/passwords";

// Password reset by e-mail: the link carries a random 256-bit token; the database keeps only its
// SHA-256, so a leaked database holds no usable link. One use; expires after the office setting.

export const RESET_PATH = "/atur-ulang-sandi";

function tokenHash(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * Queues the link when the address belongs to an active account; does nothing visible otherwise
 * (the caller shows the same answer either way: no account enumeration).
 */
export async function requestPasswordReset(email: string, now: Date = new Date()): Promise<{ queued: boolean }> {
  const address = email.trim().toLowerCase();
  const user = await db().user.findUnique({ where: { email: address }, select: { id: true, name: true, email: true, disabled: true } });
  if (!user || user.disabled) return { queued: false };
  const token = randomBytes(32).toString("base64url");
  await db().$transaction(async (tx) => {
    await tx.passwordResetToken.create({ data: { userId: user.id, tokenHash: tokenHash(token), expiresAt: resetExpiry(now) } });
    await enqueueMail(tx, {
      to: user.email,
      subject: "Atur ulang kata sandi Portal PPID",
      text: [
        `Yth. ${user.name},`,
        "",
        "Kami menerima permintaan untuk mengatur ulang kata sandi akun Anda di Portal PPID. Buka tautan berikut untuk memilih kata sandi baru:",
        "",
        absoluteUrl(`${RESET_PATH}?token=${token}`),
        "",
        `Tautan ini berlaku ${PASSWORD_RESET_TTL_MINUTES} menit dan hanya dapat dipakai sekali.`,
        "Jika Anda tidak meminta ini, abaikan email ini; kata sandi Anda tidak berubah.",
      ].join("\n"),
      category: "PASSWORD_RESET",
      statutory: true,
      recipientUserId: user.id,
    });
  });
  return { queued: true };
}

/** Whether a link is still usable (for the page: show the form or the "ask again" message). */
export async function isResetTokenUsable(token: string, now: Date = new Date()): Promise<boolean> {
  if (!token) return false;
  const row = await db().passwordResetToken.findUnique({ where: { tokenHash: tokenHash(token) }, select: { usedAt: true, expiresAt: true } });
  return !!row && row.usedAt === null && row.expiresAt > now;
}

/** Sets the new password and spends the token (and every other open token of the account). */
export async function resetPassword(token: string, password: string, now: Date = new Date()): Promise<void> {
  const row = token
    ? await db().passwordResetToken.findUnique({ where: { tokenHash: tokenHash(token) }, include: { user: { select: { id: true, email: true, name: true, disabled: true } } } })
    : null;
  if (!row || row.usedAt !== null || row.expiresAt <= now || row.user.disabled) throw new UserError("INVALID_INPUT", PASSWORD_RESET_INVALID_MESSAGE);
  assertAcceptablePassword(password, [row.user.email, row.user.name]);
  const passwordHash = await hashPassword(password);
  await db().$transaction(async (tx) => {
    // Spend the token first and only if still unused: two concurrent submits cannot both succeed.
    const spent = await tx.passwordResetToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (spent.count !== 1) throw new UserError("INVALID_INPUT", PASSWORD_RESET_INVALID_MESSAGE);
    await tx.passwordResetToken.updateMany({ where: { userId: row.userId, usedAt: null }, data: { usedAt: now } });
    // The link came through the mailbox: a self-registered account still waiting is activated too.
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash, activationPendingSince: null } });
    // A new password ends every session of the account at once (OWASP ASVS 3.3.3).
    await tx.userSession.updateMany({ where: { userId: row.userId, endedAt: null }, data: { endedAt: now } });
  });
}
