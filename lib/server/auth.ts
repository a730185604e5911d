import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { ZSignInInput } from "@/lib/schemas/auth";
import { env } from "@/lib/server/env";
import { clientIpFrom } from "@/lib/server/rate-limit";
import { signingSecrets } from "@/lib/server/secrets";
import { attemptSignIn } from "@/lib/server/services/attempt-sign-in";
import { startSession } from "@/lib/server/user-sessions";

class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
class DisabledAccount extends CredentialsSignin {
  code = "disabled";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // Given explicitly: next-auth passes AUTH_SECRET alone to Auth.js, which then ignores AUTH_SECRET_1,
  // so a rotation would sign every cookie with the old secret (caught by tests/multi-instance).
  secret: signingSecrets().length > 0 ? signingSecrets() : undefined,
  // __Secure- cookies with the Secure flag whenever the portal is served over HTTPS.
  useSecureCookies: (env().PUBLIC_URL ?? "").startsWith("https:") || undefined,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/masuk" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = ZSignInInput.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const result = await attemptSignIn(parsed.data.email, parsed.data.password, clientIpFrom(request.headers));
        if (!result.ok) throw result.code === "disabled" ? new DisabledAccount() : new InvalidCredentials();
        const { id, name, email, role, unitId } = result.user;
        return { id, name, email, role, unitId };
      },
    }),
  ],
  callbacks: {
    // A sign-in opens a server-side session (lib/server/user-sessions.ts); the token carries its id.
    async jwt({ token, user }) {
      if (user?.id) {
        const u = user as typeof user & { role: string; unitId: string | null };
        Object.assign(token, { uid: u.id, role: u.role, unitId: u.unitId, sid: await startSession(user.id) });
      }
      return token;
    },
    // Role and unit ride in the session for display; every check re-reads them from the database
    // (lib/server/session.ts), so a role change or a disabled account takes effect at once.
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      Object.assign(session.user, { role: token.role, unitId: token.unitId ?? null, sid: typeof token.sid === "string" ? token.sid : null });
      return session;
    },
  },
});
