import "server-only";
import { createHash } from "node:crypto";
import { ACTIVATION_INVALID_MESSAGE, ACTIVATION_TTL_HOURS } from "@/lib/domain/account-activation";
import { signAccessToken, verifyAccessToken } from "@/lib/server/access-token";
import { db, type Tx } from "@/lib/server/db";
import { UserError } from "@/lib/server/errors";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";
import { absoluteUrl } from "@/lib/server/mail/mail-settings";

// The activation link of a self-registered account: a signed, expiring token (access-token.ts) naming
// the account and a fingerprint of its password hash, so registering the same waiting address again
// (with another password) makes the earlier links worthless. Nothing is stored for a link.

export const ACTIVATION_PATH = "/aktivasi";

type Pending = { id: string; name: string; email: string; passwordHash: string };

function fingerprint(passwordHash: string): string {
  return createHash("sha256").update(passwordHash, "utf8").digest("base64url").slice(0, 22);
}

/** Queues the mail with the link (in the caller's transaction: a rollback sends nothing). */
export async function queueActivationMail(tx: Tx | null, user: Pending, now: Date): Promise<void> {
  const token = signAccessToken("activate", `${user.id}_${fingerprint(user.passwordHash)}`, ACTIVATION_TTL_HOURS * 3600, now);
  await enqueueMail(tx, {
    to: user.email,
    subject: "Aktifkan akun Portal PPID Anda",
    text: [
      `Yth. ${user.name},`,
      "",
      "Terima kasih telah mendaftar di Portal PPID. Buka tautan berikut untuk mengaktifkan akun Anda:",
      "",
      absoluteUrl(`${ACTIVATION_PATH}?token=${token}`),
      "",
      `Tautan ini berlaku ${ACTIVATION_TTL_HOURS} jam. Setelah akun aktif, masuk dengan email ini dan kata sandi yang Anda buat saat mendaftar.`,
      "Jika Anda tidak mendaftar, abaikan email ini; akun tidak akan aktif.",
    ].join("\n"),
    category: "ACCOUNT_ACTIVATION",
    statutory: true,
    recipientUserId: user.id,
  });
}

export type ActivationLink = { state: "pending"; userId: string; name: string } | { state: "active" } | { state: "invalid" };

/** What a link opens: a waiting account (its name, for the page), an account already active, or nothing. */
export async function readActivationLink(token: string, now: Date = new Date()): Promise<ActivationLink> {
  const named = verifyAccessToken(token, "activate", now);
  // "<cuid>_<fingerprint>": a cuid has no "_", the base64url fingerprint may.
  const cut = named?.indexOf("_") ?? -1;
  const userId = cut > 0 ? named!.slice(0, cut) : "";
  const print = cut > 0 ? named!.slice(cut + 1) : "";
  if (!userId || !print) return { state: "invalid" };
  const user = await db().user.findUnique({ where: { id: userId }, select: { name: true, passwordHash: true, disabled: true, activationPendingSince: true } });
  if (!user || user.disabled || fingerprint(user.passwordHash) !== print) return { state: "invalid" };
  return user.activationPendingSince ? { state: "pending", userId, name: user.name } : { state: "active" };
}

/** Opens the account the link names (a second click changes nothing). */
export async function activateAccount(token: string, now: Date = new Date()): Promise<void> {
  const link = await readActivationLink(token, now);
  if (link.state === "invalid") throw new UserError("INVALID_INPUT", ACTIVATION_INVALID_MESSAGE);
  if (link.state === "pending") await db().user.updateMany({ where: { id: link.userId }, data: { activationPendingSince: null } });
}

/** "Kirim ulang tautan": queues a new link when the address has an account waiting; nothing otherwise (same answer). */
export async function resendActivation(email: string, now: Date = new Date()): Promise<{ queued: boolean }> {
  const user = await db().user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, name: true, email: true, passwordHash: true, disabled: true, activationPendingSince: true },
  });
  if (!user || user.disabled || !user.activationPendingSince) return { queued: false };
  await queueActivationMail(null, user, now);
  return { queued: true };
}
