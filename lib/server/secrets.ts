import "server-only";
import { env } from "@/lib/server/env";

/**
 * The portal's signing secrets, newest first: during a rotation AUTH_SECRET_1 (new) signs and
 * AUTH_SECRET (old) is still accepted — for session cookies (Auth.js takes the list as is) and for
 * the portal's own access tokens. Empty when none is set.
 */
export function signingSecrets(): string[] {
  const { AUTH_SECRET_1, AUTH_SECRET } = env();
  return [AUTH_SECRET_1, AUTH_SECRET].filter((s): s is string => Boolean(s));
}
