"use server";

import { redirect } from "next/navigation";
import { landingPathFor, type Role } from "@/lib/domain/roles";
import { ZRegisterCitizenInput, ZSignInInput } from "@/lib/schemas/auth";
import { createAction } from "@/lib/server/action-client";
import { signIn, signOut } from "@/lib/server/auth";
import { UserError } from "@/lib/server/errors";
import { registerCitizen } from "@/lib/server/services/register-citizen";
import { verifyCredentials } from "@/lib/server/services/verify-credentials";

const MESSAGES = {
  invalid: "Email atau kata sandi salah.",
  disabled: "Akun Anda dinonaktifkan. Hubungi administrator PPID untuk mengaktifkannya kembali.",
} as const;

/** Only same-site paths: a sign-in link must never send people to another site. */
function safeCallback(url: string | undefined): string | null {
  if (!url || !url.startsWith("/") || url.startsWith("//") || url.startsWith("/\\")) return null;
  return url;
}

export const signInAction = createAction({
  schema: ZSignInInput,
  permission: null,
  handler: async (input) => {
    const checked = await verifyCredentials(input.email, input.password);
    if (!checked.ok) throw new UserError(MESSAGES[checked.code]);
    const target = safeCallback(input.callbackUrl) ?? landingPathFor(checked.user.role as Role);
    await signIn("credentials", { email: input.email, password: input.password, redirect: false });
    redirect(target);
  },
});

export const registerCitizenAction = createAction({
  schema: ZRegisterCitizenInput,
  permission: null,
  handler: async (input) => {
    await registerCitizen(input);
    await signIn("credentials", { email: input.email, password: input.password, redirect: false });
    redirect("/akun?baru=1");
  },
});

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
