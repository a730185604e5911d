import "server-only";
import { db } from "@/lib/server/db";
import { verifyPassword } from "@/lib/server/passwords";

export type VerifiedUser = { id: string; name: string; email: string; role: string; unitId: string | null };
export type CredentialsResult = { ok: true; user: VerifiedUser } | { ok: false; code: "invalid" | "disabled" | "inactive" };

// A hash of a random password: unknown e-mails take as long as wrong passwords (no user enumeration).
const DUMMY_HASH = "$2b$11$dWCug7ol9iK7gqAFvIIJxO4sjC83A0JD3h/Lh.rMQRGaozJeuqTVe";

export async function verifyCredentials(email: string, password: string): Promise<CredentialsResult> {
  const user = await db().user.findUnique({ where: { email: email.trim().toLowerCase() } });
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !valid) return { ok: false, code: "invalid" };
  // Only someone who knows the password learns that the account is disabled.
  if (user.disabled) return { ok: false, code: "disabled" };
  // Self-registered, link not yet opened: shown as a wrong password (SIGN_IN_REFUSED_MESSAGE).
  if (user.activationPendingSince) return { ok: false, code: "inactive" };
  await db().user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, role: user.role, unitId: user.unitId } };
}
