import "server-only";
import { createHmac } from "node:crypto";
import { safeEqual } from "@/lib/server/safe-equal";
import { signingSecrets } from "@/lib/server/secrets";

// Signed, expiring access tokens that replace the access code in URLs and cookies (OWASP ASVS 3.x:
// no secrets in URLs). A token names one request ("track"), one letter ("letter") or an account
// waiting for activation ("activate", lib/server/services/account-activation.ts) and a time of
// expiry; it is signed with the portal's AUTH_SECRET (AUTH_SECRET_1 during a rotation), so it
// cannot be forged or stretched.

export type TokenKind = "track" | "letter" | "activate";

export const TRACK_COOKIE = "ppid_lacak";
/** How long the tracking page stays open after number + code were checked. */
export const TRACK_TTL_SECONDS = 30 * 60;
/** Letter links in e-mails. */
export const LETTER_TTL_SECONDS = 14 * 24 * 60 * 60;

function secrets(): string[] {
  const all = signingSecrets();
  if (all.length === 0) throw new Error("AUTH_SECRET is not set");
  return all;
}

function sign(body: string, secret: string = secrets()[0]!): string {
  return createHmac("sha256", secret).update(body).digest("base64url");
}

export function signAccessToken(kind: TokenKind, id: string, ttlSeconds: number, now: Date = new Date()): string {
  const exp = Math.floor(now.getTime() / 1000) + ttlSeconds;
  const body = `${kind}.${id}.${exp}`;
  return `${body}.${sign(body)}`;
}

/** The id the token names, or null when it is forged, of another kind, malformed or expired. */
export function verifyAccessToken(token: string | undefined | null, kind: TokenKind, now: Date = new Date()): string | null {
  if (!token || token.length > 300) return null;
  const parts = token.split(".");
  if (parts.length !== 4) return null;
  const [k, id, exp, sig] = parts;
  if (k !== kind || !/^[A-Za-z0-9_-]{1,64}$/.test(id) || !/^\d{1,12}$/.test(exp)) return null;
  if (!secrets().some((secret) => safeEqual(sig, sign(`${k}.${id}.${exp}`, secret)))) return null;
  if (Number(exp) * 1000 <= now.getTime()) return null;
  return id;
}
