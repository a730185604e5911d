import "server-only";
import { registerTakenDedupeKey } from "@/lib/domain/account-notices";
import type { TRegisterCitizenInput } from "@/lib/schemas/auth";
import { db } from "@/lib/server/db";
import { assertAcceptablePassword } from "@/lib/server/password-policy";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";
import { hashPassword } from "@/lib/server/passwords";
import { isUniqueViolation } from "@/lib/server/prisma-errors";
import { getOfficeTimeZone } from "@/lib/server/queries/holiday-calendar";

/**
 * Citizens register themselves (staff accounts are made by the administrator). A taken e-mail is not
 * reported: the caller answers both cases alike (no account enumeration, OWASP ASVS 2.2 / 3.x), and
 * the work done is the same (the password is hashed either way).
 */
export async function registerCitizen(input: TRegisterCitizenInput, now: Date = new Date()): Promise<{ created: boolean }> {
  assertAcceptablePassword(input.password, [input.email, input.name]);
  const passwordHash = await hashPassword(input.password);
  try {
    await db().user.create({
      data: {
        email: input.email,
        name: input.name,
        phone: input.phone,
        passwordHash,
        role: "CITIZEN",
        requesterType: "INDIVIDUAL",
      },
      select: { id: true },
    });
    return { created: true };
  } catch (error) {
    if (isUniqueViolation(error)) {
      // The owner learns of the attempt; the person registering learns nothing.
      await enqueueMail(null, {
        to: input.email,
        subject: "Percobaan pendaftaran dengan email Anda — Portal PPID",
        text: [
          "Seseorang mencoba mendaftar di Portal PPID dengan alamat email ini, yang sudah memiliki akun.",
          "Bila itu Anda, silakan masuk dengan kata sandi Anda. Bila bukan, abaikan pesan ini; akun Anda tidak berubah.",
        ].join("\n\n"),
        category: "ACCOUNT_NOTICE",
        dedupeKey: registerTakenDedupeKey(input.email, now, await getOfficeTimeZone()),
      });
      return { created: false };
    }
    throw error;
  }
}
