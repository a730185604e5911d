"use server";

import { redirect } from "next/navigation";
import { ZActivateAccountInput, ZResendActivationInput } from "@/lib/schemas/auth";
import { createAction } from "@/lib/server/action-client";
import { UserError } from "@/lib/server/errors";
import { clientIp, hitLimit, waitText } from "@/lib/server/rate-limit";
import { activateAccount, resendActivation } from "@/lib/server/services/account-activation";

export const activateAccountAction = createAction({
  schema: ZActivateAccountInput,
  permission: null,
  handler: async (input) => {
    await activateAccount(input.token);
    redirect(`/masuk?aktif=1&callbackUrl=${encodeURIComponent("/akun?baru=1")}`);
  },
});

export const resendActivationAction = createAction({
  schema: ZResendActivationInput,
  permission: null,
  handler: async (input) => {
    // Per address and per e-mail (whether or not it has an account: the limit itself tells nothing).
    for (const [name, key] of [["activationIp", await clientIp()], ["activationEmail", input.email]] as const) {
      const limit = await hitLimit(name, key);
      if (!limit.ok) throw new UserError("RATE_LIMITED", `Terlalu banyak permintaan tautan aktivasi. Coba lagi dalam ${waitText(limit.retryAfterSeconds)}.`);
    }
    await resendActivation(input.email);
    redirect("/aktivasi?terkirim=ulang");
  },
});
