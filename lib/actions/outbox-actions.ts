"use server";

import { revalidatePath } from "next/cache";
import { ZResendOutboxInput } from "@/lib/schemas/outbox";
import { createAction } from "@/lib/server/action-client";
import { resendOutboxMessage } from "@/lib/server/services/resend-outbox-message";

export const resendOutboxMessageAction = createAction({
  schema: ZResendOutboxInput,
  permission: "outbox.manage",
  handler: async (input, user) => {
    await resendOutboxMessage(user, input.id);
    revalidatePath("/kantor/kotak-keluar");
    return { ok: true, message: "Pesan dimasukkan kembali ke antrean dan akan segera dikirim." };
  },
});
