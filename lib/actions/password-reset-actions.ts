"use server";

import { redirect } from "next/navigation";
import { ZRequestPasswordResetInput, ZResetPasswordInput } from "@/lib/schemas/auth";
import { createAction } from "@/lib/server/action-client";
import { requestPasswordReset, resetPassword } from "@/lib/server/services/password-reset";

export const requestPasswordResetAction = createAction({
  schema: ZRequestPasswordResetInput,
  permission: null,
  handler: async (input) => {
    // The same answer whether or not the address has an account (no account enumeration).
    await requestPasswordReset(input.email);
    redirect("/lupa-sandi?terkirim=1");
  },
});

export const resetPasswordAction = createAction({
  schema: ZResetPasswordInput,
  permission: null,
  handler: async (input) => {
    await resetPassword(input.token, input.password);
    redirect("/masuk?sandi=baru");
  },
});
