import "server-only";
import { checkLimit, clearKey, hitLimit, holdKey, signInDelaySeconds, waitText } from "@/lib/server/rate-limit";
import { verifyCredentials, type CredentialsResult } from "@/lib/server/services/verify-credentials";

export type SignInAttempt = CredentialsResult | { ok: false; code: "limited"; message: string };

/**
 * Sign-in with brute-force protection (OWASP ASVS 2.2.1): per account, five failures are free, then
 * each attempt must wait a growing delay and the tenth failure locks the account for 15 minutes; per
 * address, 50 failures in 15 minutes block it. A refused attempt does not check the password at all.
 * Used by the sign-in form and by Auth.js's credentials callback alike.
 */
export async function attemptSignIn(email: string, password: string, ip: string): Promise<SignInAttempt> {
  const account = email.trim().toLowerCase().slice(0, 200);
  for (const [name, key] of [["signInIp", ip], ["signInAccount", account], ["signInDelay", account]] as const) {
    const gate = await checkLimit(name, key);
    if (!gate.ok) return limited(gate.retryAfterSeconds);
  }
  const result = await verifyCredentials(account, password);
  if (result.ok) {
    await clearKey("signInAccount", account);
    await clearKey("signInDelay", account);
    return result;
  }
  // An account waiting for activation counts like a wrong password: a growing delay must not tell a
  // new account (right password) from one registered before (the chosen password is wrong there).
  if (result.code === "invalid" || result.code === "inactive") {
    await hitLimit("signInIp", ip);
    const counted = await hitLimit("signInAccount", account);
    const wait = signInDelaySeconds(counted.consumed);
    if (wait > 0 && counted.ok) await holdKey("signInDelay", account, wait);
  }
  return result;
}

function limited(seconds: number): SignInAttempt {
  return {
    ok: false,
    code: "limited",
    message: `Terlalu banyak percobaan masuk yang gagal. Demi keamanan akun, coba lagi dalam ${waitText(seconds)}.`,
  };
}
