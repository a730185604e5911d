"use server";

import { redirect } from "next/navigation";
import { SIGN_IN_REFUSED_MESSAGE } from "@/lib/domain/account-activation";
import { safeReturnPath } from "@/lib/domain/request-guard";
import { landingPathFor, type Role } from "@/lib/domain/roles";
import { ZRegisterCitizenInput, ZSignInInput } from "@/lib/schemas/auth";
import { createAction, createPublicFormAction } from "@/lib/server/action-client";
import { auth, signIn, signOut } from "@/lib/server/auth";
import { UserError } from "@/lib/server/errors";
import { registerCitizen } from "@/lib/server/services/register-citizen";
import { clientIp, hitLimit, waitText } from "@/lib/server/rate-limit";
import { attemptSignIn } from "@/lib/server/services/attempt-sign-in";
import { endSession } from "@/lib/server/user-sessions";

const MESSAGES = {
  invalid: SIGN_IN_REFUSED_MESSAGE,
  inactive: SIGN_IN_REFUSED_MESSAGE,
  disabled: "Akun Anda dinonaktifkan. Hubungi administrator PPID untuk mengaktifkannya kembali.",
} as const;

export const signInAction = createAction({
  schema: ZSignInInput,
  permission: null,
  handler: async (input) => {
    const checked = await attemptSignIn(input.email, input.password, await clientIp());
    if (!checked.ok) {
      throw checked.code === "limited" ? new UserError("RATE_LIMITED", checked.message) : new UserError("UNAUTHENTICATED", MESSAGES[checked.code]);
    }
    const target = safeReturnPath(input.callbackUrl) ?? landingPathFor(checked.user.role as Role);
    await signIn("credentials", { email: input.email, password: input.password, redirect: false });
    redirect(target);
  },
});

export const registerCitizenAction = createAction({
  schema: ZRegisterCitizenInput,
  permission: null,
  handler: async (input) => {
    const limit = await hitLimit("registerIp", await clientIp());
    if (!limit.ok) throw new UserError("RATE_LIMITED", `Terlalu banyak pendaftaran dari alamat jaringan ini. Coba lagi dalam ${waitText(limit.retryAfterSeconds)}.`);
    // Same answer whatever the address: "check your e-mail" (the mail tells its owner what happened).
    await registerCitizen(input);
    redirect("/aktivasi?terkirim=1");
  },
});

export const signOutAction = createPublicFormAction(async () => {
  // The server-side session ends first: a copy of the cookie is worthless from now on.
  const sid = ((await auth())?.user as { sid?: string | null } | undefined)?.sid;
  if (sid) await endSession(sid);
  await signOut({ redirectTo: "/" });
});
