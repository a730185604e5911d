import "server-only";
import { registerTakenDedupeKey } from "@/lib/domain/account-notices";
import type { TRegisterCitizenInput } from "@/lib/schemas/auth";
import { db } from "@/lib/server/db";
import { assertAcceptablePassword } from "@/lib/server/password-policy";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";
import { absoluteUrl } from "@/lib/server/mail/mail-settings";
import { hashPassword } from "@/lib/server/passwords";
import { isUniqueViolation } from "@/lib/server/prisma-errors";
import { getOfficeTimeZone } from "@/lib/server/queries/holiday-calendar";
import { queueActivationMail } from "@/lib/server/services/account-activation";

export type RegistrationOutcome = "created" | "renewed" | "taken";

/**
 * Citizens register themselves (staff accounts are made by the administrator). The caller answers
 * every outcome alike, "check your e-mail" (no account enumeration, OWASP ASVS 2.2 / 3.x), and the work
 * is alike (the password is hashed, one mail is queued):
 * - a new address: the account is made, waiting; the link in the mail activates it;
 * - an address whose account still waits: it takes the new details and password, and a new link
 *   (the earlier ones stop working) — whoever holds the mailbox decides;
 * - an active account: nothing changes; its owner is told of the attempt (once per office day).
 */
export async function registerCitizen(input: TRegisterCitizenInput, now: Date = new Date()): Promise<{ outcome: RegistrationOutcome }> {
  assertAcceptablePassword(input.password, [input.email, input.name]);
  const passwordHash = await hashPassword(input.password);
  const details = { name: input.name, phone: input.phone, passwordHash, activationPendingSince: now };
  const existing = await db().user.findUnique({ where: { email: input.email }, select: { id: true, disabled: true, activationPendingSince: true } });
  try {
    if (!existing) {
      await db().$transaction(async (tx) => {
        const user = await tx.user.create({ data: { ...details, email: input.email, role: "CITIZEN", requesterType: "INDIVIDUAL" }, select: { id: true } });
        await queueActivationMail(tx, { id: user.id, email: input.email, name: input.name, passwordHash }, now);
      });
      return { outcome: "created" };
    }
  } catch (error) {
    // Registered by someone else a moment ago: that account is the one that stands.
    if (!isUniqueViolation(error)) throw error;
  }
  if (existing?.activationPendingSince && !existing.disabled) {
    await db().$transaction(async (tx) => {
      await tx.user.update({ where: { id: existing.id }, data: details });
      await queueActivationMail(tx, { id: existing.id, email: input.email, name: input.name, passwordHash }, now);
    });
    return { outcome: "renewed" };
  }
  await enqueueMail(null, {
    to: input.email,
    subject: "Percobaan pendaftaran dengan email Anda — Portal PPID",
    text: [
      "Seseorang mencoba mendaftar di Portal PPID dengan alamat email ini, yang sudah memiliki akun. Akun Anda tidak berubah.",
      `Bila itu Anda, silakan masuk dengan kata sandi Anda: ${absoluteUrl("/masuk")}`,
      `Lupa kata sandi? Minta tautan untuk mengatur ulang: ${absoluteUrl("/lupa-sandi")}`,
      "Bila bukan Anda, abaikan pesan ini.",
    ].join("\n\n"),
    category: "ACCOUNT_NOTICE",
    dedupeKey: registerTakenDedupeKey(input.email, now, await getOfficeTimeZone()),
  });
  return { outcome: "taken" };
}
