"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ZResendOutboxInput } from "@/lib/schemas/outbox";
import { createAction } from "@/lib/server/action-client";
import { resendOutboxMessage } from "@/lib/server/services/resend-outbox-message";

export const resendOutboxMessageAction = createAction({
  schema: ZResendOutboxInput,
  permission: "outbox.manage",
  handler: async (input, user) => {
    await resendOutboxMessage(user, input.id);
    revalidatePath("/kantor/kotak-keluar");
    // The message leaves the list it was resent from: the page confirms it above the message itself.
    redirect(`/kantor/kotak-keluar?status=PENDING&id=${encodeURIComponent(input.id)}&ulang=1`);
  },
});
